// Reads a period's work back from folios' history for 工作周报 / 月调度: stage moves, funds, progress.
import type {
  FundsEvent,
  PeriodEvent,
  StageMoveEvent,
} from '../../documents/templates/group-report';
import type { HistoryEntry } from '../../model/folio-parts';
import type { Folio } from '../../model/records';
import { isStale, lastProgressOn, todayOf } from '../../model/folio-status';
import { READ_BACK } from '../history-lists';

/*
 * A period's work, read back from the folios' history. The history keeps display text, so the
 * entries are recognised by their field and by the phrases history-lists.ts writes and exports
 * for this (`READ_BACK`).
 */

export interface PeriodEvents {
  newFolios: PeriodEvent[];
  stageMoves: StageMoveEvent[];
  funds: FundsEvent[];
  struck: PeriodEvent[];
  blockersOpened: PeriodEvent[];
  blockersSolved: PeriodEvent[];
  progress: PeriodEvent[];
}

const CHECKLISTS: Record<string, string> = { 需求侧清单: '需求侧', 供给侧清单: '供给侧' };

/** `12,000 万元` → 12000; '' (no amount) → 0. */
export function wanFromShown(shown: string): number {
  const digits = shown.replace(/[^\d]/g, '');
  return digits ? Number(digits) : 0;
}

/** The day an entry was recorded, in China's time zone. */
const dayOf = (entry: HistoryEntry) => todayOf(new Date(entry.at));

function readEntry(out: PeriodEvents, folio: string, date: string, e: HistoryEntry): void {
  const at = { folio, date };
  const list = CHECKLISTS[e.field];
  if (e.field === '创建项目') {
    out.newFolios.push({ ...at, text: '新建项目档案' });
  } else if (e.field === '阶段') {
    const to = e.to.replace(/（.*$/, '');
    out.stageMoves.push({ ...at, from: e.from, to, text: `${e.from} → ${e.to}` });
  } else if (e.field === '到位资金') {
    const from = wanFromShown(e.from);
    const to = wanFromShown(e.to);
    if (from !== to) out.funds.push({ ...at, from, to, text: `${e.from} → ${e.to}` });
  } else if (list && READ_BACK.struck.test(e.to)) {
    const [, title = '', by = ''] = READ_BACK.struck.exec(e.to) ?? [];
    out.struck.push({ ...at, text: `${list}清单${title}已销号${by ? `（${by}）` : ''}` });
  } else if (e.field === '堵点' && READ_BACK.added.test(e.to)) {
    out.blockersOpened.push({ ...at, text: READ_BACK.added.exec(e.to)?.[1] ?? '' });
  } else if (e.field === '堵点' && READ_BACK.solved.test(e.to)) {
    out.blockersSolved.push({ ...at, text: `${READ_BACK.solved.exec(e.to)?.[1] ?? ''}已解决` });
  }
}

/** Everything recorded on `folios` from `from` to `to` (inclusive), oldest first. */
export function periodEvents(folios: readonly Folio[], from: string, to: string): PeriodEvents {
  const out: PeriodEvents = {
    newFolios: [],
    stageMoves: [],
    funds: [],
    struck: [],
    blockersOpened: [],
    blockersSolved: [],
    progress: [],
  };
  const inPeriod = (date: string) => date >= from && date <= to;
  for (const folio of folios) {
    for (const entry of folio.history) {
      const date = dayOf(entry);
      if (inPeriod(date)) readEntry(out, folio.name, date, entry);
    }
    for (const p of folio.progress) {
      if (inPeriod(p.date)) out.progress.push({ folio: folio.name, date: p.date, text: p.text });
    }
  }
  const byDate = (a: PeriodEvent, b: PeriodEvent) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  for (const list of Object.values(out)) (list as PeriodEvent[]).sort(byDate);
  return out;
}

/** Folios that were stale at the end of the period, as folio-status.ts decides. */
export function staleAt(folios: readonly Folio[], day: string) {
  return folios
    .map((f) => ({ ...f, progress: f.progress.filter((p) => p.date <= day) }))
    .filter((f) => f.createdAt.slice(0, 10) <= day && isStale(f, day))
    .map((f) => {
      const last = lastProgressOn(f);
      const since = last ?? f.createdAt.slice(0, 10);
      return {
        folio: f.name,
        lastProgressOn: last,
        staleDays: Math.round((Date.parse(day) - Date.parse(since)) / 86_400_000),
      };
    })
    .sort((a, b) => b.staleDays - a.staleDays);
}
