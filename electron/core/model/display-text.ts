/*
 * How history entries show values: in the words and units an officer reads on paper. The
 * history keeps display text, not raw values, so it reads the same after names change.
 */

const wanFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `12000` → `12,000 万元`. */
export function showWan(wan: number | null): string {
  return wan === null ? '' : `${wanFormat.format(wan)} 万元`;
}

/** Free text shortened for the history: the entry says what changed, not the whole text. */
export function clip(text: string, max = 200): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export const showDate = (date: string | null): string => date ?? '';

export const showYesNo = (value: boolean): string => (value ? '是' : '否');

export {
  STAGE_LABELS,
  BLOCKER_STATUS_LABELS,
  FINANCE_KIND_LABELS,
  POLICY_KIND_LABELS,
  POLICY_STATUS_LABELS,
} from './enum-values';
