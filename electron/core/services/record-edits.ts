// Record helpers for services: stamping new records, finding one, rev checks, reference checks, revise.
import { DossierError, validationError } from '../api/errors';
import { COLLECTION_SCHEMAS, type CollectionName, type RecordOf } from '../model/collections';
import { restamp, isExchangeCollection } from '../exchange/stamps';
import type { RecordBase } from '../model/common';
import type { Session } from './session';
import type { z } from 'zod';

/**
 * The stamp every new record gets: a fresh id, rev 1, times from the injected clock, and the
 * version stamp of this edit on every field (exchange/README.md).
 */
export function stampNew(session: Session): RecordBase {
  const now = session.clock.now().toISOString();
  const store = session.store();
  const stamp = session.editStamp();
  const stamps = { b: stamp, f: {}, s: { [session.hlc().node]: stamp } };
  return {
    id: session.ids(),
    rev: 1,
    createdAt: now,
    updatedAt: now,
    workspaceId: store.meta.id,
    stamps,
  };
}

const COLLECTION_OF_SCHEMA = new Map<unknown, CollectionName>(
  Object.entries(COLLECTION_SCHEMAS).map(([name, schema]) => [schema, name as CollectionName]),
);

/** Finds a record or fails with `not_found` in the user's words. */
export function mustGet<C extends CollectionName>(
  session: Session,
  collection: C,
  id: string,
  label: string,
): RecordOf<C> {
  const record = session.store().get(collection, id);
  if (!record) throw new DossierError('not_found', `找不到该${label}，可能已被删除。`);
  return record;
}

/** Optimistic concurrency: an edit must be based on the record's current revision. */
export function checkRev(current: { rev: number }, rev: number, label: string): void {
  if (current.rev !== rev) {
    throw new DossierError(
      'conflict',
      `该${label}已被修改（当前版本 ${current.rev}，您编辑的是版本 ${rev}），请刷新后再保存。`,
      [{ path: 'rev', message: '版本已过期' }],
    );
  }
}

/** A reference field must point at an existing record, else the field is named in the error. */
export function checkRef(
  session: Session,
  collection: CollectionName,
  id: string | null | undefined,
  field: string,
  label: string,
): void {
  if (id === null || id === undefined) return;
  if (!session.store().get(collection, id)) {
    throw new DossierError('validation', `所选${label}不存在，请重新选择。`, [
      { path: field, message: `${label}不存在` },
    ]);
  }
}

/**
 * Applies a patch to a stored record: rev grows, updatedAt moves, and the result is re-validated.
 * A patch that changes nothing gives back `current` itself, which `Session.commit` leaves out: a
 * save with no change keeps its rev and writes no commit.
 */
export function revise<T extends RecordBase>(
  session: Session,
  current: T,
  patch: object,
  schema: z.ZodType<T>,
): T {
  const next = {
    ...current,
    ...stripUndefined(patch),
    id: current.id,
    createdAt: current.createdAt,
    workspaceId: current.workspaceId,
    rev: current.rev + 1,
    updatedAt: session.clock.now().toISOString(),
  };
  const parsed = parseRecord(schema, next);
  if (sameContent(current, parsed)) return current;
  const collection = COLLECTION_OF_SCHEMA.get(schema);
  if (!collection || !isExchangeCollection(collection)) return parsed;
  return parseRecord(schema, {
    ...next,
    stamps: restamp(collection, current, next, session.editStamp()),
  });
}

/** Whether two versions of a record differ only in their rev, updatedAt and version stamps. */
function sameContent<T extends RecordBase>(a: T, b: T): boolean {
  const plain = (r: T) => JSON.stringify({ ...r, rev: 0, updatedAt: '', stamps: undefined });
  return plain(a) === plain(b);
}

export function parseRecord<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
