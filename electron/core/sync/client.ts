/** Team sync of one working group: pull from the checkpoint, merge, push, until both agree. */
import type { ChangeRow } from 'pouchdb-core';
import type { ExchangeCollection } from '../exchange/types';
import type { Session } from '../services/session';
import { SyncError } from './http';
import { databaseOf, recordVersion, tombstoneVersion, type IncomingDoc } from './mapping';
import {
  applySynced,
  checkDoc,
  checkSynced,
  fetchFiles,
  payloadOfDocs,
  MAX_DOC_BYTES,
  type Applied,
} from './pull';
import { outgoing, pushDocs } from './push';
import type { Remote } from './remote';
import { loadState, saveState, type SyncState } from './state';
import type { ChangedRecords } from './changed';
import type { RecordOf } from '../model/collections';
import type { Tombstone } from '../exchange/types';

export interface SyncOptions {
  session: Session;
  remote: Remote;
  groupId: string;
  /** Changes read per request (and merged per commit). */
  batch?: number;
  maxDocBytes?: number;
  /** Pull-push rounds at most (a busy group may change between our pull and our push). */
  maxRounds?: number;
  /** Requests for `_changes` at most in one sync (a feed that never ends stops here). */
  maxPages?: number;
  /** The records changed since each push (without it, every push compares every record). */
  changed?: ChangedRecords;
}

export interface SyncOutcome {
  database: string;
  pulled: number;
  written: number;
  pushed: number;
  /** Records whose merge waits for the officer. */
  conflicts: number;
  checkpoint: string;
  /** Records and deletions compared with the server's copy to see whether to push them. */
  compared: number;
  /** The commit up to which every change is on the server (SyncState.pushedSeq). */
  pushedSeq: number | null;
}

interface Ctx {
  o: Required<Omit<SyncOptions, 'session' | 'remote' | 'groupId' | 'changed'>> & SyncOptions;
  state: SyncState;
  database: string;
  save: () => Promise<void>;
  out: SyncOutcome;
}

/** Notes what the server holds of each document; the records among them merged after. */
function noteRemote(ctx: Ctx, doc: IncomingDoc) {
  const version =
    doc.type === 'record'
      ? recordVersion(doc.record as unknown as RecordOf<ExchangeCollection>)
      : doc.type === 'tombstone'
        ? tombstoneVersion(doc.tombstone as Tombstone)
        : '';
  ctx.state.remote[doc._id] = { rev: doc._rev, version };
}

/** Merges checked documents into the store (one commit) and notes what waits. */
async function merge(ctx: Ctx, docs: IncomingDoc[], label: string): Promise<Applied> {
  const { session, remote } = ctx.o;
  const payload = checkSynced(payloadOfDocs(docs, session.store().meta.id));
  await fetchFiles(session, remote, payload);
  const applied = await applySynced(session, payload, label);
  const waiting = new Set(applied.waiting.map((w) => w.docId));
  const settled = new Set(docs.filter((d) => !waiting.has(d._id)).map((d) => d._id));
  ctx.state.pending = Object.fromEntries(
    Object.entries(ctx.state.pending).filter(([id]) => !settled.has(id)),
  );
  for (const w of applied.waiting) {
    ctx.state.pending[w.docId] = { collection: w.collection, record: w.record };
  }
  ctx.out.written += applied.written;
  return applied;
}

/**
 * Whether a changed document is one to read and merge: not a deletion, and not the very
 * revision we wrote or took in already (with no conflicting sibling). Told by the document when
 * the page carries it, else by the row's leaf revisions.
 */
function needsDoc(ctx: Ctx, row: ChangeRow): boolean {
  if (row.deleted) return false;
  const known = ctx.state.remote[row.id]?.rev;
  const doc = row.doc as { _rev?: unknown; _conflicts?: unknown } | undefined;
  if (doc) return Array.isArray(doc._conflicts) || doc._rev === undefined || doc._rev !== known;
  return row.changes.length !== 1 || row.changes[0]?.rev !== known;
}

/** One page of changes: every document checked first, then merged; losers after winners. */
async function takeRows(ctx: Ctx, rows: ChangeRow[], label: string): Promise<void> {
  const docs: IncomingDoc[] = [];
  const losers: { id: string; rev: string }[] = [];
  for (const row of rows) {
    if (row.deleted) {
      const rev = row.changes[0]?.rev;
      if (typeof rev === 'string') ctx.state.remote[row.id] = { rev, version: '', deleted: true };
      continue;
    }
    // The very revision we wrote or took in already: nothing to check or merge.
    if (!needsDoc(ctx, row)) continue;
    const conflicts = (row.doc as { _conflicts?: unknown } | undefined)?._conflicts;
    const doc = checkDoc(row.doc, ctx.o.maxDocBytes);
    docs.push(doc);
    if (Array.isArray(conflicts)) {
      for (const rev of conflicts.slice(0, 50)) losers.push({ id: doc._id, rev: String(rev) });
    }
  }
  const loserDocs: IncomingDoc[] = [];
  for (const l of losers) {
    loserDocs.push(checkDoc(await ctx.o.remote.revision(l.id, l.rev), ctx.o.maxDocBytes));
  }
  ctx.out.pulled += docs.length;
  await merge(ctx, docs, label);
  for (const doc of docs) noteRemote(ctx, doc);
  // Each losing revision is merged like another member's copy, then deleted once written back.
  for (const doc of loserDocs) {
    await merge(ctx, [doc], label);
    ctx.state.losers[doc._id] = [...new Set([...(ctx.state.losers[doc._id] ?? []), doc._rev])];
  }
}

/** A page of changes, each row checked against the size of the page asked for. */
async function changesPage(ctx: Ctx, docs: boolean) {
  const page = await ctx.o.remote.changes(ctx.state.since, ctx.o.batch, docs);
  if (page.rows.length > ctx.o.batch) {
    throw new SyncError('bad_response', '_changes 返回的条目多于所请求的');
  }
  return page;
}

/**
 * Reads and merges every change after the checkpoint. `ours`: the changes are mostly our own
 * writes (just pushed), so each page is first read without its documents, and read again with
 * them only when it holds a revision we do not know.
 */
async function pull(ctx: Ctx, label: string, ours = false): Promise<void> {
  for (let page = 0; ; page++) {
    if (page >= ctx.o.maxPages) {
      throw new SyncError('bad_response', `变更记录超过 ${ctx.o.maxPages} 页仍未结束`);
    }
    let { rows, lastSeq } = await changesPage(ctx, !ours);
    if (ours && rows.some((row) => needsDoc(ctx, row))) {
      ({ rows, lastSeq } = await changesPage(ctx, true));
    }
    if (rows.length === 0) {
      ctx.state.since = lastSeq;
      break;
    }
    await takeRows(ctx, rows, label);
    ctx.state.since = lastSeq;
    ctx.out.checkpoint = lastSeq;
    if (rows.length < ctx.o.batch) break;
    // More pages follow: keep the progress (the last page is saved with the sync's end).
    await ctx.save();
  }
}

/** Re-reads documents the server refused as stale, so the next push writes on their revision. */
async function refetch(ctx: Ctx, ids: string[], label: string): Promise<void> {
  const revs = await ctx.o.remote.revisions(ids);
  const rows: ChangeRow[] = [];
  for (const id of ids) {
    const known = revs.get(id);
    if (!known) continue;
    if (known.deleted) {
      rows.push({ id, seq: 0, deleted: true, changes: [{ rev: known.rev }] });
    } else {
      rows.push({
        id,
        seq: 0,
        changes: [],
        doc: (await ctx.o.remote.revision(id, known.rev)) as never,
      });
    }
  }
  await takeRows(ctx, rows, label);
  await ctx.save();
}

/** Waiting conflicts again: the ones the officer has settled since then are pushed. */
async function recheckPending(ctx: Ctx, label: string): Promise<void> {
  const docs: IncomingDoc[] = [];
  for (const [id, p] of Object.entries(ctx.state.pending)) {
    const rev = ctx.state.remote[id]?.rev;
    if (rev) docs.push(checkDoc({ _id: id, _rev: rev, type: 'record', ...p }, ctx.o.maxDocBytes));
  }
  if (docs.length > 0) await merge(ctx, docs, label);
}

/** Each session's sync states, read once: syncs of a group run one at a time and save it. */
const STATES = new WeakMap<Session, Map<string, SyncState>>();

async function stateOf(session: Session, database: string): Promise<SyncState> {
  let states = STATES.get(session);
  if (!states) STATES.set(session, (states = new Map()));
  let state = states.get(database);
  if (!state) states.set(database, (state = await loadState(session.dataDir, database)));
  return state;
}

/**
 * Syncs one group with its database: pulls every change since the checkpoint (each page
 * checked, then merged in one commit, then the checkpoint saved), pushes what the server
 * lacks, and goes round again when the server moved meanwhile.
 */
export async function syncGroup(options: SyncOptions): Promise<SyncOutcome> {
  const { session, groupId } = options;
  const database = databaseOf(groupId);
  const state = await stateOf(session, database);
  const ctx: Ctx = {
    o: {
      batch: 1000,
      maxDocBytes: MAX_DOC_BYTES,
      maxRounds: 4,
      maxPages: 10_000,
      ...options,
    },
    state,
    database,
    save: () => saveState(session.dataDir, database, state),
    out: {
      database,
      pulled: 0,
      written: 0,
      pushed: 0,
      conflicts: 0,
      compared: 0,
      checkpoint: state.since,
      pushedSeq: state.pushedSeq,
    },
  };
  const group = session.store().get('groups', groupId);
  const label = `同步专班“${group?.name ?? groupId}”`;
  await options.remote.check();
  await recheckPending(ctx, label);
  let stale: string[] = [];
  for (let round = 0; round < ctx.o.maxRounds; round++) {
    if (stale.length > 0) await refetch(ctx, stale, label);
    await pull(ctx, label);
    const seq = options.changed?.seq() ?? null;
    const changed = (await options.changed?.since(state.pushedSeq)) ?? null;
    const { files, docs, compared } = await outgoing(session.store(), groupId, state, changed);
    ctx.out.compared += compared;
    const sent = await pushDocs(options.remote, [...files, ...docs], state, ctx.save);
    ctx.out.pushed += sent.pushed;
    stale = sent.stale;
    if (stale.length === 0) {
      // Every change up to `seq` is on the server now (or waits for the officer, who commits).
      state.pushedSeq = seq;
      // Past our own writes, so the next sync reads only what others wrote.
      if (sent.pushed > 0) await pull(ctx, label, true);
      break;
    }
  }
  state.lastSync = session.clock.now().toISOString();
  await ctx.save();
  ctx.out.conflicts = Object.keys(state.pending).length;
  ctx.out.pushedSeq = state.pushedSeq;
  return ctx.out;
}

/** The server's copies of the records whose merge waits, as a payload for the conflict screen. */
export async function pendingPayload(session: Session, groupId: string) {
  const state = await stateOf(session, databaseOf(groupId));
  const docs = Object.entries(state.pending).map(([id, p]) =>
    checkDoc({ _id: id, _rev: state.remote[id]?.rev ?? '1-0', type: 'record', ...p }),
  );
  return payloadOfDocs(docs, session.store().meta.id);
}

/** The `_changes` sequence a group's database has been read up to (its checkpoint). */
export async function checkpointOf(session: Session, groupId: string): Promise<string> {
  return (await stateOf(session, databaseOf(groupId))).since;
}
