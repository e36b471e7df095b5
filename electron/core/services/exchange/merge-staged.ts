/** 导入卷宗: previewing a staged bundle against the workspace, and applying it. */
import { DossierError } from '../../api/errors';
import type { ParsedInputOf } from '../../api/contract';
import type { ExchangeApplyResult, ExchangePreview } from '../../api/exchange-views';
import { nodeOf, stampNode, stampTime } from '../../exchange/hlc';
import { changeOf } from '../../exchange/merge/apply';
import { viaText } from '../../exchange/merge/history';
import { planMerge, type MergeContext, type MergePlan } from '../../exchange/merge/plan';
import { countsOf, previewOf } from '../../exchange/merge/preview';
import { checkPayload, type CheckedPayload } from '../../exchange/merge/validate';
import { maxStamp } from '../../exchange/stamps';
import type { ExchangeCollection, StagedBundle } from '../../exchange/types';
import type { RecordOf } from '../../model/collections';
import { hasAttachment, putAttachment } from '../../store/attachments';
import type { ChangeSet } from '../../store/types';
import type { Session } from '../session';
import type { StagingArea } from './staging';

/**
 * Our record when the payload's copy is the very same version (equal stamps, equal history): it is never written, so its content need not pass the schemas again.
 */
function knownIn(session: Session) {
  const store = session.store();
  return (collection: ExchangeCollection, raw: unknown): RecordOf<ExchangeCollection> | null => {
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as { id?: unknown; stamps?: unknown; history?: unknown };
    if (typeof r.id !== 'string' || r.stamps === undefined) return null;
    const ours = store.get(collection, r.id);
    if (!ours?.stamps || JSON.stringify(ours.stamps) !== JSON.stringify(r.stamps)) return null;
    const history = 'history' in ours ? JSON.stringify(ours.history) : undefined;
    const theirs = r.history === undefined ? undefined : JSON.stringify(r.history);
    return history === theirs ? ours : null;
  };
}

function staged(staging: StagingArea, id: string): StagedBundle {
  const bundle = staging.get(id);
  if (!bundle) throw new DossierError('not_found', '找不到待导入的卷宗，请重新选择卷宗文件。');
  return bundle;
}

const senderOf = (b: StagedBundle) => b.manifest.sender || b.manifest.workspaceName || '同事';

/** The newest stamp a payload carries (what our clock moves past). */
export function newestStamp(payload: CheckedPayload): string | null {
  const stamps: string[] = payload.tombstones.map((t) => t.stamp);
  for (const records of Object.values(payload.records)) {
    for (const r of records) {
      const newest = r.stamps ? maxStamp(Object.values(r.stamps.s)) : null;
      if (newest) stamps.push(newest);
    }
  }
  return maxStamp(stamps);
}

/** Copies in the files the change's folios refer to and the store lacks, from the bundle. */
async function copyAttachments(session: Session, bundle: StagedBundle, change: ChangeSet) {
  const dir = session.store().dir;
  for (const folio of change.put?.folios ?? []) {
    for (const ref of folio.attachments) {
      if (await hasAttachment(dir, ref.sha256)) continue;
      const file = bundle.attachmentFiles.get(ref.sha256);
      if (!file) {
        throw new DossierError(
          'validation',
          `卷宗缺少项目“${folio.name}”的附件“${ref.name}”的文件，未导入任何内容。请对方重新导出（包含附件）。`,
        );
      }
      const stored = await putAttachment(dir, file);
      if (stored.sha256 !== ref.sha256) {
        throw new DossierError(
          'validation',
          `附件“${ref.name}”的内容与卷宗记录的摘要不符，未导入。`,
        );
      }
    }
  }
}

const context = (bundle: StagedBundle, fresh: () => string): MergeContext => ({
  fresh,
  via: viaText(senderOf(bundle)),
});

/** How far apart a change's stamp and its history entry may be to be taken as the same edit. */
const SAME_EDIT_MS = 60_000;

/**
 * The officers behind other desks' stamps (a colleague's edit relayed by the sender, or every
 * edit coming through 专班协同), read off the folio history entry each wrote with its change:
 * the one nearest the stamp's time, a minute apart at most.
 */
function namesFromHistory(plan: MergePlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of plan.records) {
    const history = r.theirs && 'history' in r.theirs ? r.theirs.history : [];
    for (const c of r.conflicts) {
      const node = stampNode(c.theirsStamp);
      const at = Date.parse(stampTime(c.theirsStamp));
      if (out.has(node) || !Number.isFinite(at)) continue;
      let best: { by: string; gap: number } | null = null;
      for (const e of history) {
        const gap = Math.abs(Date.parse(e.at) - at);
        if (e.by && gap <= SAME_EDIT_MS && (!best || gap < best.gap)) best = { by: e.by, gap };
      }
      if (best) out.set(node, best.by);
    }
  }
  return out;
}

/** 导入卷宗, first step: what the staged bundle would do to the workspace; writes nothing. */
export function previewStaged(
  session: Session,
  staging: StagingArea,
  stagedId: string,
): ExchangePreview {
  const bundle = staged(staging, stagedId);
  const payload = checkPayload(bundle.payload, knownIn(session));
  const store = session.store();
  const hlc = session.hlc();
  const provisional = hlc.last();
  const plan = planMerge(
    store,
    payload,
    context(bundle, () => provisional),
  );
  const theirNode = nodeOf(payload.workspaceId);
  const others = namesFromHistory(plan);
  const names = (node: string) =>
    node === hlc.node
      ? session.operator()
      : node === theirNode
        ? senderOf(bundle)
        : (others.get(node) ?? '其他同事');
  return previewOf(
    plan,
    {
      stagedId,
      fileName: bundle.fileName,
      sender: senderOf(bundle),
      workspaceName: bundle.manifest.workspaceName,
      createdAt: bundle.manifest.createdAt,
      ...(bundle.source ? { source: bundle.source } : {}),
    },
    names,
    session.operator(),
  );
}

/** 导入卷宗, second step: applies the staged bundle with the officer's choices, in one commit. */
export async function applyStaged(
  session: Session,
  staging: StagingArea,
  { stagedId, choices, prefer }: ParsedInputOf<'exchange.apply'>,
): Promise<ExchangeApplyResult> {
  const bundle = staged(staging, stagedId);
  const payload = checkPayload(bundle.payload, knownIn(session));
  const store = session.store();
  const newest = newestStamp(payload);
  if (newest) session.hlc().recv(newest);
  const fresh = session.editStamp();
  const plan = planMerge(
    store,
    payload,
    context(bundle, () => fresh),
  );
  const change = changeOf(store, plan, choices, prefer, {
    ...context(bundle, () => fresh),
    now: session.clock.now().toISOString(),
    newId: session.ids,
    workspaceId: store.meta.id,
    operator: session.operator(),
  });
  const label = `导入卷宗“${bundle.fileName}”`;
  const summary = countsOf(plan);
  const writes = Object.keys(change.put ?? {}).length + Object.keys(change.delete ?? {}).length;
  if (writes === 0) return { applied: false, label: null, ...summary };
  await copyAttachments(session, bundle, change);
  await session.backupBefore('import');
  await session.commit(change, label, { stamped: true });
  await staging.drop(stagedId);
  return { applied: true, label, ...summary };
}
