// 回收站: moving records into it, and the trash.* methods to list, restore and purge them.
import { DossierError, fieldErrorsFromZod } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import type { TrashItem } from '../../api/views';
import type { z } from 'zod';
import type { RecordOf } from '../../model/collections';
import { enterpriseSchema, folioSchema, groupSchema, personSchema } from '../../model/records';
import type { Trashable, TrashEntry } from '../../model/trash';
import { tripSchema } from '../../model/trip';
import type { ChangeSet } from '../../store/types';
import { mustGet, stampNew } from '../record-edits';
import { folioForRestore, groupForRestore, type MissingReference } from '../references';
import type { Session } from '../session';
import { tripForRestore } from '../trips/restore';
import { binnedTrashItems, purgeBinned, restoreBinned } from './binned';

/** What one record of each kind is called in messages and undo labels. */
const KIND_LABEL: Readonly<Record<Trashable, string>> = {
  folios: '项目',
  groups: '专班',
  enterprises: '客商',
  people: '人员',
  trips: '考察',
};

/**
 * The change that deletes `record` into the recycle bin: the record goes, a TrashEntry
 * keeping it whole comes. The caller commits it (with its own label, so it can be undone).
 */
export function moveToTrash<C extends Trashable>(
  session: Session,
  collection: C,
  record: RecordOf<C>,
  label: string,
): ChangeSet {
  const stamp = stampNew(session);
  const entry: TrashEntry = {
    ...stamp,
    collection,
    recordId: record.id,
    label,
    record: { ...record },
    deletedAt: stamp.createdAt,
    deletedBy: session.operator(),
  };
  return { delete: { [collection]: [record.id] }, put: { trash: [entry] } };
}

function trashItem(entry: TrashEntry): TrashItem {
  const { id, collection, label, deletedAt, deletedBy } = entry;
  return { id, collection, label, deletedAt, deletedBy };
}

function newestFirst(a: TrashItem, b: TrashItem): number {
  if (a.deletedAt !== b.deletedAt) return a.deletedAt < b.deletedAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/** Checks the kept record against the current schema of its collection. */
function check<T>(schema: z.ZodType<T>, entry: TrashEntry, value: object): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = fieldErrorsFromZod(parsed.error);
  throw new DossierError(
    'validation',
    `回收站中的${KIND_LABEL[entry.collection]}“${entry.label}”不符合当前的数据要求（${fields[0]?.message ?? '内容无效'}），无法恢复。`,
    fields,
  );
}

/**
 * The kept record as it goes back: valid under today's schema (it may have been deleted
 * under an older one), with a new revision (revs only grow), its references checked.
 */
function revived(
  session: Session,
  entry: TrashEntry,
): { put: ChangeSet['put']; inTrash: MissingReference[] } {
  const rev = typeof entry.record.rev === 'number' ? entry.record.rev + 1 : 1;
  const value = { ...entry.record, rev, updatedAt: session.clock.now().toISOString() };
  switch (entry.collection) {
    case 'folios': {
      const { record, inTrash } = folioForRestore(session, check(folioSchema, entry, value));
      return { put: { folios: [record] }, inTrash };
    }
    case 'groups': {
      const { record, inTrash } = groupForRestore(session, check(groupSchema, entry, value));
      return { put: { groups: [record] }, inTrash };
    }
    case 'enterprises':
      return { put: { enterprises: [check(enterpriseSchema, entry, value)] }, inTrash: [] };
    case 'people':
      return { put: { people: [check(personSchema, entry, value)] }, inTrash: [] };
    case 'trips': {
      const { record, inTrash } = tripForRestore(session, check(tripSchema, entry, value));
      return { put: { trips: [record] }, inTrash };
    }
  }
}

function refusal(entry: TrashEntry, missing: MissingReference[]): DossierError {
  const kind = KIND_LABEL[entry.collection];
  const names = missing.map((m) => `${KIND_LABEL[m.collection]}“${m.label}”`).join('、');
  return new DossierError(
    'conflict',
    `无法恢复${kind}“${entry.label}”：它用到的${names}还在回收站中。请先恢复${names}，再恢复该${kind}。`,
  );
}

/** A trash entry still in the bin (a purged one is only a tombstone). */
function liveEntry(session: Session, id: string): TrashEntry {
  const entry = mustGet(session, 'trash', id, '回收站记录');
  if (entry.purged) throw new DossierError('not_found', '找不到该回收站记录，可能已被彻底删除。');
  return entry;
}

/** 回收站: list, restore and purge deleted records. Deleting is each service's own handler. */
export function trashHandlers(session: Session): HandlerSet {
  return {
    'trash.list': async () => {
      const store = session.store();
      const records = [...store.all('trash')].filter((e) => !e.purged).map(trashItem);
      return [...records, ...binnedTrashItems(store)].sort(newestFirst);
    },

    'trash.restoreItem': async ({ folioId, itemId }) => {
      const { label, ...change } = restoreBinned(session, folioId, itemId);
      await session.commit(change, label);
      return { folioId, itemId };
    },

    'trash.purgeItem': async ({ folioId, itemId }) => {
      const { label, ...change } = purgeBinned(session, folioId, itemId);
      await session.commit(change, label);
      return { folioId, itemId };
    },

    'trash.restore': async ({ id }) => {
      const store = session.store();
      const entry = liveEntry(session, id);
      const kind = KIND_LABEL[entry.collection];
      if (store.get(entry.collection, entry.recordId)) {
        throw new DossierError(
          'conflict',
          `${kind}“${entry.label}”已在使用中（编号相同的记录已经存在），无法再从回收站恢复。`,
        );
      }
      const { put, inTrash } = revived(session, entry);
      if (inTrash.length > 0) throw refusal(entry, inTrash);
      await session.commit({ put, delete: { trash: [id] } }, `恢复${kind}“${entry.label}”`);
      return { collection: entry.collection, id: entry.recordId };
    },

    'trash.purge': async ({ id }) => {
      const entry = liveEntry(session, id);
      // The record goes; the entry stays, emptied, as the tombstone that tells colleagues.
      // It keeps the group, so an export of the group still carries the deletion.
      const kept = 'groupId' in entry.record ? { groupId: entry.record.groupId } : {};
      const tombstone: TrashEntry = { ...entry, record: kept, purged: true };
      await session.commit({ put: { trash: [tombstone] } }, `彻底删除“${entry.label}”`);
      return { id };
    },
  };
}
