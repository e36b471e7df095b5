// Validates a ChangeSet against the record schemas and returns the canonical, frozen records.
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, type CollectionName } from '../model/collections';
import { workspaceMetaSchema, type WorkspaceMeta } from '../model/workspace';
import type { ChangeSet } from './types';

/** A ChangeSet that cannot be saved as given; nothing was written. */
export class InvalidChangeError extends Error {
  readonly collection: CollectionName | 'meta';
  readonly recordId: string | null;
  readonly field: string | null;
  constructor(
    message: string,
    collection: CollectionName | 'meta',
    recordId: string | null,
    field: string | null,
  ) {
    super(message);
    this.name = 'InvalidChangeError';
    this.collection = collection;
    this.recordId = recordId;
    this.field = field;
  }
}

/**
 * Stored records are shared with every reader: freezing turns an accidental edit into an error.
 * A frozen object's children are taken as frozen (a second pass costs nothing). The first page
 * of 10,000 folios freezes them all: walking by index and `for…in` instead of copying with
 * `Object.values` takes less than half the time. Records are plain data (JSON, zod output), so
 * `for…in` sees exactly their own keys.
 */
export function deepFreeze<T>(value: T): T {
  freezeTree(value);
  return value;
}

function freezeTree(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeTree(value[i]);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) freezeTree(record[key]);
}

export interface PreparedChange {
  puts: Map<CollectionName, Map<string, object>>;
  deletes: Map<CollectionName, Set<string>>;
  meta: WorkspaceMeta | null;
}

function idOf(record: unknown): string | null {
  return typeof record === 'object' &&
    record !== null &&
    'id' in record &&
    typeof record.id === 'string'
    ? record.id
    : null;
}

/** Validates a ChangeSet against the record schemas and returns the canonical, frozen records. */
export function prepareChange(change: ChangeSet): PreparedChange {
  const puts = new Map<CollectionName, Map<string, object>>();
  const deletes = new Map<CollectionName, Set<string>>();
  for (const collection of COLLECTION_NAMES) {
    const removed = new Set(change.delete?.[collection] ?? []);
    if (removed.size > 0) deletes.set(collection, removed);
    const records: readonly unknown[] = change.put?.[collection] ?? [];
    if (records.length === 0) continue;
    const schema = COLLECTION_SCHEMAS[collection];
    const byId = new Map<string, object>();
    for (const record of records) {
      const result = schema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue ? issue.path.map(String).join('.') : '';
        const id = idOf(record);
        throw new InvalidChangeError(
          `无法保存：${collection} 中的记录 ${id ?? '（无编号）'} 无效${field ? `，字段 ${field}` : ''}：${issue?.message ?? '内容无效'}`,
          collection,
          id,
          field || null,
        );
      }
      const { id } = result.data;
      if (byId.has(id) || removed.has(id)) {
        throw new InvalidChangeError(
          `无法保存：记录 ${id} 在同一次保存中出现了两次。`,
          collection,
          id,
          null,
        );
      }
      byId.set(id, deepFreeze(result.data));
    }
    puts.set(collection, byId);
  }
  let meta: WorkspaceMeta | null = null;
  if (change.meta !== undefined) {
    const result = workspaceMetaSchema.safeParse(change.meta);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue ? issue.path.map(String).join('.') : null;
      throw new InvalidChangeError(
        `无法保存工作区信息：${issue?.message ?? '内容无效'}`,
        'meta',
        null,
        field,
      );
    }
    meta = deepFreeze(result.data);
  }
  return { puts, deletes, meta };
}
