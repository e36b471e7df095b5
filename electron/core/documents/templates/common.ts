// What every briefing template shares: the head (issuer, date, marks), Chinese dates and money text.
import type { BriefingMarks } from '../../model/briefing-request';
import { showWan } from '../../model/display-text';
import type { Block, Briefing, TableBlock, TableColumn } from '../model';

/** What every briefing's head carries: who issues it, the day, and the marks the user ticked. */
export interface DocHead {
  /** 发文单位: the workspace's name, or the working group's. */
  issuer: string;
  /** YYYY-MM-DD */
  today: string;
  marks: BriefingMarks;
}

/** `2024-04-01` → `2024年4月1日`; anything else as given. */
export function chineseDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** `2024-04-01`, `2024-04-07` → `2024年4月1日至4月7日` (the year once when it is the same). */
export function chinesePeriod(from: string, to: string): string {
  if (from === to) return chineseDate(from);
  const end = from.slice(0, 4) === to.slice(0, 4) ? chineseDate(to).slice(5) : chineseDate(to);
  return `${chineseDate(from)}至${end}`;
}

/**
 * A note in brackets before the sentence's closing mark, as Chinese punctuation has it:
 * `达成意向。` + `2024年4月1日` → `达成意向（2024年4月1日）。`
 */
export function annotate(text: string, note: string): string {
  const end = /[。；！？]$/.exec(text)?.[0];
  return end ? `${text.slice(0, -1)}（${note}）${end}` : `${text}（${note}）`;
}

/** A single amount, as the history and the folio page show it: `12,000 万元`. */
export const wan = showWan;

const yiFormat = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const YI_2 = yiFormat(2);
const YI_4 = yiFormat(4);

/**
 * A total in 亿元, never flattered by rounding: two decimals when they are exact
 * (`1666000` → `166.60 亿元`), else all four a whole number of 万元 needs
 * (`99999999` → `9,999.9999 亿元`, not 10,000.00).
 */
export function yi(wanAmount: number): string {
  const wan = Math.round(wanAmount);
  return `${(wan % 100 === 0 ? YI_2 : YI_4).format(wan / 10_000)} 亿元`;
}

/** `300000` → `300,000 万元（30.00 亿元）`: the exact amount and the one leaders read. */
export function wanAndYi(wanAmount: number): string {
  return wanAmount >= 10_000 ? `${wan(wanAmount)}（${yi(wanAmount)}）` : wan(wanAmount);
}

/**
 * A share in per cent, one decimal, rounded DOWN so a shortfall shows: 99.96% → `99.9%`, and
 * `100.0%` only when the whole is there. Amounts are whole 万元, so the arithmetic is exact.
 */
export function percentDown(part: number, whole: number): string {
  const tenths = Math.floor((Math.round(part) * 1000) / Math.round(whole));
  return `${(tenths / 10).toFixed(1)}%`;
}

/** Funds in place as a share of total investment: `30.7%`, or `—` when nothing is invested. */
export function rate(funds: number, total: number): string {
  return total > 0 ? percentDown(funds, total) : '—';
}

/**
 * Key–value items with something to say: a leader-facing page leaves an empty field out
 * rather than printing 未填写.
 */
export function filledItems(
  items: readonly { key: string; value: string | null | undefined }[],
): { key: string; value: string }[] {
  return items.flatMap((i) => {
    const value = (i.value ?? '').trim();
    return value ? [{ key: i.key, value }] : [];
  });
}

/** A plain integer with thousands separators, for 万元 table cells. */
export function plainWan(wanAmount: number): string {
  return wan(wanAmount).replace(/ 万元$/, '');
}

export const heading = (level: 1 | 2 | 3 | 4, text: string): Block => ({
  kind: 'heading',
  level,
  text,
});
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const col = (title: string, width: number, align?: TableColumn['align']): TableColumn =>
  align ? { title, width, align } : { title, width };

/**
 * A table that numbers its items: a centred 序号 column `numberWidth` wide (1, 2, 3 …), then
 * `columns`, one row of `cells` per item; a caption above and a 合计 row below when given.
 */
export function numberedTable<T>(
  head: { caption?: string; numberWidth: number; columns: readonly TableColumn[] },
  items: readonly T[],
  cells: (item: T) => readonly string[],
  totals?: readonly string[],
): TableBlock {
  const { caption, numberWidth, columns } = head;
  return {
    kind: 'table',
    ...(caption === undefined ? {} : { caption }),
    columns: [col('序号', numberWidth, 'center'), ...columns],
    rows: items.map((item, i) => [String(i + 1), ...cells(item)]),
    ...(totals === undefined ? {} : { totals }),
  };
}

/** The newest `cap` of a dated list, with a line saying how many older ones were left out. */
export function newestFirst<T extends { date: string }>(
  items: readonly T[],
  cap: number,
): { shown: T[]; leftOut: number } {
  const sorted = [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { shown: sorted.slice(0, cap), leftOut: Math.max(0, sorted.length - cap) };
}

/** The whole briefing: title block from the head, marks, and the blocks. */
export function briefing(
  head: DocHead,
  title: string,
  blocks: readonly Block[],
  subtitle?: string,
): Briefing {
  const { marks } = head;
  return {
    title: {
      title,
      ...(subtitle ? { subtitle } : {}),
      issuer: head.issuer,
      date: chineseDate(head.today),
      ...(marks.copyNumber ? { copyNumber: marks.copyNumber } : {}),
      ...(marks.classification ? { classification: marks.classification } : {}),
      ...(marks.urgency ? { urgency: marks.urgency } : {}),
      ...(marks.redHeader ? { redHeader: head.issuer } : {}),
    },
    blocks,
    marks: { internal: marks.internal, draft: marks.draft },
    author: head.issuer,
  };
}
