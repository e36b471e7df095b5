import type { Option } from '../../components/enum-options';
import type { Translate } from '../../i18n/translate';
import type { TripItemKind, TripKind } from './types';

/*
 * The trip enums' values, repeated here because the renderer imports only types from the core;
 * `satisfies` and the completeness check keep them in step with the model.
 */
export const TRIP_KIND_VALUES = ['inbound', 'outbound'] as const satisfies readonly TripKind[];
export const TRIP_ITEM_KIND_VALUES = [
  'site',
  'meeting',
  'forum',
  'signing',
  'meal',
  'transfer',
] as const satisfies readonly TripItemKind[];

type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const covered: [
  Covers<TripKind, (typeof TRIP_KIND_VALUES)[number]>,
  Covers<TripItemKind, (typeof TRIP_ITEM_KIND_VALUES)[number]>,
] = [true, true];
void covered;

export function tripKindOptions(t: Translate): Option<TripKind>[] {
  return TRIP_KIND_VALUES.map((value) => ({ value, label: t(`trips.kind.${value}`) }));
}

export function itemKindOptions(t: Translate): Option<TripItemKind>[] {
  return TRIP_ITEM_KIND_VALUES.map((value) => ({ value, label: t(`trips.itemKind.${value}`) }));
}
