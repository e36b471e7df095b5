import { access, link, copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUPS_DIR, MANIFEST_FILE, QUARANTINE_DIR, SHARDS_DIR, compactTimestamp } from './layout';
import { backupDir, pruneBackups, referencedShards, takeBackup } from './backups';
import { errorCode, syncDir, writeDurable } from './durable-file';
import { countsOf, loadFolder } from './load';
import { LOCK_FILE, acquireLock } from './lock';
import type { OpenStoreOptions } from './open-store';
import { problemFor } from './problems';
import type { StoreProblem } from './types';

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

/**
 * The file work of a restore: the current manifest and shards move to quarantine, the backup's
 * manifest and shards take their place. Returns a problem if it could not start; null when done.
 */
export async function restoreFiles(
  dir: string,
  backupId: string,
  options: OpenStoreOptions,
): Promise<{ ok: false; problem: StoreProblem } | null> {
  const source = backupDir(dir, backupId);
  if (source === null || !(await exists(source))) {
    return problemFor(
      dir,
      { kind: 'missing', file: `${BACKUPS_DIR}/${backupId}`, message: `找不到备份“${backupId}”。` },
      options.migrations,
    );
  }
  const locked = await acquireLock(dir, options.clock);
  if (!locked.ok)
    return problemFor(
      dir,
      { kind: 'locked', file: LOCK_FILE, message: locked.message },
      options.migrations,
    );
  try {
    const backup = await loadFolder(source, { migrations: options.migrations });
    if (!backup.ok) {
      const file = `${BACKUPS_DIR}/${backupId}/${backup.failure.file}`;
      return await problemFor(
        dir,
        { kind: 'corrupt', file, message: `备份“${backupId}”无法使用：${backup.failure.message}` },
        options.migrations,
      );
    }

    const current = (await exists(join(dir, MANIFEST_FILE)))
      ? await loadFolder(dir, { migrations: options.migrations })
      : null;
    if (current?.ok) {
      const { records, manifest } = current.state;
      await takeBackup(
        dir,
        'before-restore',
        options.clock,
        countsOf(records),
        manifest.seq,
        false,
      );
    }

    const quarantine = await makeQuarantineDir(dir, options.clock.now());
    await moveIfPresent(join(dir, MANIFEST_FILE), join(quarantine, MANIFEST_FILE));
    await moveIfPresent(join(dir, SHARDS_DIR), join(quarantine, SHARDS_DIR));
    await syncDir(dir);

    // Shards first, manifest last: a crash in between leaves 'missing', and restoring again works.
    const manifestText = await readFile(join(source, MANIFEST_FILE), 'utf8');
    await mkdir(join(dir, SHARDS_DIR), { recursive: true });
    for (const file of referencedShards(manifestText)) {
      await link(join(source, file), join(dir, file)).catch(() =>
        copyFile(join(source, file), join(dir, file)),
      );
    }
    await syncDir(join(dir, SHARDS_DIR));
    await writeDurable(join(dir, MANIFEST_FILE), manifestText);
    await pruneBackups(dir);
  } finally {
    await locked.lock.release();
  }
  return null;
}
