// A folio's history: every difference between two versions in the folio page's words, appended.
import { HISTORY_LIMIT } from '../model/folio-parts';
import type { Folio } from '../model/records';
import { STAGES } from '../model/enums';
import { clip, showWan } from '../model/display-text';
import { type HistoryChange, listHistory } from './history-lists';
import type { Session } from './session';
import { STAGE_LABELS } from '../model/display-text';
import { type NameLookup, nameLookup } from './summaries';

interface FieldSpec {
  label: string;
  /** What is compared: the stored value, so a change a display would hide still counts. */
  raw: (folio: Folio) => string | number | null;
  show: (folio: Folio, names: NameLookup) => string;
}

const text = (label: string, pick: (f: Folio) => string): FieldSpec => ({
  label,
  raw: pick,
  show: (f) => clip(pick(f)),
});
const money = (label: string, pick: (f: Folio) => number): FieldSpec => ({
  label,
  raw: pick,
  show: (f) => showWan(pick(f)),
});

const FIELDS: readonly FieldSpec[] = [
  text('项目名称', (f) => f.name),
  { label: '所属专班', raw: (f) => f.groupId, show: (f, n) => n.group(f.groupId) },
  { label: '客商', raw: (f) => f.enterpriseId, show: (f, n) => n.enterprise(f.enterpriseId) },
  text('产业链', (f) => f.chain),
  text('项目地点', (f) => f.location),
  money('总投资额', (f) => f.totalInvestment),
  money('到位资金', (f) => f.fundsInPlace),
  money('预计年产值', (f) => f.expectedOutput),
  { label: '包抓领导', raw: (f) => f.leaderId, show: (f, n) => n.person(f.leaderId) },
  { label: '项目管家', raw: (f) => f.stewardId, show: (f, n) => n.person(f.stewardId) },
  text('责任单位', (f) => f.responsibleUnit),
  { label: '标签', raw: (f) => f.tags.join('\u0001'), show: (f) => f.tags.join('、') },
  text('备注', (f) => f.notes),
];

/** A stage move is one entry (阶段: 洽谈 → 签约（date；原因）); otherwise date edits one by one. */
function stageHistory(before: Folio, after: Folio, moveDate?: string): HistoryChange[] {
  if (before.stage !== after.stage) {
    const date = moveDate ?? after.stageDates[after.stage] ?? '';
    const reason = after.stageReason ? `；原因：${after.stageReason}` : '';
    return [
      {
        field: '阶段',
        from: STAGE_LABELS[before.stage],
        to: `${STAGE_LABELS[after.stage]}（${date}${reason}）`,
      },
    ];
  }
  const out: HistoryChange[] = [];
  for (const stage of STAGES) {
    const from = before.stageDates[stage] ?? '';
    const to = after.stageDates[stage] ?? '';
    if (from !== to) out.push({ field: `${STAGE_LABELS[stage]}日期`, from, to });
  }
  if (before.stageReason !== after.stageReason) {
    out.push({
      field: '阶段变更原因',
      from: clip(before.stageReason),
      to: clip(after.stageReason),
    });
  }
  return out;
}

/** Every difference between two versions of a folio, in the words of the folio page. */
export function folioChanges(
  before: Folio,
  after: Folio,
  names: NameLookup,
  moveDate?: string,
): HistoryChange[] {
  const fields = FIELDS.filter((f) => f.raw(before) !== f.raw(after)).map((f) => ({
    field: f.label,
    from: f.show(before, names),
    to: f.show(after, names),
  }));
  return [...fields, ...stageHistory(before, after, moveDate), ...listHistory(before, after)];
}

/** Appends entries, dropping the oldest once the folio holds HISTORY_LIMIT of them. */
export function appendHistory(
  folio: Folio,
  changes: readonly HistoryChange[],
  at: string,
  by: string,
): Folio {
  if (changes.length === 0) return folio;
  const entries = changes.map((c) => ({
    at,
    by: clip(c.by || by, 40),
    field: clip(c.field, 80),
    from: clip(c.from, 2000),
    to: clip(c.to, 2000),
  }));
  const history = [...folio.history, ...entries];
  return { ...folio, history: history.slice(Math.max(0, history.length - HISTORY_LIMIT)) };
}

/**
 * The new version of a folio with its history brought up to date: one 创建项目 entry for a new
 * folio (`before` null), else one entry per change, by the operator at the time of the edit.
 * `moveDate` is the day a stage move happened, when it differs from the stage's kept date.
 */
export function recordHistory(
  session: Session,
  before: Folio | null,
  after: Folio,
  moveDate?: string,
): Folio {
  const changes = before
    ? folioChanges(before, after, nameLookup(session.store()), moveDate)
    : [{ field: '创建项目', from: '', to: after.name }];
  return appendHistory(after, changes, after.updatedAt, session.operator());
}
