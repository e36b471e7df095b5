import { access, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Migration } from '../model/migrations';
import { BACKUPS_DIR, MANIFEST_FILE, QUARANTINE_DIR, SHARDS_DIR, compactTimestamp } from './layout';
import { BACKUP_RING_SIZE, backupDir, copyShards, pruneBackups, takeBackup } from './backups';
import { errorCode, syncDir, writeDurable } from './durable-file';
import { countsOf, loadFolder, type LoadedState } from './load';
import { LOCK_FILE, acquireLock } from './lock';
import type { OpenStoreOptions } from './open-store';
import { problemFor } from './problems';
import type { LockHandle, StoreProblem } from './types';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function moveIfPresent(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw e;
  }
}

/** A fresh `quarantine/<time>/` folder; the current files are moved there, never deleted. */
async function makeQuarantineDir(dir: string, when: Date): Promise<string> {
  const base = join(dir, QUARANTINE_DIR, compactTimestamp(when));
  let path = base;
  for (let n = 2; await exists(path); n++) path = `${base}-${n}`;
  await mkdir(path, { recursive: true });
  return path;
}

export type BackupCheck =
  | { ok: true; source: string; state: LoadedState }
  | { ok: false; kind: 'malformed' | 'unknown' | 'damaged'; file: string; message: string };

/**
 * Whether `backupId` names a backup of this folder that loads and validates (every shard's bytes
 * against the digest its manifest records). Reads only; an id that is not of the store's own
 * shape (`../x`, an absolute path) is never joined to a path.
 */
export async function checkBackup(
  dir: string,
  backupId: string,
  migrations?: readonly Migration[],
): Promise<BackupCheck> {
  const source = backupDir(dir, backupId);
  if (source === null) {
    return {
      ok: false,
      kind: 'malformed',
      file: BACKUPS_DIR,
      message: '备份编号无效：请从备份列表中选择一份备份。',
    };
  }
  if (!(await exists(join(source, MANIFEST_FILE)))) {
    return {
      ok: false,
      kind: 'unknown',
      file: `${BACKUPS_DIR}/${backupId}`,
      message: `找不到备份“${backupId}”：请从备份列表中选择一份备份。`,
    };
  }
  const loaded = await loadFolder(source, { migrations });
  if (!loaded.ok) {
    return {
      ok: false,
      kind: 'damaged',
      file: `${BACKUPS_DIR}/${backupId}/${loaded.failure.file}`,
      message: `备份“${backupId}”无法使用：${loaded.failure.message}`,
    };
  }
  return { ok: true, source, state: loaded.state };
}

/**
 * The file work of a restore: the current manifest and shards move to quarantine, independent
 * copies of the backup's shards (checked against its digests) and its manifest take their place.
 * With `held`, the caller's lock is used (and kept); the current state was backed up by the
 * caller. Returns a problem if it could not start; null when done.
 */
export async function restoreFiles(
  dir: string,
  backupId: string,
  options: OpenStoreOptions,
  held?: LockHandle,
): Promise<{ ok: false; problem: StoreProblem } | null> {
  const check = await checkBackup(dir, backupId, options.migrations);
  if (!check.ok) {
    const kind = check.kind === 'damaged' ? 'corrupt' : 'missing';
    return problemFor(dir, { kind, file: check.file, message: check.message }, options.migrations);
  }
  const locked = held ? { ok: true as const, lock: held } : await acquireLock(dir, options.clock);
  if (!locked.ok)
    return problemFor(
      dir,
      { kind: 'locked', file: LOCK_FILE, message: locked.message },
      options.migrations,
    );
  try {
    if (!held && (await exists(join(dir, MANIFEST_FILE)))) {
      const current = await loadFolder(dir, { migrations: options.migrations });
      if (current.ok) {
        const { records, manifest } = current.state;
        await takeBackup(
          dir,
          'before-restore',
          options.clock,
          {
            manifest,
            counts: countsOf(records),
            verbatim: current.state.migratedFrom !== null,
          },
          null,
        );
      }
    }

    const quarantine = await makeQuarantineDir(dir, options.clock.now());
    await moveIfPresent(join(dir, MANIFEST_FILE), join(quarantine, MANIFEST_FILE));
    await moveIfPresent(join(dir, SHARDS_DIR), join(quarantine, SHARDS_DIR));
    await syncDir(dir);

    // Shards first, manifest last: a crash in between leaves 'missing', and restoring again works.
    const manifestText = await readFile(join(check.source, MANIFEST_FILE), 'utf8');
    await copyShards(check.source, dir, check.state.manifest);
    await writeDurable(join(dir, MANIFEST_FILE), manifestText);
    await pruneBackups(dir, check.state.manifest.meta.backupKeep ?? BACKUP_RING_SIZE);
  } finally {
    if (!held) await locked.lock.release();
  }
  return null;
}
