// Benches' bulk folios: many plain folios of one group, stamped now, to commit in one change.
import { randomIds } from '../../electron/core/clock';
import { folioDefaults, type Folio } from '../../electron/core/model/records';

/** `count` folios named 项目0, 项目1 … in `groupId`, each with what `extra(i)` adds. */
export function benchFolios(
  count: number,
  workspaceId: string,
  groupId: string,
  extra: (i: number) => Partial<Folio>,
): Folio[] {
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => ({
    ...folioDefaults,
    id: randomIds(),
    rev: 1,
    createdAt: now,
    updatedAt: now,
    workspaceId,
    groupId,
    name: `项目${i}`,
    ...extra(i),
  })) as Folio[];
}
