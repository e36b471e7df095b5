// Save number k of the crash test, computed from the state after save k-1.
import type { Folio } from '../../electron/core/model/records';
import type { WorkspaceMeta } from '../../electron/core/model/workspace';
import type { ChangeSet } from '../../electron/core/store/types';
import { folioId } from '../helpers/fixtures';

/**
 * Save number k of the crash test, computed from the state after save k-1 (read through `get`):
 * one folio's notes, another folio's funds in place and the workspace name, in ONE commit.
 * Parent and child both use it, so the parent knows exactly what each save should leave.
 */
export function saveChange(
  k: number,
  n: number,
  get: (id: string) => Folio | undefined,
  meta: WorkspaceMeta,
): ChangeSet {
  const changed = new Map<string, Folio>();
  const edit = (id: string, patch: (f: Folio) => Folio) => {
    const current = changed.get(id) ?? get(id);
    if (!current) throw new Error(`save ${k}: folio ${id} is missing`);
    changed.set(id, patch(current));
  };
  edit(folioId(((k * 7919) % n) + 1), (f) => ({ ...f, notes: `第${k}次保存`, rev: f.rev + 1 }));
  edit(folioId(((k * 104_729 + 17) % n) + 1), (f) => ({
    ...f,
    fundsInPlace: (k * 37) % (f.totalInvestment + 1),
    rev: f.rev + 1,
  }));
  return { put: { folios: [...changed.values()] }, meta: { ...meta, name: `保存${k}` } };
}
