// What restoring a backup would take back: per collection the records added, changed and removed.
import { COLLECTION_NAMES, type CollectionName } from '../model/collections';

/** Records by collection and id (a store's or a loaded backup's). */
export type RecordMaps = Readonly<Record<CollectionName, ReadonlyMap<string, object>>>;

/** Names listed per kind of change; the totals are always complete. */
export const PREVIEW_NAMES_MAX = 20;

export interface ChangedNames {
  total: number;
  /** Up to PREVIEW_NAMES_MAX record names (or ids when a record has no name). */
  names: string[];
}

/** One collection's edits since the backup: what a restore would take back. */
export interface CollectionDiff {
  collection: CollectionName;
  /** Made since the backup: a restore removes them. */
  added: ChangedNames;
  /** Deleted since the backup: a restore brings them back. */
  removed: ChangedNames;
  /** Edited since the backup: a restore undoes the edits. */
  changed: ChangedNames;
}

export interface BackupPreview {
  backupId: string;
  /** Commits made after the backup (0 when the backup holds the current state). */
  commitsSince: number;
  /** Only collections with a difference. */
  collections: CollectionDiff[];
}

function labelOf(record: object, id: string): string {
  for (const key of ['name', 'title', 'label'] as const) {
    const value: unknown = (record as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return id;
}

function collect(): ChangedNames {
  return { total: 0, names: [] };
}

function note(list: ChangedNames, record: object, id: string): void {
  list.total++;
  if (list.names.length < PREVIEW_NAMES_MAX) list.names.push(labelOf(record, id));
}

function revOf(record: object): unknown {
  return (record as Record<string, unknown>).rev;
}

/** What differs between the backup's records and the current ones, collection by collection. */
export function diffRecords(
  backupId: string,
  backup: { seq: number; records: RecordMaps },
  current: { seq: number; records: RecordMaps },
): BackupPreview {
  const collections: CollectionDiff[] = [];
  for (const collection of COLLECTION_NAMES) {
    const before = backup.records[collection];
    const now = current.records[collection];
    const diff: CollectionDiff = {
      collection,
      added: collect(),
      removed: collect(),
      changed: collect(),
    };
    for (const [id, record] of now) {
      const old = before.get(id);
      if (!old) note(diff.added, record, id);
      else if (revOf(old) !== revOf(record) || JSON.stringify(old) !== JSON.stringify(record))
        note(diff.changed, record, id);
    }
    for (const [id, record] of before) if (!now.has(id)) note(diff.removed, record, id);
    if (diff.added.total + diff.removed.total + diff.changed.total > 0) collections.push(diff);
  }
  return { backupId, commitsSince: Math.max(0, current.seq - backup.seq), collections };
}
