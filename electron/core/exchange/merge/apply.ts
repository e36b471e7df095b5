// Applies a merge plan with the officer's picks: conflict paths, unresolved conflicts, the change set.
import { DossierError } from '../../api/errors';
import { COLLECTION_SCHEMAS, type RecordOf } from '../../model/collections';
import type { RecordBase } from '../../model/common';
import type { TrashEntry } from '../../model/trash';
import type { ChangeSet, Store } from '../../store/types';
import { stampNode } from '../hlc';
import { expandStamps, joinSeen, packStamps, storedStamps } from '../stamps';
import type { ExchangeCollection } from '../types';
import type { PartConflict } from './fields';
import { markHistory, mergeHistory } from './history';
import { splitKey } from '../layout';
import { fieldsFromParts, ORDER_ITEM, type Part } from './parts';
import type { MergeContext, MergePlan, RecordPlan } from './plan';
import { KIND_NAMES } from './validate';

export type Pick = 'ours' | 'theirs';
export interface Choice {
  collection: ExchangeCollection;
  id: string;
  path: string;
  pick: Pick;
}

/** How a conflict is addressed: `field`, `field.itemKey.itemField`, or '' for the whole record. */
export function conflictPath(c: PartConflict): string {
  return c.sub === null ? c.key : `${c.key}.${c.sub}`;
}

export interface ApplyContext extends MergeContext {
  now: string;
  newId: () => string;
  workspaceId: string;
  operator: string;
}

type AnyRecord = RecordOf<ExchangeCollection>;
type Picker = (plan: RecordPlan, path: string) => Pick | null;

function choicePicker(choices: readonly Choice[], prefer: Pick | undefined): Picker {
  const byKey = new Map(choices.map((c) => [`${c.collection}/${c.id}/${c.path}`, c.pick]));
  return (plan, path) => byKey.get(`${plan.collection}/${plan.id}/${path}`) ?? prefer ?? null;
}

/** Every conflict still waiting for a choice, named for the message. */
export function unresolved(plan: MergePlan, choices: readonly Choice[], prefer?: Pick): string[] {
  const pick = choicePicker(choices, prefer);
  const out: string[] = [];
  for (const r of plan.records) {
    if (r.outcome !== 'conflict') continue;
    const paths = r.kind === 'both' ? r.conflicts.map(conflictPath) : [''];
    for (const path of paths) {
      if (!pick(r, path))
        out.push(
          `${KIND_NAMES[r.collection]}“${r.name}”${path ? ` 的 ${path}` : '（删除与修改）'}`,
        );
    }
  }
  return out;
}

function parse<C extends ExchangeCollection>(
  collection: C,
  value: object,
  name: string,
): RecordOf<C> {
  const parsed = COLLECTION_SCHEMAS[collection].safeParse(value);
  if (parsed.success) return parsed.data as RecordOf<C>;
  const issue = parsed.error.issues[0];
  throw new DossierError(
    'validation',
    `合并后的${KIND_NAMES[collection]}“${name}”不符合数据要求（${issue?.path.join('.') ?? ''}：${issue?.message ?? '无效'}），请在该记录的冲突中改选一方后再导入。`,
  );
}

/** The parts after the officer's picks (a half-and-half list item gets a fresh stamp). */
function pickedParts(plan: RecordPlan, pick: Picker, ctx: ApplyContext): Map<string, Part> {
  const parts = new Map(plan.merge?.parts);
  const byKey = new Map<string, PartConflict[]>();
  for (const c of plan.conflicts) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  for (const [key, conflicts] of byKey) {
    const picks = conflicts.map((c) => pick(plan, conflictPath(c)) ?? 'ours');
    const first = conflicts[0];
    if (!first || picks.every((p) => p === 'ours')) continue;
    if (first.sub === null) {
      // A list item deleted on their side (theirs null) goes; one they kept comes back.
      if (first.theirs === null && splitKey(key).item !== null) parts.delete(key);
      else parts.set(key, { text: JSON.stringify(first.theirs), stamp: first.theirsStamp });
      continue;
    }
    const ours = JSON.parse(parts.get(key)?.text ?? '{}') as Record<string, unknown>;
    conflicts.forEach((c, i) => {
      if (picks[i] === 'theirs' && c.sub) ours[c.sub] = c.theirs;
    });
    const all = picks.every((p) => p === 'theirs');
    parts.set(key, { text: JSON.stringify(ours), stamp: all ? first.theirsStamp : ctx.fresh() });
  }
  if (plan.merge) settleOrders(parts, plan.merge.sides, ctx);
  return parts;
}

/**
 * A list order that names an item the picks left out (a deleted item that stayed deleted)
 * loses it; the order is then either side's, with its stamp, or new, with a fresh one.
 */
function settleOrders(
  parts: Map<string, Part>,
  sides: { ours: Map<string, Part>; theirs: Map<string, Part> },
  ctx: ApplyContext,
): void {
  for (const [key, part] of [...parts]) {
    const { field, item } = splitKey(key);
    if (item !== ORDER_ITEM) continue;
    const order = JSON.parse(part.text) as string[];
    const kept = order.filter((k) => parts.has(`${field}.${k}`));
    if (kept.length === order.length) continue;
    const text = JSON.stringify(kept);
    const side = [sides.theirs.get(key), sides.ours.get(key)].find((p) => p?.text === text);
    parts.set(key, side ?? { text, stamp: ctx.fresh() });
  }
}

function bumped(ours: RecordBase, ctx: ApplyContext) {
  return { rev: ours.rev + 1, updatedAt: ctx.now };
}

function mergedRecord(plan: RecordPlan, pick: Picker, ctx: ApplyContext): AnyRecord {
  const ours = plan.ours as AnyRecord;
  const theirs = plan.theirs as AnyRecord;
  const parts = pickedParts(plan, pick, ctx);
  const map = new Map([...parts].map(([k, p]) => [k, p.stamp]));
  let seen = plan.merge?.seen ?? {};
  for (const stamp of map.values())
    if (stamp === ctx.fresh()) seen = joinSeen(seen, { [stampNode(stamp)]: stamp });
  const value: Record<string, unknown> = {
    ...fieldsFromParts(plan.collection, parts),
    id: ours.id,
    createdAt: ours.createdAt,
    workspaceId: ours.workspaceId,
    ...bumped(ours, ctx),
    stamps: packStamps({ map, seen, deleted: plan.merge?.deleted }),
  };
  if ('history' in ours && 'history' in theirs) {
    value.history = mergeHistory(ours.history, theirs.history, ctx.via).history;
  }
  return parse(plan.collection, value, plan.name);
}

function trashEntryFor(plan: RecordPlan, ours: AnyRecord, ctx: ApplyContext): TrashEntry {
  const t = plan.tombstone;
  if (!t) throw new Error('a deletion needs its tombstone');
  const seen = joinSeen(expandStamps(plan.collection, ours).seen, t.seen ?? {});
  return {
    id: ctx.newId(),
    rev: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    workspaceId: ctx.workspaceId,
    collection: plan.collection,
    recordId: ours.id,
    label: plan.name.slice(0, 200),
    record: { ...ours },
    deletedAt: t.deletedAt,
    deletedBy: t.deletedBy,
    stamps: { b: t.stamp, f: {}, s: joinSeen(seen, { [stampNode(t.stamp)]: t.stamp }) },
  };
}

/** A copy that now knows of a stamp it overrode (a deletion it kept the record against). */
function knowing<T extends AnyRecord>(
  record: T,
  stamp: string,
  ctx: ApplyContext,
  bump: boolean,
): T {
  const s = storedStamps(record);
  const stamps = { ...s, s: joinSeen(s.s, { [stampNode(stamp)]: stamp }) };
  return { ...record, ...(bump ? bumped(record, ctx) : {}), stamps };
}

interface Writes {
  put: Map<ExchangeCollection | 'trash', object[]>;
  del: Map<ExchangeCollection | 'trash', string[]>;
}

function trashOf(store: Store, collection: ExchangeCollection, id: string): TrashEntry[] {
  return [...store.all('trash')].filter((e) => e.collection === collection && e.recordId === id);
}

function applyOne(
  store: Store,
  plan: RecordPlan,
  pick: Picker,
  ctx: ApplyContext,
  w: Writes,
): void {
  const put = (c: ExchangeCollection | 'trash', r: object) =>
    w.put.set(c, [...(w.put.get(c) ?? []), r]);
  const del = (c: ExchangeCollection | 'trash', id: string) =>
    w.del.set(c, [...(w.del.get(c) ?? []), id]);
  const { collection } = plan;
  const whole = plan.outcome === 'conflict' ? pick(plan, '') : null;
  if (plan.kind === 'both') {
    put(collection, mergedRecord(plan, pick, ctx));
  } else if (plan.kind === 'theirsOnly' || (plan.kind === 'oursDeleted' && whole === 'theirs')) {
    const theirs = plan.theirs as AnyRecord;
    const record = plan.tombstone ? knowing(theirs, plan.tombstone.stamp, ctx, false) : theirs;
    const history = 'history' in record ? { history: markHistory(record.history, ctx.via) } : {};
    put(collection, { ...record, ...history });
    for (const e of trashOf(store, collection, plan.id)) del('trash', e.id);
  } else if (plan.kind === 'oursDeleted') {
    // Kept deleted: our newest tombstone takes in their version, so it is not asked again.
    const entries = trashOf(store, collection, plan.id).sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : -1,
    );
    const entry = entries[0];
    const theirs = plan.theirs as AnyRecord;
    if (entry) {
      const s = entry.stamps ?? { b: plan.tombstone?.stamp ?? '', f: {}, s: {} };
      put('trash', {
        ...entry,
        rev: entry.rev + 1,
        updatedAt: ctx.now,
        stamps: { ...s, s: joinSeen(s.s, expandStamps(collection, theirs).seen) },
      });
    }
  } else if (plan.outcome === 'deleted' || whole === 'theirs') {
    const ours = plan.ours as AnyRecord;
    del(collection, ours.id);
    put('trash', trashEntryFor(plan, ours, ctx));
  } else if (plan.tombstone) {
    put(collection, knowing(plan.ours as AnyRecord, plan.tombstone.stamp, ctx, true));
  }
}

/** The one change an import writes, after every conflict has its choice. */
export function changeOf(
  store: Store,
  plan: MergePlan,
  choices: readonly Choice[],
  prefer: Pick | undefined,
  ctx: ApplyContext,
): ChangeSet {
  const waiting = unresolved(plan, choices, prefer);
  if (waiting.length > 0) {
    const more = waiting.length > 5 ? ` 等 ${waiting.length} 处` : '';
    throw new DossierError(
      'conflict',
      `还有冲突没有选择保留哪一方：${waiting.slice(0, 5).join('、')}${more}。请逐项选择“保留本机”或“采用对方”，或选择全部采用一方。`,
    );
  }
  const pick = choicePicker(choices, prefer);
  const w: Writes = { put: new Map(), del: new Map() };
  for (const r of plan.records) if (r.write) applyOne(store, r, pick, ctx, w);
  return {
    put: Object.fromEntries(w.put) as ChangeSet['put'],
    delete: Object.fromEntries(w.del) as ChangeSet['delete'],
  };
}
