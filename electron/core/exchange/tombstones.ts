// Tombstones for deleted records, and the deletions that travel with an export of a scope.
import { stampFromIso, stampNode } from './hlc';
import type { TrashEntry } from '../model/trash';
import type { Store } from '../store/types';
import type { ExchangeScope, Tombstone } from './types';

/** The tombstone a trash entry (in the bin, or purged) stands for. */
export function tombstoneOf(entry: TrashEntry): Tombstone {
  const stamp = entry.stamps?.b ?? stampFromIso(entry.deletedAt, entry.workspaceId);
  return {
    collection: entry.collection,
    id: entry.recordId,
    label: entry.label,
    deletedAt: entry.deletedAt,
    deletedBy: entry.deletedBy,
    stamp,
    seen: entry.stamps?.s ?? { [stampNode(stamp)]: stamp },
  };
}

function inScope(store: Store, entry: TrashEntry, scope: ExchangeScope): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'folios':
      return entry.collection === 'folios' && scope.ids.includes(entry.recordId);
    case 'group':
      if (entry.collection === 'groups') return entry.recordId === scope.id;
      return entry.collection === 'folios' && entry.record.groupId === scope.id;
    case 'trip': {
      if (entry.collection === 'trips') return entry.recordId === scope.id;
      const trip = store.get('trips', scope.id);
      return entry.collection === 'folios' && (trip?.folioIds.includes(entry.recordId) ?? false);
    }
  }
}

/**
 * The deletions that travel with an export of `scope`: one tombstone per deleted record (the
 * newest deletion when a record was deleted, restored and deleted again), from the recycle
 * bin and from purged entries alike. A record that exists again is not deleted.
 */
export function tombstonesFor(store: Store, scope: ExchangeScope): Tombstone[] {
  const newest = new Map<string, Tombstone>();
  for (const entry of store.all('trash')) {
    if (store.get(entry.collection, entry.recordId)) continue;
    if (!inScope(store, entry, scope)) continue;
    const tombstone = tombstoneOf(entry);
    const key = `${entry.collection}/${entry.recordId}`;
    const known = newest.get(key);
    if (!known || tombstone.stamp > known.stamp) newest.set(key, tombstone);
  }
  return [...newest.values()];
}
