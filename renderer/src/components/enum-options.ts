import type { EnterpriseKind, GroupKind, Stage } from '../api/contract-types';
import type { Translate } from '../i18n/translate';

/*
 * The enums' values, repeated here because the renderer imports only types from the core;
 * `satisfies` with the completeness checks below keeps them in step with the model.
 */
export const STAGE_VALUES = [
  'lead',
  'talks',
  'ready',
  'signed',
  'started',
  'producing',
  'atTarget',
  'paused',
  'dropped',
] as const satisfies readonly Stage[];
export const GROUP_KIND_VALUES = [
  'chain',
  'county',
  'project',
] as const satisfies readonly GroupKind[];
export const ENTERPRISE_KIND_VALUES = [
  'listed',
  'central',
  'state',
  'private',
  'foreign',
  'chamber',
] as const satisfies readonly EnterpriseKind[];

type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const covered: [
  Covers<Stage, (typeof STAGE_VALUES)[number]>,
  Covers<GroupKind, (typeof GROUP_KIND_VALUES)[number]>,
  Covers<EnterpriseKind, (typeof ENTERPRISE_KIND_VALUES)[number]>,
] = [true, true, true];
void covered;

export interface Option<V extends string> {
  value: V;
  label: string;
}

export function stageOptions(t: Translate): Option<Stage>[] {
  return STAGE_VALUES.map((value) => ({ value, label: t(`stage.${value}`) }));
}

export function groupKindOptions(t: Translate): Option<GroupKind>[] {
  return GROUP_KIND_VALUES.map((value) => ({ value, label: t(`groupKind.${value}`) }));
}

export function chainOptions(chains: readonly string[]): Option<string>[] {
  return chains.map((chain) => ({ value: chain, label: chain }));
}
