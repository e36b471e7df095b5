import type { BlockerStatus, FINANCE_KINDS, POLICY_KINDS, POLICY_STATUSES } from './folio-parts';
import type { Stage } from './enums';

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

/** The stages as officers name them. */
export const STAGE_LABELS: Record<Stage, string> = {
  lead: '线索',
  talks: '洽谈',
  ready: '具备签约条件',
  signed: '签约',
  started: '开工',
  producing: '投产',
  atTarget: '达效',
  paused: '暂缓',
  dropped: '终止',
};

export const BLOCKER_STATUS_LABELS: Record<BlockerStatus, string> = {
  open: '待办',
  inProgress: '办理中',
  solved: '已解决',
  unsolvable: '无法解决',
};

export const POLICY_KIND_LABELS: Record<(typeof POLICY_KINDS)[number], string> = {
  orders: '订单协调',
  talent: '人才引进',
  infrastructure: '基础设施配套',
  land: '用地',
  finance: '融资',
  tax: '税费',
  other: '其他',
};

export const FINANCE_KIND_LABELS: Record<(typeof FINANCE_KINDS)[number], string> = {
  fixedLoan: '固贷',
  workingLoan: '流贷',
  fund: '基金',
  placement: '定增',
};

export const POLICY_STATUS_LABELS: Record<(typeof POLICY_STATUSES)[number], string> = {
  proposed: '拟提供',
  agreed: '已商定',
  delivered: '已兑现',
};
