// Plans removing the demo workspace: demo records that go, edited ones, and those still referenced.
import type { DemoRemovalPreview } from '../../api/views';
import { COLLECTION_NAMES, type CollectionName } from '../../model/collections';
import type { ChangeSet, Store } from '../../store/types';
import { DEMO_ID_PREFIX } from './demo';

const isDemoId = (id: string) => id.startsWith(DEMO_ID_PREFIX);

/** Names listed per group in the confirmation; the counts are complete. */
const NAMES_SHOWN = 20;

interface Plan {
  preview: DemoRemovalPreview;
  change: ChangeSet;
}

function labelOf(record: object): string {
  const r = record as Record<string, unknown>;
  for (const key of ['name', 'title', 'label'] as const) {
    const value = r[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return typeof r.id === 'string' ? r.id : '';
}

/** Every string inside `value` that is the id of a demo record. */
function demoIdsIn(value: unknown, known: Set<string>, out: Set<string>): void {
  if (typeof value === 'string') {
    if (isDemoId(value) && known.has(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) demoIdsIn(item, known, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) demoIdsIn(item, known, out);
  }
}

/** A record the demo brought (a trash entry counts as the demo's when what it holds was). */
function isDemoRecord(collection: CollectionName, record: { id: string }): boolean {
  if (isDemoId(record.id)) return true;
  if (collection !== 'trash') return false;
  const recordId = (record as { recordId?: unknown }).recordId;
  return typeof recordId === 'string' && isDemoId(recordId);
}

/**
 * What removing the demo does: every record it brought goes, except those the officer's own
 * records point at (directly or through another kept demo record), which stay so that no
 * reference dangles. Demo records edited since loading are named (the edits go with them).
 */
export function planDemoRemoval(store: Store): Plan {
  const demo = new Map<string, { collection: CollectionName; record: { id: string } }>();
  const own: Array<{ id: string }> = [];
  for (const collection of COLLECTION_NAMES) {
    for (const record of store.all(collection)) {
      if (isDemoRecord(collection, record)) demo.set(record.id, { collection, record });
      else own.push(record);
    }
  }
  const known = new Set(demo.keys());
  const kept = new Set<string>();
  const queue: unknown[] = [...own];
  while (queue.length > 0) {
    const found = new Set<string>();
    demoIdsIn(queue.pop(), known, found);
    for (const id of found) {
      if (kept.has(id)) continue;
      kept.add(id);
      queue.push(demo.get(id)?.record);
    }
  }
  const del: { [C in CollectionName]?: string[] } = {};
  const removed: Partial<Record<CollectionName, number>> = {};
  const edited = { total: 0, names: [] as string[] };
  const keptNames = { total: 0, names: [] as string[] };
  for (const [id, { collection, record }] of demo) {
    if (kept.has(id)) {
      keptNames.total++;
      if (keptNames.names.length < NAMES_SHOWN) keptNames.names.push(labelOf(record));
      continue;
    }
    (del[collection] ??= []).push(id);
    removed[collection] = (removed[collection] ?? 0) + 1;
    const rev = (record as { rev?: unknown }).rev;
    if (typeof rev === 'number' && rev > 1 && collection !== 'trash') {
      edited.total++;
      if (edited.names.length < NAMES_SHOWN) edited.names.push(labelOf(record));
    }
  }
  return {
    preview: { removed, edited, kept: keptNames, own: own.length },
    change: { delete: del },
  };
}
