/** Team sync, outgoing: what of a group's records the server lacks, written as documents. */
import { readFile } from 'node:fs/promises';
import type { BulkRow } from 'pouchdb-core';
import { attachmentPath, hasAttachment } from '../store/attachments';
import type { Store } from '../store/types';
import { SyncError } from './http';
import {
  FILE_ATTACHMENT,
  fileDocId,
  groupDocs,
  recordBody,
  recordDocId,
  recordVersion,
  tombstoneBody,
  tombstoneVersion,
} from './mapping';
import type { Remote } from './remote';
import type { SyncState } from './state';

interface Outgoing {
  doc: Record<string, unknown>;
  version: string;
  /** The file bytes it carries (base64), for a file document. */
  bytes?: number;
}

/** Documents per `_bulk_docs` request at most, and the most file bytes one request carries. */
const BULK = 500;
const BULK_BYTES = 8 * 1024 * 1024;

/** The documents cut into requests: up to BULK each, files up to BULK_BYTES (one file at least). */
function bulksOf(items: readonly Outgoing[]): Outgoing[][] {
  const out: Outgoing[][] = [];
  let chunk: Outgoing[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = item.bytes ?? 0;
    if (chunk.length > 0 && (chunk.length >= BULK || bytes + size > BULK_BYTES)) {
      out.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += size;
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}

/**
 * The documents to write: files first, so a record never arrives before its files. `changed`:
 * the records changed since the group's last push (null: unknown, so every record is compared);
 * a record the server holds that is not among them is not looked at again.
 */
export async function outgoing(
  store: Store,
  groupId: string,
  state: SyncState,
  changed: ReadonlySet<string> | null = null,
): Promise<{ files: Outgoing[]; docs: Outgoing[]; compared: number }> {
  const want = groupDocs(store, groupId, (id) => state.remote[id] !== undefined);
  const files: Outgoing[] = [];
  for (const [sha, file] of want.files) {
    const id = fileDocId(sha);
    if (state.remote[id] || !(await hasAttachment(store.dir, sha))) continue;
    const data = (await readFile(attachmentPath(store.dir, sha))).toString('base64');
    files.push({
      doc: {
        _id: id,
        type: 'file',
        sha256: sha,
        size: file.size,
        _attachments: { [FILE_ATTACHMENT]: { content_type: 'application/octet-stream', data } },
      },
      version: '',
      bytes: data.length,
    });
  }
  const docs: Outgoing[] = [];
  let compared = 0;
  // `key`: the record whose change marks the document changed (a tombstone's is its record).
  const put = (id: string, key: string, body: () => object, versionOf: () => string) => {
    if (state.pending[id]) return;
    const known = state.remote[id];
    const losers = state.losers[id] ?? [];
    const held = known && !known.deleted && losers.length === 0;
    if (held && changed && !changed.has(key)) return;
    compared += 1;
    const version = versionOf();
    if (held && known.version === version) return;
    const rev = known ? { _rev: known.rev } : {};
    docs.push({ doc: { _id: id, ...rev, ...body() }, version });
    for (const loser of losers)
      docs.push({ doc: { _id: id, _rev: loser, _deleted: true }, version: '' });
  };
  for (const [id, { collection, record }] of want.records) {
    put(
      id,
      id,
      () => recordBody(collection, record),
      () => recordVersion(record),
    );
  }
  for (const [id, t] of want.tombstones) {
    const recordId = recordDocId(t.collection, t.id);
    put(
      id,
      recordId,
      () => tombstoneBody(t),
      () => tombstoneVersion(t),
    );
    const known = state.remote[recordId];
    if (known && !known.deleted && !state.pending[recordId]) {
      docs.push({ doc: { _id: recordId, _rev: known.rev, _deleted: true }, version: '' });
    }
  }
  return { files, docs, compared };
}

/**
 * Writes the documents in bulks and notes each new revision; returns the ids the server
 * refused as stale (changed there since we last read it: pull, merge and push again).
 */
export async function pushDocs(
  remote: Remote,
  items: readonly Outgoing[],
  state: SyncState,
  saved: () => Promise<void>,
): Promise<{ pushed: number; stale: string[] }> {
  let pushed = 0;
  const stale: string[] = [];
  const bulks = bulksOf(items);
  for (const [n, chunk] of bulks.entries()) {
    const rows: BulkRow[] = await remote.bulk(chunk.map((i) => i.doc));
    chunk.forEach((item, i) => {
      const row = rows[i];
      const id = String(item.doc._id);
      const rev = item.doc._rev;
      if (row?.ok && typeof row.rev === 'string') {
        pushed += 1;
        if (item.doc._deleted === true && rev !== state.remote[id]?.rev) {
          // A losing revision deleted: the document itself stays as it was.
          const left = (state.losers[id] ?? []).filter((r) => r !== rev);
          state.losers = Object.fromEntries(
            Object.entries({ ...state.losers, [id]: left }).filter(([, l]) => l.length > 0),
          );
          return;
        }
        state.remote[id] = {
          rev: row.rev,
          version: item.version,
          ...(item.doc._deleted === true ? { deleted: true } : {}),
        };
      } else if (row?.status === 409 || row?.name === 'conflict' || row?.error === 'conflict') {
        stale.push(id);
      } else if (row?.status === 403 || row?.error === 'forbidden') {
        throw new SyncError('forbidden', `文档 ${id.slice(0, 80)}`);
      } else if (row?.status === 401) {
        throw new SyncError('auth');
      } else {
        throw new SyncError(
          'bad_response',
          `写入 ${id.slice(0, 80)}：${String(row?.error ?? '无结果')}`,
        );
      }
    });
    // More bulks follow: keep the new revisions (the last bulk's are saved with the sync's end).
    if (n + 1 < bulks.length) await saved();
  }
  return { pushed, stale: [...new Set(stale)] };
}
