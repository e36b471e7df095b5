/** Team sync's mapping: a working group's records, deletions and files as CouchDB documents. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { historyKey } from '../exchange/merge/history';
import { storedStamps } from '../exchange/stamps';
import { tombstoneOf, tombstonesFor } from '../exchange/tombstones';
import type { ExchangeCollection, Tombstone } from '../exchange/types';
import type { RecordOf } from '../model/collections';
import type { HistoryEntry } from '../model/folio-parts';
import { TRASHABLE } from '../model/trash';
import type { Store } from '../store/types';

/*
 * One CouchDB database per working group. In it:
 *   `<collection>:<id>`            one document per record, the record as stored (stamps too);
 *   `tombstone:<collection>:<id>`  the deletion of a record (its stamp and version vector),
 *                                  next to the CouchDB deletion of the record's document;
 *   `file:<sha256>`                an attachment's bytes as a CouchDB attachment.
 * A group's database holds the group, its folios, the trips that visit them, and the shared
 * records they refer to (enterprises, people): those go to every group that refers to them.
 */

type AnyRecord = RecordOf<ExchangeCollection>;

export const TOMBSTONE_PREFIX = 'tombstone:';
export const FILE_PREFIX = 'file:';
/** The CouchDB attachment name a file document keeps its bytes under. */
export const FILE_ATTACHMENT = 'content';

export const recordDocId = (collection: ExchangeCollection, id: string): string =>
  `${collection}:${id}`;
export const tombstoneDocId = (collection: ExchangeCollection, id: string): string =>
  `${TOMBSTONE_PREFIX}${collection}:${id}`;
export const fileDocId = (sha256: string): string => `${FILE_PREFIX}${sha256}`;

/** The CouchDB database name of a group: lower-case letters, digits and `_-` only. */
export function databaseOf(groupId: string): string {
  const safe = groupId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  return `dossier-${safe}`;
}

/** What a group's database should hold, as this desk sees it. */
export interface GroupDocs {
  /** docId → the record. */
  records: Map<string, { collection: ExchangeCollection; record: AnyRecord }>;
  /** docId of the tombstone document → the deletion. */
  tombstones: Map<string, Tombstone>;
  /** The SHA-256 of every attachment file the group's folios refer to. */
  files: Map<string, { size: number; name: string }>;
}

/**
 * The records, deletions and files of a group (nothing when this desk has neither). `held`:
 * whether the group's database holds a document (as last seen), so that an enterprise or a
 * person deleted here, which no folio of the group refers to any more, is deleted there too.
 */
export function groupDocs(
  store: Store,
  groupId: string,
  held: (docId: string) => boolean = () => false,
): GroupDocs {
  const out: GroupDocs = { records: new Map(), tombstones: new Map(), files: new Map() };
  const add = (collection: ExchangeCollection, record: AnyRecord | undefined) => {
    if (record) out.records.set(recordDocId(collection, record.id), { collection, record });
  };
  const person = (id: string | null) => add('people', id ? store.get('people', id) : undefined);
  const enterprise = (id: string | null) =>
    add('enterprises', id ? store.get('enterprises', id) : undefined);
  const group = store.get('groups', groupId);
  add('groups', group);
  if (group) {
    person(group.headId);
    group.memberIds.forEach(person);
  }
  const folioIds = new Set<string>();
  for (const folio of store.all('folios')) {
    if (folio.groupId !== groupId) continue;
    folioIds.add(folio.id);
    add('folios', folio);
    enterprise(folio.enterpriseId);
    person(folio.leaderId);
    person(folio.stewardId);
    for (const ref of folio.attachments) {
      out.files.set(ref.sha256, { size: ref.size, name: ref.name });
    }
  }
  const visits = (folios: readonly string[]) => folios.some((id) => folioIds.has(id));
  for (const trip of store.all('trips')) {
    if (!visits(trip.folioIds)) continue;
    add('trips', trip);
    trip.enterpriseIds.forEach(enterprise);
    trip.ourDelegation.forEach((m) => person(m.personId));
    trip.theirDelegation.forEach((m) => enterprise(m.enterpriseId));
  }
  for (const t of tombstonesFor(store, { kind: 'group', id: groupId })) {
    out.tombstones.set(tombstoneDocId(t.collection, t.id), t);
  }
  for (const entry of store.all('trash')) {
    if (entry.collection !== 'trips' || store.get('trips', entry.recordId)) continue;
    const folios = (entry.record as { folioIds?: unknown }).folioIds;
    if (!Array.isArray(folios) || !visits(folios.map(String))) continue;
    for (const t of tombstonesFor(store, { kind: 'trip', id: entry.recordId })) {
      if (t.collection === 'trips') out.tombstones.set(tombstoneDocId(t.collection, t.id), t);
    }
  }
  for (const entry of store.all('trash')) {
    if (entry.collection !== 'enterprises' && entry.collection !== 'people') continue;
    if (store.get(entry.collection, entry.recordId)) continue;
    const id = tombstoneDocId(entry.collection, entry.recordId);
    if (!held(recordDocId(entry.collection, entry.recordId)) && !held(id)) continue;
    const t = tombstoneOf(entry);
    const known = out.tombstones.get(id);
    if (!known || t.stamp > known.stamp) out.tombstones.set(id, t);
  }
  return out;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * The version of a record as the merge sees it: its stamps and the entries of its history.
 * Two copies with the same version need no exchange, whatever their rev, updatedAt or the
 * `via` marks of their history (which differ between desks by design).
 */
export function recordVersion(record: AnyRecord): string {
  const history =
    'history' in record ? (record.history as HistoryEntry[]).map(historyKey).sort() : [];
  return sha(JSON.stringify([storedStamps(record), history]));
}

export const tombstoneVersion = (t: Tombstone): string =>
  sha(JSON.stringify([t.stamp, t.seen ?? {}]));

/** The body of a record's document. */
export const recordBody = (collection: ExchangeCollection, record: AnyRecord) => ({
  type: 'record' as const,
  collection,
  record,
});

export const tombstoneBody = (t: Tombstone) => ({ type: 'tombstone' as const, tombstone: t });

/* ---- documents coming in: checked before anything else looks at them ---- */

const revSchema = z.string().regex(/^\d{1,10}-[0-9a-f]{1,64}$/, 'revision 格式无效');

export const incomingDocSchema = z.discriminatedUnion('type', [
  z.object({
    _id: z.string().max(200),
    _rev: revSchema,
    type: z.literal('record'),
    collection: z.enum(TRASHABLE),
    record: z.record(z.string(), z.unknown()),
  }),
  z.object({
    _id: z.string().max(200),
    _rev: revSchema,
    type: z.literal('tombstone'),
    tombstone: z.unknown(),
  }),
  z.object({
    _id: z.string().max(200),
    _rev: revSchema,
    type: z.literal('file'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().min(0),
  }),
]);
export type IncomingDoc = z.infer<typeof incomingDocSchema>;

/** The id a record document must carry for its content (a document cannot speak for another). */
export function expectedDocId(doc: IncomingDoc): string | null {
  if (doc.type === 'record') {
    const id = doc.record.id;
    return typeof id === 'string' ? recordDocId(doc.collection, id) : null;
  }
  if (doc.type === 'file') return fileDocId(doc.sha256);
  const t = doc.tombstone as { collection?: unknown; id?: unknown } | null;
  if (typeof t?.collection !== 'string' || typeof t.id !== 'string') return null;
  return `${TOMBSTONE_PREFIX}${t.collection}:${t.id}`;
}
