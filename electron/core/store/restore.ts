// Restoring a backup: checks it loads, quarantines the broken files, rewrites all buckets in one commit.
import { access, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Migration } from '../model/migrations';
import {
  BACKUPS_DIR,
  MANIFEST_FILE,
  QUARANTINE_DIR,
  SHARDS_DIR,
  PAGE_PATH_RE,
  SHARD_PATH_RE,
  compactTimestamp,
  type Manifest,
} from './layout';
import { allBuckets, writeCommit } from './commit-writer';
import { layoutBySize } from './sizing';
import { BACKUP_RING_SIZE, backupDir, independentCopy, pruneBackups, takeBackup } from './backups';
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

/** The highest commit seq among the files in `shards/`, so a new commit's names are all new. */
async function highestShardSeq(dir: string): Promise<number> {
  const names = await readdir(join(dir, SHARDS_DIR)).catch(() => [] as string[]);
  let highest = 0;
  for (const name of names) {
    const path = `${SHARDS_DIR}/${name}`;
    const m = SHARD_PATH_RE.exec(path) ?? PAGE_PATH_RE.exec(path);
    if (m?.[3]) highest = Math.max(highest, Number(m[3]));
  }
  return highest;
}

/** Copies the manifest and shards that failed to open into `quarantine/<time>/`. */
async function quarantineCopy(dir: string, when: Date): Promise<void> {
  const quarantine = await makeQuarantineDir(dir, when);
  await copyIfPresent(join(dir, MANIFEST_FILE), join(quarantine, MANIFEST_FILE));
  const shards = await readdir(join(dir, SHARDS_DIR)).catch(() => [] as string[]);
  if (shards.length > 0) await mkdir(join(quarantine, SHARDS_DIR));
  for (const name of shards)
    await copyIfPresent(join(dir, SHARDS_DIR, name), join(quarantine, SHARDS_DIR, name));
  await syncDir(quarantine);
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  try {
    await independentCopy(from, to);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw e;
  }
}

/** A fresh `quarantine/<time>/` folder; the files that did not open are kept there. */
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
 * The file work of a restore: the backup's records (checked against its digests on load) are
 * written as one new commit over the current state; files that did not open are first copied
 * to quarantine.
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
    const current = (await exists(join(dir, MANIFEST_FILE)))
      ? await loadFolder(dir, { migrations: options.migrations })
      : null;
    if (current?.ok && !held) {
      const { records, manifest } = current.state;
      await takeBackup(
        dir,
        'before-restore',
        options.clock,
        { manifest, counts: countsOf(records), verbatim: current.state.migratedFrom !== null },
        null,
      );
    }
    // Files that did not open are kept as they are, in quarantine, before anything replaces them.
    if (!current?.ok) await quarantineCopy(dir, options.clock.now());

    // The restore is one commit: every bucket rewritten from the backup's records under a new
    // seq, then the manifest renamed into place. A crash leaves the state before or after it.
    const backup = check.state;
    const seq = Math.max(
      backup.manifest.seq,
      current?.ok ? current.state.manifest.seq : 0,
      await highestShardSeq(dir),
    );
    const prev: Manifest = current?.ok
      ? { ...current.state.manifest, seq }
      : { ...backup.manifest, seq, shards: new Map(), pages: {}, digests: new Map() };
    const layout = layoutBySize(backup.manifest, backup.records);
    await writeCommit({
      dir,
      prev,
      buckets: allBuckets(backup.records, layout),
      layout,
      meta: backup.manifest.meta,
      write: options.write ?? writeDurable,
      replaceAll: true,
    });
    await pruneBackups(dir, backup.manifest.meta.backupKeep ?? BACKUP_RING_SIZE);
  } finally {
    if (!held) await locked.lock.release();
  }
  return null;
}
