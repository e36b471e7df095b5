/** One group's CouchDB database, reached through PouchDB's HTTP adapter and our bounded fetch. */
import type PouchDB from 'pouchdb-core';
import type { BulkRow, ChangeRow } from 'pouchdb-core';
import { SyncError, boundedFetch, classify, type FetchLimits } from './http';
import { FILE_ATTACHMENT, fileDocId } from './mapping';

let loading: Promise<typeof PouchDB> | null = null;

/** PouchDB with its HTTP adapter, imported the first time a group syncs (~30 MB otherwise idle). */
function loadPouch(): Promise<typeof PouchDB> {
  loading ??= Promise.all([import('pouchdb-core'), import('pouchdb-adapter-http')]).then(
    ([core, http]) => core.default.plugin(http.default),
  );
  return loading;
}

export interface RemoteOptions {
  /** Checked with checkServerUrl. */
  url: string;
  database: string;
  username: string;
  password: string;
  limits: FetchLimits;
  /** Cancels every request in flight. */
  signal?: AbortSignal;
}

export interface ChangesPage {
  rows: ChangeRow[];
  lastSeq: string;
}

/** The calls sync makes on a group's database; each failure is a SyncError. */
export interface Remote {
  /** Whether the database is there and ours to read. */
  check(): Promise<void>;
  /**
   * A page of changes after `since`, with each document's leaf revisions; `docs: false` leaves
   * the documents out (to see which are new to us before reading them).
   */
  changes(since: string, limit: number, docs?: boolean): Promise<ChangesPage>;
  /** A revision of a document (a losing revision of a conflict). */
  revision(id: string, rev: string): Promise<unknown>;
  /** The current revision of each id (deleted ones too); absent ids are left out. */
  revisions(ids: string[]): Promise<Map<string, { rev: string; deleted: boolean }>>;
  bulk(docs: object[]): Promise<BulkRow[]>;
  /** The bytes of a file document's attachment. */
  file(sha256: string): Promise<Uint8Array>;
  /**
   * Waits (a `_changes` longpoll, at most `waitMs`) until the database has a change after
   * `since`; true when it has, false when the wait ended without one.
   */
  waitChanges(since: string, waitMs: number): Promise<boolean>;
}

async function call<T>(work: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof SyncError) throw e;
    const status = (e as { status?: unknown } | null)?.status;
    if (status === 404) throw new SyncError('not_found');
    if (e instanceof SyntaxError) throw new SyncError('bad_response', '不是有效的 JSON');
    if (typeof status === 'number') throw new SyncError('bad_response', `HTTP ${status}`);
    throw classify(e, signal);
  }
}

export function openRemote(options: RemoteOptions): Remote {
  const { signal } = options;
  const fetch = boundedFetch(options.limits, signal);
  let opened: Promise<InstanceType<typeof PouchDB>> | null = null;
  const database = () => {
    opened ??= loadPouch().then(
      (Pouch) =>
        new Pouch(`${options.url}/${encodeURIComponent(options.database)}`, {
          skip_setup: true,
          auth: { username: options.username, password: options.password },
          fetch,
        }),
    );
    return opened;
  };
  return {
    check: () => call(async () => (await database()).info().then(() => undefined), signal),

    changes: (since, limit, docs = true) =>
      call(async () => {
        const res = await (
          await database()
        ).changes({
          since,
          limit,
          batch_size: limit,
          style: 'all_docs',
          ...(docs ? { include_docs: true, conflicts: true } : {}),
        });
        if (!Array.isArray(res.results)) throw new SyncError('bad_response', '_changes 无 results');
        return { rows: res.results, lastSeq: String(res.last_seq) };
      }, signal),

    revision: (id, rev) => call(async () => (await database()).get(id, { rev }), signal),

    revisions: (ids) =>
      call(async () => {
        const out = new Map<string, { rev: string; deleted: boolean }>();
        if (ids.length === 0) return out;
        const res = await (await database()).allDocs({ keys: ids });
        for (const row of res.rows) {
          if (row.value && typeof row.value.rev === 'string') {
            out.set(row.key, { rev: row.value.rev, deleted: row.value.deleted === true });
          }
        }
        return out;
      }, signal),

    bulk: (docs) => call(async () => (await database()).bulkDocs(docs), signal),

    file: (sha256) =>
      call(async () => {
        const path = `${encodeURIComponent(fileDocId(sha256))}/${FILE_ATTACHMENT}`;
        const res = await (
          await database()
        ).fetch(path, {
          headers: new Headers({ Accept: 'application/octet-stream' }),
        });
        if (res.status === 404) throw new SyncError('not_found', `附件 ${sha256.slice(0, 12)}`);
        if (!res.ok) throw new SyncError('bad_response', `HTTP ${res.status}`);
        return new Uint8Array(await res.arrayBuffer());
      }, signal),

    waitChanges: (since, waitMs) =>
      call(async () => {
        const query = new URLSearchParams({
          feed: 'longpoll',
          since,
          limit: '1',
          timeout: String(waitMs),
        });
        const res = await (
          await database()
        ).fetch(`_changes?${query.toString()}`, {
          headers: new Headers({ Accept: 'application/json' }),
        });
        if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
        const body = (await res.json()) as { results?: unknown };
        if (!Array.isArray(body.results))
          throw new SyncError('bad_response', '_changes 无 results');
        return body.results.length > 0;
      }, signal),
  };
}
