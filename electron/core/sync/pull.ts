/** Team sync, incoming: documents checked and bounded, then merged into the store like an import. */
import { createHash } from 'node:crypto';
import { DossierError } from '../api/errors';
import { changeOf, type ApplyContext } from '../exchange/merge/apply';
import { planMerge, type MergePlan } from '../exchange/merge/plan';
import { checkPayload, type CheckedPayload } from '../exchange/merge/validate';
import type { ExchangeCollection, ExchangePayload, Tombstone } from '../exchange/types';
import { SCHEMA_VERSION } from '../model/collections';
import { TRASHABLE } from '../model/trash';
import { newestStamp } from '../services/exchange/merge-staged';
import type { Session } from '../services/session';
import { hasAttachment, putAttachment } from '../store/attachments';
import { SyncError } from './http';
import { expectedDocId, incomingDocSchema, recordDocId, type IncomingDoc } from './mapping';
import type { Remote } from './remote';

/** How history entries taken in from the group are marked. */
export const SYNC_VIA = '来自 专班协同';

/** The largest document taken in (a folio with a long history is well under this). */
export const MAX_DOC_BYTES = 4 * 1024 * 1024;

/**
 * A document from the server, checked: its size, its shape, and that its id is the one its
 * content calls for. Fails naming the document.
 */
export function checkDoc(raw: unknown, maxBytes = MAX_DOC_BYTES): IncomingDoc {
  const id = typeof raw === 'object' && raw !== null ? String((raw as { _id?: unknown })._id) : '?';
  const name = id.slice(0, 80);
  if (Buffer.byteLength(JSON.stringify(raw) ?? '', 'utf8') > maxBytes) {
    throw new SyncError('too_large', `文档 ${name} 超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);
  }
  const parsed = incomingDocSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncError(
      'invalid_data',
      `文档 ${name} 的 ${issue?.path.join('.') || '格式'}：${issue?.message ?? '无效'}`,
    );
  }
  if (expectedDocId(parsed.data) !== parsed.data._id) {
    throw new SyncError('invalid_data', `文档 ${name} 的编号与其内容不符`);
  }
  return parsed.data;
}

/** The records and deletions of some documents, as an exchange payload (not yet checked). */
export function payloadOfDocs(docs: readonly IncomingDoc[], workspaceId: string): ExchangePayload {
  const records = Object.fromEntries(TRASHABLE.map((c) => [c, [] as unknown[]])) as Record<
    ExchangeCollection,
    unknown[]
  >;
  const tombstones: Tombstone[] = [];
  for (const doc of docs) {
    if (doc.type === 'record') records[doc.collection].push(doc.record);
    else if (doc.type === 'tombstone') tombstones.push(doc.tombstone as Tombstone);
  }
  return { schemaVersion: SCHEMA_VERSION, workspaceId, records, tombstones };
}

/** The payload checked against our record schemas; a failure names the first records. */
export function checkSynced(payload: ExchangePayload): CheckedPayload {
  try {
    return checkPayload(payload);
  } catch (e) {
    if (e instanceof DossierError) throw new SyncError('invalid_data', e.message);
    throw e;
  }
}

/**
 * Fetches the attachment files the payload's folios refer to and the store lacks, each checked
 * against its SHA-256 before it is stored (content-addressed: a file nobody uses is harmless).
 */
export async function fetchFiles(session: Session, remote: Remote, payload: CheckedPayload) {
  const dir = session.store().dir;
  for (const folio of payload.records.folios) {
    for (const ref of folio.attachments) {
      if (await hasAttachment(dir, ref.sha256)) continue;
      const bytes = await remote.file(ref.sha256);
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== ref.sha256) {
        throw new SyncError('invalid_data', `附件“${ref.name}”的内容与其摘要不符`);
      }
      await putAttachment(dir, bytes);
    }
  }
}

export interface Applied {
  /** Records written (added, updated, deleted). */
  written: number;
  /** docIds whose merge waits for the officer, with the server's record. */
  waiting: { docId: string; collection: ExchangeCollection; record: Record<string, unknown> }[];
}

function waitingOf(plan: MergePlan): Applied['waiting'] {
  return plan.records
    .filter((r) => r.outcome === 'conflict' && r.theirs)
    .map((r) => ({
      docId: recordDocId(r.collection, r.id),
      collection: r.collection,
      record: r.theirs as unknown as Record<string, unknown>,
    }));
}

/**
 * Merges a checked payload into the store in one commit, inside the writers' lock: what changed
 * on one side is taken, what changed on both waits for the officer (left out of the commit).
 */
export function applySynced(
  session: Session,
  payload: CheckedPayload,
  label: string,
): Promise<Applied> {
  return session.exclusive(async () => {
    const store = session.store();
    const newest = newestStamp(payload);
    if (newest) session.hlc().recv(newest);
    const fresh = session.editStamp();
    const ctx: ApplyContext = {
      fresh: () => fresh,
      via: SYNC_VIA,
      now: session.clock.now().toISOString(),
      newId: session.ids,
      workspaceId: store.meta.id,
      operator: session.operator(),
    };
    const plan = planMerge(store, payload, ctx);
    const ready = plan.records.filter((r) => r.outcome !== 'conflict');
    const change = changeOf(store, { ...plan, records: ready }, [], undefined, ctx);
    for (const folio of change.put?.folios ?? []) {
      for (const ref of folio.attachments) {
        if (!(await hasAttachment(store.dir, ref.sha256))) {
          throw new SyncError('invalid_data', `缺少项目“${folio.name}”的附件“${ref.name}”`);
        }
      }
    }
    const written = ready.filter((r) => r.write).length;
    if (written > 0) await session.commit(change, label, { stamped: true });
    return { written, waiting: waitingOf(plan) };
  });
}
