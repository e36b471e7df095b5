import type { MethodName } from './contract-types';

/**
 * Every method of the contract, listed here because the renderer may import only types from
 * the core. The type check below fails to compile when this list and the contract drift apart.
 */
export const API_METHODS = [
  'workspace.status',
  'workspace.loadDemo',
  'workspace.removeDemo',
  'workspace.backups',
  'workspace.restoreBackup',
  'groups.list',
  'groups.get',
  'groups.create',
  'groups.update',
  'groups.delete',
  'folios.list',
  'folios.get',
  'folios.create',
  'folios.update',
  'folios.delete',
  'enterprises.list',
  'enterprises.create',
  'people.list',
  'people.create',
] as const satisfies readonly MethodName[];

type Listed = (typeof API_METHODS)[number];
type Complete = [Exclude<MethodName, Listed>] extends [never] ? true : never;
const complete: Complete = true;
void complete;
