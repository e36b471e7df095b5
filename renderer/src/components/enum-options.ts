/** The model's enums as select options, labelled in the user's language; values come from the core. */
import * as values from '../../../electron/core/model/enum-values';
import type { Translate } from '../i18n/translate';

/*
 * The values themselves: enum-values.ts holds plain lists (no zod), so the renderer takes them
 * from the core as it takes the method names, instead of typing them again.
 */
export {
  BLOCKER_STATUSES,
  ENTERPRISE_KINDS,
  FINANCE_KINDS,
  GROUP_KINDS,
  POLICY_KINDS,
  POLICY_STATUSES,
  STAGES,
  TRIP_ITEM_KINDS,
  TRIP_KINDS,
} from '../../../electron/core/model/enum-values';

export interface Option<V extends string> {
  value: V;
  label: string;
}

function optionsOf<V extends string>(values: readonly V[], label: (value: V) => string) {
  return values.map((value): Option<V> => ({ value, label: label(value) }));
}

export const stageOptions = (t: Translate) => optionsOf(values.STAGES, (v) => t(`stage.${v}`));

export const groupKindOptions = (t: Translate) =>
  optionsOf(values.GROUP_KINDS, (v) => t(`groupKind.${v}`));

export const enterpriseKindOptions = (t: Translate) =>
  optionsOf(values.ENTERPRISE_KINDS, (v) => t(`enterpriseKind.${v}`));

export const tripKindOptions = (t: Translate) =>
  optionsOf(values.TRIP_KINDS, (v) => t(`trips.kind.${v}`));

export const itemKindOptions = (t: Translate) =>
  optionsOf(values.TRIP_ITEM_KINDS, (v) => t(`trips.itemKind.${v}`));

export const blockerStatusOptions = (t: Translate) =>
  optionsOf(values.BLOCKER_STATUSES, (v) => t(`folioDetail.blockerStatus.${v}`));

export const policyKindOptions = (t: Translate) =>
  optionsOf(values.POLICY_KINDS, (v) => t(`folioDetail.policyKind.${v}`));

export const financeKindOptions = (t: Translate) =>
  optionsOf(values.FINANCE_KINDS, (v) => t(`folioDetail.financeKind.${v}`));

export const policyStatusOptions = (t: Translate) =>
  optionsOf(values.POLICY_STATUSES, (v) => t(`folioDetail.policyStatus.${v}`));

export function chainOptions(chains: readonly string[]): Option<string>[] {
  return chains.map((chain) => ({ value: chain, label: chain }));
}
