/** 设置 → 协同 and the header's status: team sync's settings, runs and waiting conflicts. */
import { AsyncResource } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../exchange/types';
import { SCHEMA_VERSION } from '../../model/collections';
import { checkpointOf, pendingPayload, syncGroup } from '../../sync/client';
import { LiveSync } from '../../sync/live';
import { credentialKey, memoryVault, type CredentialVault } from '../../sync/credentials';
import { checkServerUrl, DEFAULT_LIMITS, SyncError, type FetchLimits } from '../../sync/http';
import { databaseOf } from '../../sync/mapping';
import { openRemote } from '../../sync/remote';
import { loadSettings, saveSettings } from '../../sync/settings';
import { ChangedRecords } from '../../sync/changed';
import type { SyncSettingsView, SyncStatus } from '../../api/sync-views';
import type { StagingArea } from '../exchange/staging';
import type { Session } from '../session';

export interface SyncDeps {
  /** Where the password is kept (desktop: safeStorage); in memory when not given. */
  vault?: CredentialVault;
  limits?: FetchLimits;
  /** Sync continuously while the app is open (the desktop app), not only on 立即同步. */
  live?: boolean;
}

const OFFLINE = new Set(['unreachable', 'timeout']);

/** A group's database on the server. */
function remoteOf(
  s: { url: string; username: string },
  password: string,
  groupId: string,
  limits: FetchLimits,
  signal?: AbortSignal,
) {
  return openRemote({
    url: checkServerUrl(s.url),
    database: databaseOf(groupId),
    username: s.username,
    password,
    limits,
    signal,
  });
}

/** Team sync's methods, the state the header shows between calls, and `close` for the app's end. */
export function syncHandlers(session: Session, staging: StagingArea, deps: SyncDeps = {}) {
  const vault = deps.vault ?? memoryVault();
  const changed = new ChangedRecords(session);
  let status: SyncStatus = {
    state: 'off',
    conflicts: 0,
    lastSync: null,
    received: 0,
    message: null,
    reason: null,
  };
  let running: Promise<SyncStatus> | null = null;

  const view = async (): Promise<SyncSettingsView> => {
    const s = await loadSettings(session.dataDir);
    const secret = s.url && s.username ? await vault.read(credentialKey(s.url, s.username)) : null;
    return { ...s, hasPassword: secret !== null };
  };

  async function run(): Promise<SyncStatus> {
    const s = await loadSettings(session.dataDir);
    if (!s.enabled || !s.url) return (status = { ...status, state: 'off', message: null });
    const password = await vault.read(credentialKey(s.url, s.username));
    if (password === null) throw new SyncError('auth', '尚未保存密码');
    const limits = deps.limits ?? DEFAULT_LIMITS;
    status = { ...status, state: 'syncing', received: 0 };
    let conflicts = 0;
    let received = 0;
    const pushed: (number | null)[] = [];
    try {
      for (const groupId of s.groups) {
        if (!session.store().get('groups', groupId)) continue;
        const remote = remoteOf(s, password, groupId, limits);
        const outcome = await syncGroup({ session, remote, groupId, changed });
        conflicts += outcome.conflicts;
        received += outcome.written;
        pushed.push(outcome.pushedSeq);
      }
      // What every chosen group has is no longer needed for the next push.
      if (pushed.every((p) => p !== null) && pushed.length > 0) {
        await changed.forget(Math.min(...(pushed as number[])));
      }
      await changed.save();
      status = {
        state: conflicts > 0 ? 'conflicts' : 'synced',
        conflicts,
        lastSync: session.clock.now().toISOString(),
        received,
        message: null,
        reason: null,
      };
    } catch (e) {
      const reason = e instanceof SyncError ? e.reason : null;
      status = {
        ...status,
        // Pages committed before the failure are in the store: the views read them again.
        received,
        state: reason && OFFLINE.has(reason) ? 'offline' : 'error',
        message: e instanceof DossierError ? e.message : '同步失败（程序内部错误），请查看日志。',
        reason,
      };
    }
    return status;
  }

  const shared = () => (running ??= run().finally(() => (running = null)));

  /** Waits for a change on the server in any chosen group (a longpoll of each at once). */
  async function waitRemote(signal: AbortSignal): Promise<boolean> {
    const s = await loadSettings(session.dataDir);
    const password = await vault.read(credentialKey(s.url, s.username));
    const limits = deps.limits ?? DEFAULT_LIMITS;
    const waitMs = Math.max(1_000, Math.min(25_000, limits.timeoutMs / 2));
    const groups = s.groups.filter((id) => session.store().get('groups', id));
    if (!s.enabled || password === null || groups.length === 0) return false;
    const waits = groups.map(async (groupId) => {
      const remote = remoteOf(s, password, groupId, limits, signal);
      return remote.waitChanges(await checkpointOf(session, groupId), waitMs);
    });
    return (await Promise.all(waits)).some(Boolean);
  }

  let live: LiveSync | null = null;
  // The loop runs in this scope, never inside the writer's section of the call that restarts it.
  const outside = new AsyncResource('dossier-sync-live');
  /** (Re)starts the continuous sync with the saved settings, or stops it when sync is off. */
  async function restart() {
    await live?.stop();
    live = null;
    if (!deps.live || !(await loadSettings(session.dataDir)).enabled) return;
    live = outside.runInAsyncScope(
      () => new LiveSync({ run: shared, waitRemote, onLocal: (l) => session.onChange(l) }),
    );
  }
  let restarted = Promise.resolve();
  const restartLive = () => (restarted = restarted.then(restart).catch(() => undefined));
  void restartLive();

  const handlers: HandlerSet = {
    'sync.settings.get': () => view(),

    'sync.settings.set': async ({ enabled, url, username, password, groups }) => {
      const checked = url === '' ? '' : checkServerUrl(url);
      if (enabled && (checked === '' || username === '')) {
        throw new DossierError('validation', '开启协同需要填写服务器地址和用户名。', [
          { path: checked === '' ? 'url' : 'username', message: '请填写' },
        ]);
      }
      const unknown = groups.filter((id) => !session.store().get('groups', id));
      if (unknown.length > 0) {
        throw new DossierError('validation', '所选专班不存在，请重新选择。', [
          { path: 'groups', message: '专班不存在' },
        ]);
      }
      if (password !== undefined && checked && username) {
        await vault.write(credentialKey(checked, username), password === '' ? null : password);
      }
      await saveSettings(session.dataDir, { enabled, url: checked, username, groups });
      if (!enabled) status = { ...status, state: 'off', message: null, reason: null };
      void restartLive();
      return view();
    },

    'sync.status': async () => status,

    'sync.now': () => shared(),

    'sync.conflicts': async () => {
      const s = await loadSettings(session.dataDir);
      const payloads = await Promise.all(s.groups.map((g) => pendingPayload(session, g)));
      const records = Object.fromEntries(
        Object.keys(payloads[0]?.records ?? {}).map((c) => [
          c,
          payloads.flatMap((p) => p.records[c as keyof typeof p.records]),
        ]),
      );
      const count = Object.values(records).reduce((n, list) => n + list.length, 0);
      if (count === 0) return { stagedId: null };
      const groups = s.groups
        .filter((_, i) => Object.values(payloads[i]?.records ?? {}).some((l) => l.length > 0))
        .map((g) => session.store().get('groups', g)?.name ?? g);
      const id = randomBytes(12).toString('hex');
      staging.put(
        {
          id,
          fileName: '专班协同',
          manifest: {
            format: BUNDLE_FORMAT,
            formatVersion: BUNDLE_FORMAT_VERSION,
            appVersion: '',
            schemaVersion: SCHEMA_VERSION,
            workspaceId: session.store().meta.id,
            workspaceName: groups.map((name) => `“${name}”`).join('、'),
            sender: '专班协同',
            createdAt: session.clock.now().toISOString(),
            scope: { kind: 'all' },
            counts: {},
            entries: [],
            attachments: [],
          },
          payload: { ...payloads[0], records, tombstones: [] },
          attachmentFiles: new Map(),
          source: 'sync',
        },
        join(staging.root, id),
      );
      return { stagedId: id };
    },
  };
  const close = async () => {
    await restarted;
    await live?.stop();
    live = null;
    await running?.catch(() => undefined);
    changed.stop();
    // Only a desk that syncs keeps the record (so the next start can continue it).
    if ((await loadSettings(session.dataDir).catch(() => null))?.enabled) await changed.save();
  };
  return { handlers, close };
}
