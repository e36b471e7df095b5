// Merges two copies of one record part by part, judging each by stamps; both-sided changes conflict.
import { LIST_FIELDS, orderKey, partsOf, SETTLED_BY_STAMP, splitKey } from '../layout';
import { expandStamps, hasSeen, joinDeleted, joinSeen, type Seen } from '../stamps';
import type { ExchangeCollection } from '../types';
import { ORDER_ITEM, type Part } from './parts';

/** A part changed on both sides since the copies last agreed: the officer picks. */
export interface PartConflict {
  /** The stamp key: a field, or `field.itemKey` for a list item. */
  key: string;
  /** The item's field in conflict (null for a plain field). */
  sub: string | null;
  ours: unknown;
  theirs: unknown;
  oursStamp: string;
  theirsStamp: string;
}

/** The merge of two copies of one record, before the officer's choices. */
export interface FieldMerge {
  /** The merged parts; a conflicted part holds ours until a choice is made. */
  parts: Map<string, Part>;
  conflicts: PartConflict[];
  /** The fields (or `field.itemKey`) whose content differs from ours after the merge. */
  changed: string[];
  seen: Seen;
  /** The list items deleted on either side (stamp key → the deletion's stamp). */
  deleted: Record<string, string>;
  /** Whether anything (content, stamps, version vector) differs from ours. */
  differs: boolean;
  /** Whether the two copies are the same version. */
  same: boolean;
  /** Each side's parts as they came (for the list orders after the officer's picks). */
  sides: { ours: Map<string, Part>; theirs: Map<string, Part> };
}

type Verdict = 'same' | 'ours' | 'theirs' | 'conflict';

/**
 * The rule for one part (exchange/README.md): equal stamps are the same version; equal content
 * under different stamps takes the greater stamp; otherwise the side that has seen the other's
 * stamp wins, and when neither (or both) has, it is a conflict.
 */
export function judge(a: Part, b: Part, oursSeen: Seen, theirsSeen: Seen): Verdict {
  if (a.stamp === b.stamp) return 'same';
  if (a.text === b.text) return a.stamp > b.stamp ? 'ours' : 'theirs';
  const theirsSawOurs = hasSeen(theirsSeen, a.stamp);
  const oursSawTheirs = hasSeen(oursSeen, b.stamp);
  if (theirsSawOurs && !oursSawTheirs) return 'theirs';
  if (oursSawTheirs && !theirsSawOurs) return 'ours';
  return 'conflict';
}

function withStamps(parts: Map<string, string>, stamps: Map<string, string>): Map<string, Part> {
  const out = new Map<string, Part>();
  for (const [key, text] of parts) out.set(key, { text, stamp: stamps.get(key) ?? '' });
  return out;
}

function itemConflicts(key: string, a: Part, b: Part): PartConflict[] {
  const ours = JSON.parse(a.text) as Record<string, unknown>;
  const theirs = JSON.parse(b.text) as Record<string, unknown>;
  const subs = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  const out: PartConflict[] = [];
  for (const sub of subs) {
    if (JSON.stringify(ours[sub]) === JSON.stringify(theirs[sub])) continue;
    out.push({
      key,
      sub,
      ours: ours[sub],
      theirs: theirs[sub],
      oursStamp: a.stamp,
      theirsStamp: b.stamp,
    });
  }
  return out;
}

/**
 * Merges two copies of one record part by part. `fresh` gives the stamp of a part the merge
 * makes that neither side has (a list order combining both sides' new items).
 */
export function mergeFields(
  collection: ExchangeCollection,
  oursRecord: object & { updatedAt: string; workspaceId: string },
  theirsRecord: object & { updatedAt: string; workspaceId: string },
  fresh: () => string,
): FieldMerge {
  const oursText = partsOf(collection, oursRecord);
  const theirsText = partsOf(collection, theirsRecord);
  const os = expandStamps(collection, oursRecord, oursText);
  const ts = expandStamps(collection, theirsRecord, theirsText);
  const ours = withStamps(oursText, os.map);
  const theirs = withStamps(theirsText, ts.map);
  const parts = new Map<string, Part>();
  const conflicts: PartConflict[] = [];
  const changed: string[] = [];
  /** Their items against our deletion: absent until the officer picks theirs. */
  const pending = new Set<string>();
  let usedFresh = false;
  let same = true;
  const keys = new Set([...ours.keys(), ...theirs.keys()]);
  for (const key of keys) {
    if (splitKey(key).item === ORDER_ITEM) continue;
    const a = ours.get(key);
    const b = theirs.get(key);
    const settled = SETTLED_BY_STAMP.has(splitKey(key).field);
    if (a && b) {
      let verdict = judge(a, b, os.seen, ts.seen);
      if (verdict === 'conflict' && settled) verdict = a.stamp > b.stamp ? 'ours' : 'theirs';
      if (verdict !== 'same') same = false;
      if (verdict === 'theirs') {
        parts.set(key, b);
        if (a.text !== b.text) changed.push(key);
      } else {
        parts.set(key, a);
        if (verdict === 'conflict') {
          conflicts.push(
            ...(splitKey(key).item === null
              ? [
                  {
                    key,
                    sub: null,
                    ours: JSON.parse(a.text),
                    theirs: JSON.parse(b.text),
                    oursStamp: a.stamp,
                    theirsStamp: b.stamp,
                  },
                ]
              : itemConflicts(key, a, b)),
          );
        }
      }
    } else if (a) {
      same = false;
      // Only ours: deleted on their side when they had seen it; edited here after a version
      // they deleted: a conflict (kept until the officer picks); else new on ours.
      const deletion = ts.deleted?.[key];
      if (hasSeen(ts.seen, a.stamp)) changed.push(key);
      else {
        if (deletion !== undefined && !hasSeen(os.seen, deletion)) {
          if (!settled) {
            parts.set(key, a);
            conflicts.push(deleteConflict(key, JSON.parse(a.text), null, a.stamp, deletion));
          } else if (a.stamp > deletion) parts.set(key, a);
          else changed.push(key);
        } else parts.set(key, a);
      }
    } else if (b) {
      same = false;
      const deletion = os.deleted?.[key];
      if (hasSeen(os.seen, b.stamp)) continue;
      if (deletion !== undefined && !hasSeen(ts.seen, deletion) && !settled) {
        conflicts.push(deleteConflict(key, null, JSON.parse(b.text), deletion, b.stamp));
        pending.add(key);
      } else if (deletion !== undefined && !hasSeen(ts.seen, deletion) && deletion > b.stamp) {
        continue;
      } else {
        parts.set(key, b);
        changed.push(key);
      }
    }
  }
  for (const field of Object.keys(LIST_FIELDS[collection])) {
    const key = orderKey(field);
    const a = ours.get(key);
    const b = theirs.get(key);
    // An item waiting for a pick keeps its place in the order (dropped there if not taken).
    const alive = (k: string) => parts.has(`${field}.${k}`) || pending.has(`${field}.${k}`);
    if (!a && !b) continue;
    if (!a || !b) {
      // A list one side does not have at all (an optional field, e.g. 回收站): the other's order.
      const only = (a ?? b) as Part;
      same = false;
      const text = JSON.stringify((JSON.parse(only.text) as string[]).filter(alive));
      if (text !== a?.text) changed.push(key);
      if (text === only.text) parts.set(key, only);
      else {
        usedFresh = true;
        parts.set(key, { text, stamp: fresh() });
      }
      continue;
    }
    const verdict = judge(a, b, os.seen, ts.seen);
    if (verdict !== 'same') same = false;
    const theirsFirst = verdict === 'theirs' || (verdict === 'conflict' && b.stamp > a.stamp);
    const [base, other] = theirsFirst ? [b, a] : [a, b];
    const order: string[] = (JSON.parse(base.text) as string[]).filter(alive);
    const inOrder = new Set(order);
    for (const k of JSON.parse(other.text) as string[]) {
      if (alive(k) && !inOrder.has(k)) {
        order.push(k);
        inOrder.add(k);
      }
    }
    const text = JSON.stringify(order);
    if (text !== a.text) changed.push(key);
    if (text === base.text) parts.set(key, base);
    else if (text === other.text) parts.set(key, other);
    else {
      usedFresh = true;
      parts.set(key, { text, stamp: fresh() });
    }
  }
  let seen = joinSeen(os.seen, ts.seen);
  if (usedFresh) seen = joinSeen(seen, freshSeen(fresh()));
  // Kept whole here: a mark goes only when its item is in the record that is written
  // (packStamps), which an officer's pick can still change.
  const deleted = joinDeleted(os.deleted, ts.deleted);
  const marks = Object.fromEntries(Object.entries(deleted).filter(([k]) => !parts.has(k)));
  const differs =
    changed.length > 0 ||
    !seenEqual(seen, os.seen) ||
    !seenEqual(marks, os.deleted ?? {}) ||
    [...parts].some(([k, p]) => ours.get(k)?.stamp !== p.stamp);
  return { parts, conflicts, changed, seen, deleted, differs, same, sides: { ours, theirs } };
}

/** A list item deleted on one side and edited on the other (`null`: the deleted side). */
function deleteConflict(
  key: string,
  ours: unknown,
  theirs: unknown,
  oursStamp: string,
  theirsStamp: string,
): PartConflict {
  return { key, sub: null, ours, theirs, oursStamp, theirsStamp };
}

function seenEqual(a: Seen, b: Seen): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function freshSeen(stamp: string): Seen {
  return { [stamp.slice(-10)]: stamp };
}
