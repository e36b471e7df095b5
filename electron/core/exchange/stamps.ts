// Record stamps: stored, derived from updatedAt, expanded per part and packed; the version vector.
import type { CollectionName } from '../model/collections';
import type { RecordStamps } from '../model/common';
import { TRASHABLE } from '../model/trash';
import type { ChangeSet, Store } from '../store/types';
import { stampFromIso, stampNode } from './hlc';
import { legacyStamp, partsOf, splitKey } from './layout';
import type { ExchangeCollection } from './types';

/** Per node, the newest stamp taken in (a version vector). */
export type Seen = Record<string, string>;

/** Stamps in full: one per stamp key, the version vector, and the list items deleted here. */
export interface FullStamps {
  map: Map<string, string>;
  seen: Seen;
  deleted?: Readonly<Record<string, string>>;
}

interface Stampable {
  updatedAt: string;
  workspaceId: string;
  stamps?: RecordStamps | undefined;
}

export function isExchangeCollection(c: CollectionName | string): c is ExchangeCollection {
  return (TRASHABLE as readonly string[]).includes(c);
}

/** The stored stamps of a record, or the ones derived from its updatedAt when it has none. */
export function storedStamps(record: Stampable): RecordStamps {
  if (record.stamps) return record.stamps;
  const b = stampFromIso(record.updatedAt, record.workspaceId);
  return { b, f: {}, s: { [stampNode(b)]: b } };
}

/** Every part's stamp, for the parts the record has. */
export function expandStamps(
  collection: ExchangeCollection,
  record: Stampable & object,
  parts: Map<string, string> = partsOf(collection, record),
): FullStamps {
  const { b, f, s, d } = storedStamps(record);
  const map = new Map<string, string>();
  for (const [key, text] of parts)
    map.set(key, f[key] ?? legacyStamp(collection, key, text, f) ?? b);
  return { map, seen: s, deleted: d ?? {} };
}

/** The compact form: the most common stamp as `b`, the others in `f`. */
export function packStamps(full: FullStamps): RecordStamps {
  const counts = new Map<string, number>();
  for (const stamp of full.map.values()) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  let b = '';
  let most = -1;
  for (const [stamp, n] of counts) {
    if (n > most || (n === most && stamp > b)) {
      b = stamp;
      most = n;
    }
  }
  if (b === '') b = maxStamp(Object.values(full.seen)) ?? '000000000-000-0000000000';
  const f: Record<string, string> = {};
  for (const key of [...full.map.keys()].sort()) {
    const stamp = full.map.get(key);
    if (stamp !== undefined && stamp !== b) f[key] = stamp;
  }
  const s: Seen = {};
  for (const node of Object.keys(full.seen).sort()) {
    const stamp = full.seen[node];
    if (stamp !== undefined) s[node] = stamp;
  }
  // A deletion mark goes when its item is there again (kept in a delete/edit conflict).
  const d: Record<string, string> = {};
  for (const key of Object.keys(full.deleted ?? {}).sort()) {
    const stamp = full.deleted?.[key];
    if (stamp !== undefined && !full.map.has(key)) d[key] = stamp;
  }
  return Object.keys(d).length > 0 ? { b, f, s, d } : { b, f, s };
}

/** The union of two sets of deletion marks (per item, the later deletion). */
export function joinDeleted(
  a: Readonly<Record<string, string>> = {},
  b: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return joinSeen(a, b);
}

export function maxStamp(stamps: Iterable<string>): string | null {
  let max: string | null = null;
  for (const s of stamps) if (max === null || s > max) max = s;
  return max;
}

/** Whether a stamp key is a list item's (not a plain field, not a list's order). */
function isItemKey(key: string): boolean {
  const { item } = splitKey(key);
  return item !== null && item !== '#order';
}

/** Whether a copy whose version vector is `seen` has taken in `stamp`. */
export function hasSeen(seen: Seen, stamp: string): boolean {
  const newest = seen[stampNode(stamp)];
  return newest !== undefined && newest >= stamp;
}

/** The union of two version vectors (per node, the newer). */
export function joinSeen(a: Seen, b: Seen): Seen {
  const out: Seen = { ...a };
  for (const [node, stamp] of Object.entries(b)) {
    const mine = out[node];
    if (mine === undefined || stamp > mine) out[node] = stamp;
  }
  return out;
}

/**
 * The stamps of `next` after a local change from `prev`: every part whose content changed (or
 * is new) gets `stamp`, the others keep theirs, and the version vector takes `stamp` in.
 * A record that is new (or comes back from the recycle bin) is stamped whole.
 */
export function restamp(
  collection: ExchangeCollection,
  prev: (Stampable & object) | undefined,
  next: Stampable & object,
  stamp: string,
): RecordStamps {
  const parts = partsOf(collection, next);
  if (!prev) {
    const seen = joinSeen(next.stamps?.s ?? {}, { [stampNode(stamp)]: stamp });
    return packStamps({ map: new Map([...parts.keys()].map((k) => [k, stamp])), seen });
  }
  const prevParts = partsOf(collection, prev);
  const before = expandStamps(collection, prev, prevParts);
  const map = new Map<string, string>();
  let changed = false;
  for (const [key, text] of parts) {
    const kept = prevParts.get(key) === text ? before.map.get(key) : undefined;
    if (kept === undefined) changed = true;
    map.set(key, kept ?? stamp);
  }
  if (!changed && map.size === before.map.size) return storedStamps(prev);
  // A list item that is gone was deleted here: marked, so a copy that edited it meanwhile is
  // shown a conflict instead of bringing it back unasked (merge/fields.ts).
  const deleted: Record<string, string> = { ...before.deleted };
  for (const key of prevParts.keys()) if (!parts.has(key) && isItemKey(key)) deleted[key] = stamp;
  const seen = joinSeen(before.seen, { [stampNode(stamp)]: stamp });
  return packStamps({ map, seen, deleted });
}

/**
 * Stamps every record a change puts (the one place local edits are stamped: Session's
 * commit). A new trash entry is a deletion: it is stamped as the tombstone of its record.
 */
export function stampChange(store: Store, change: ChangeSet, stamp: string): ChangeSet {
  const put = change.put;
  if (!put) return change;
  const out: NonNullable<ChangeSet['put']> = { ...put };
  for (const collection of TRASHABLE) {
    const records = put[collection];
    if (!records) continue;
    out[collection] = records.map((r) => ({
      ...r,
      stamps: restamp(collection, store.get(collection, r.id), r, stamp),
    })) as never;
  }
  if (put.trash) {
    out.trash = put.trash.map((entry) => {
      if (store.get('trash', entry.id)) return entry;
      const record = entry.record as Partial<Stampable>;
      const kept =
        typeof record.updatedAt === 'string' && typeof record.workspaceId === 'string'
          ? storedStamps(record as Stampable).s
          : {};
      const b = entry.stamps?.b ?? stamp;
      const s = joinSeen(joinSeen(kept, entry.stamps?.s ?? {}), { [stampNode(b)]: b });
      return { ...entry, stamps: { b, f: {}, s } };
    });
  }
  return { ...change, put: out };
}
