/** The model's enums as select options, labelled in the user's language; values come from the core. */
import * as values from '../../../electron/core/model/enum-values';
import type { MessageKey, Translate } from '../i18n/translate';

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

/** Each enum: its values, and the prefix of its labels' message keys (`<prefix>.<value>`). */
const ENUMS = {
  stage: [values.STAGES, 'stage'],
  groupKind: [values.GROUP_KINDS, 'groupKind'],
  enterpriseKind: [values.ENTERPRISE_KINDS, 'enterpriseKind'],
  tripKind: [values.TRIP_KINDS, 'trips.kind'],
  itemKind: [values.TRIP_ITEM_KINDS, 'trips.itemKind'],
  blockerStatus: [values.BLOCKER_STATUSES, 'folioDetail.blockerStatus'],
  policyKind: [values.POLICY_KINDS, 'folioDetail.policyKind'],
  financeKind: [values.FINANCE_KINDS, 'folioDetail.financeKind'],
  policyStatus: [values.POLICY_STATUSES, 'folioDetail.policyStatus'],
} as const;

type Enums = typeof ENUMS;
type ValueOf<N extends keyof Enums> = Enums[N][0][number];
/** The enums one of whose labels has no message key (none: the build fails otherwise). */
type Unlabelled = {
  [N in keyof Enums]: `${Enums[N][1]}.${ValueOf<N>}` extends MessageKey ? never : N;
}[keyof Enums];
const EVERY_VALUE_LABELLED: [Unlabelled] extends [never] ? true : Unlabelled = true;
void EVERY_VALUE_LABELLED;

/** The options of one enum, labelled by `t`. */
function optionsFor<N extends keyof Enums>(name: N) {
  const [list, prefix] = ENUMS[name];
  return (t: Translate): Option<ValueOf<N>>[] =>
    (list as readonly ValueOf<N>[]).map((value) => ({
      value,
      label: t(`${prefix}.${value}` as MessageKey),
    }));
}

export const stageOptions = optionsFor('stage');
export const groupKindOptions = optionsFor('groupKind');
export const enterpriseKindOptions = optionsFor('enterpriseKind');
export const tripKindOptions = optionsFor('tripKind');
export const itemKindOptions = optionsFor('itemKind');
export const blockerStatusOptions = optionsFor('blockerStatus');
export const policyKindOptions = optionsFor('policyKind');
export const financeKindOptions = optionsFor('financeKind');
export const policyStatusOptions = optionsFor('policyStatus');

export function chainOptions(chains: readonly string[]): Option<string>[] {
  return chains.map((chain) => ({ value: chain, label: chain }));
}
