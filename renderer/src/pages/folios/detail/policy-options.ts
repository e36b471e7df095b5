import type { Covers } from './covers';
import type { Option } from '../../../components/enum-options';
import type { Translate } from '../../../i18n/translate';
import type { PolicyItem } from './types';

type Kind = PolicyItem['kind'];
type FinanceKind = NonNullable<PolicyItem['financeKind']>;
type Status = PolicyItem['status'];

/*
 * The model's policy enums, repeated because the renderer imports only types from the core;
 * the checks below fail to compile when the model gains a value these lists lack.
 */
/** 订单协调 · 人才引进 · 基础设施配套 · 用地 · 融资 · 税费 · 其他 */
export const POLICY_KIND_VALUES = [
  'orders',
  'talent',
  'infrastructure',
  'land',
  'finance',
  'tax',
  'other',
] as const satisfies readonly Kind[];
/** 固贷 · 流贷 · 基金 · 定增 */
export const FINANCE_KIND_VALUES = [
  'fixedLoan',
  'workingLoan',
  'fund',
  'placement',
] as const satisfies readonly FinanceKind[];
/** 拟提供 → 已商定 → 已兑现 */
export const POLICY_STATUS_VALUES = [
  'proposed',
  'agreed',
  'delivered',
] as const satisfies readonly Status[];

const covered: [
  Covers<Kind, (typeof POLICY_KIND_VALUES)[number]>,
  Covers<FinanceKind, (typeof FINANCE_KIND_VALUES)[number]>,
  Covers<Status, (typeof POLICY_STATUS_VALUES)[number]>,
] = [true, true, true];
void covered;

export const POLICY_STATUS_COLORS: Record<Status, string> = {
  proposed: 'default',
  agreed: 'blue',
  delivered: 'green',
};

export function policyKindOptions(t: Translate): Option<Kind>[] {
  return POLICY_KIND_VALUES.map((value) => ({
    value,
    label: t(`folioDetail.policyKind.${value}`),
  }));
}

export function financeKindOptions(t: Translate): Option<FinanceKind>[] {
  return FINANCE_KIND_VALUES.map((value) => ({
    value,
    label: t(`folioDetail.financeKind.${value}`),
  }));
}

export function policyStatusOptions(t: Translate): Option<Status>[] {
  return POLICY_STATUS_VALUES.map((value) => ({
    value,
    label: t(`folioDetail.policyStatus.${value}`),
  }));
}
