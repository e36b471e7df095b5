// Plans an import's merge: how each received record meets ours (new, updated, older, deleted, conflict…).
import type { RecordOf } from '../../model/collections';
import { TRASHABLE } from '../../model/trash';
import type { Store } from '../../store/types';
import { expandStamps, hasSeen, type Seen } from '../stamps';
import { tombstoneOf } from '../tombstones';
import type { ExchangeCollection, Tombstone } from '../types';
import { mergeFields, type FieldMerge, type PartConflict } from './fields';
import { mergeHistory } from './history';
import type { CheckedPayload } from './validate';

import type { RecordOutcome } from '../../api/exchange-views';

export type { RecordOutcome };
type AnyRecord = RecordOf<ExchangeCollection>;

/**
 * How one record meets its counterpart:
 * - `both`: each side has it (merged field by field);
 * - `theirsOnly`: new to us, or back from our recycle bin (`tombstone` is ours);
 * - `theirsDeleted`: ours has it, they deleted it (`tombstone` is theirs);
 * - `oursDeleted`: they have it, we deleted it (`tombstone` is ours).
 */
export interface RecordPlan {
  collection: ExchangeCollection;
  id: string;
  name: string;
  outcome: RecordOutcome;
  kind: 'both' | 'theirsOnly' | 'theirsDeleted' | 'oursDeleted';
  ours?: AnyRecord;
  theirs?: AnyRecord;
  tombstone?: Tombstone;
  merge?: FieldMerge;
  /** Field conflicts (kind `both`); a deletion conflict has none but outcome `conflict`. */
  conflicts: PartConflict[];
  /** Whether applying writes something (stamps and history included). */
  write: boolean;
  historyAdded: number;
}

export interface MergePlan {
  records: RecordPlan[];
  counts: Record<RecordOutcome, number>;
}

export interface MergeContext {
  /** The stamp of a part the merge makes itself; the same stamp on every call. */
  fresh: () => string;
  /** 来自 X 的卷宗 */
  via: string;
}

export function nameOf(record: object): string {
  const r = record as { name?: unknown; title?: unknown };
  return String(r.name ?? r.title ?? '');
}

/** Every stamp of a copy was seen by `seen` (the deleter knew this version). */
function covered(collection: ExchangeCollection, record: AnyRecord, seen: Seen): boolean {
  for (const stamp of expandStamps(collection, record).map.values()) {
    if (!hasSeen(seen, stamp)) return false;
  }
  return true;
}

/** Our deletions, newest per record. */
export function ourTombstones(store: Store): Map<string, Tombstone> {
  const out = new Map<string, Tombstone>();
  for (const entry of store.all('trash')) {
    const t = tombstoneOf(entry);
    const key = `${t.collection}/${t.id}`;
    const known = out.get(key);
    if (!known || t.stamp > known.stamp) out.set(key, t);
  }
  return out;
}

/** The same version on both sides: equal stamps (and, for folios, the same history). */
function sameVersion(ours: AnyRecord, theirs: AnyRecord): boolean {
  if (!ours.stamps || !theirs.stamps) return false;
  if (JSON.stringify(ours.stamps) !== JSON.stringify(theirs.stamps)) return false;
  if (!('history' in ours) || !('history' in theirs)) return true;
  const a = ours.history;
  const b = theirs.history;
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function planBoth(
  collection: ExchangeCollection,
  ours: AnyRecord,
  theirs: AnyRecord,
  ctx: MergeContext,
): RecordPlan {
  if (sameVersion(ours, theirs)) {
    return {
      collection,
      id: ours.id,
      name: nameOf(ours),
      outcome: 'unchanged',
      kind: 'both',
      ours,
      theirs,
      conflicts: [],
      write: false,
      historyAdded: 0,
    };
  }
  const merge = mergeFields(collection, ours, theirs, ctx.fresh);
  const history =
    'history' in ours && 'history' in theirs
      ? mergeHistory(ours.history, theirs.history, ctx.via)
      : { added: 0, differs: false };
  const historyAdded = history.added;
  const outcome: RecordOutcome =
    merge.conflicts.length > 0
      ? 'conflict'
      : merge.changed.length > 0 || historyAdded > 0
        ? 'updated'
        : merge.same
          ? 'unchanged'
          : 'older';
  return {
    collection,
    id: ours.id,
    name: nameOf(ours),
    outcome,
    kind: 'both',
    ours,
    theirs,
    merge,
    conflicts: merge.conflicts,
    write: merge.differs || history.differs,
    historyAdded,
  };
}

function planTheirsOnly(
  collection: ExchangeCollection,
  theirs: AnyRecord,
  ours: Tombstone | undefined,
): RecordPlan {
  const base = {
    collection,
    id: theirs.id,
    name: nameOf(theirs),
    theirs,
    conflicts: [],
    historyAdded: 0,
  };
  if (!ours) return { ...base, kind: 'theirsOnly', outcome: 'new', write: true };
  const seen = expandStamps(collection, theirs).seen;
  if (hasSeen(seen, ours.stamp)) {
    // They had our deletion and brought the record back: it comes back here too.
    return { ...base, kind: 'theirsOnly', tombstone: ours, outcome: 'new', write: true };
  }
  if (covered(collection, theirs, ours.seen ?? {})) {
    return { ...base, kind: 'oursDeleted', tombstone: ours, outcome: 'older', write: false };
  }
  return { ...base, kind: 'oursDeleted', tombstone: ours, outcome: 'conflict', write: true };
}

function planTheirsDeleted(
  collection: ExchangeCollection,
  ours: AnyRecord,
  theirs: Tombstone,
): RecordPlan {
  const base = {
    collection,
    id: ours.id,
    name: nameOf(ours),
    ours,
    tombstone: theirs,
    kind: 'theirsDeleted' as const,
    conflicts: [],
    historyAdded: 0,
  };
  if (hasSeen(expandStamps(collection, ours).seen, theirs.stamp)) {
    return { ...base, outcome: 'older', write: false };
  }
  if (covered(collection, ours, theirs.seen ?? {}))
    return { ...base, outcome: 'deleted', write: true };
  return { ...base, outcome: 'conflict', write: true };
}

/** The plan of an import: every record of the payload (and every deletion) against the store. */
export function planMerge(store: Store, payload: CheckedPayload, ctx: MergeContext): MergePlan {
  const records: RecordPlan[] = [];
  const deletedHere = ourTombstones(store);
  const present = new Set<string>();
  for (const collection of TRASHABLE) {
    for (const theirs of payload.records[collection] as AnyRecord[]) {
      present.add(`${collection}/${theirs.id}`);
      const ours = store.get(collection, theirs.id) as AnyRecord | undefined;
      records.push(
        ours
          ? planBoth(collection, ours, theirs, ctx)
          : planTheirsOnly(collection, theirs, deletedHere.get(`${collection}/${theirs.id}`)),
      );
    }
  }
  for (const tombstone of payload.tombstones) {
    if (present.has(`${tombstone.collection}/${tombstone.id}`)) continue;
    const ours = store.get(tombstone.collection, tombstone.id) as AnyRecord | undefined;
    if (ours) records.push(planTheirsDeleted(tombstone.collection, ours, tombstone));
  }
  const counts: Record<RecordOutcome, number> = {
    new: 0,
    updated: 0,
    unchanged: 0,
    older: 0,
    deleted: 0,
    conflict: 0,
  };
  for (const r of records) counts[r.outcome] += 1;
  return { records, counts };
}
