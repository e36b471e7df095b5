// The backup ring: take a backup of the committed shards, list them, check copies, prune old ones.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../clock';
import type { CollectionName } from '../model/collections';
import type { Migration } from '../model/migrations';
import { toManifestFile } from './commit-writer';
import { digestOf, sameDigest, type FileDigest } from './digest';
import { errorCode, syncDir, writeDurable } from './durable-file';
import {
  BACKUPS_DIR,
  MANIFEST_FILE,
  SHARDS_DIR,
  compactTimestamp,
  isoFromCompact,
  type Manifest,
} from './layout';
import { countsOf, emptyCollections, inPool, loadFolder, recordedDigests } from './load';
import type { BackupInfo } from './types';

/** How many backups are kept unless the workspace says otherwise (meta.backupKeep). */
export const BACKUP_RING_SIZE = 10;
const BACKUP_NAME_RE = /^(\d{8,})-(\d{8}T\d{9}Z)-([a-z0-9-]{1,40})$/;
const TEMP_PREFIX = '.tmp-';

interface BackupName {
  id: string;
  seq: number;
  createdAt: string;
  reason: string;
}

export function parseBackupName(id: string): BackupName | null {
  const m = BACKUP_NAME_RE.exec(id);
  const createdAt = m?.[2] ? isoFromCompact(m[2]) : null;
  if (!m?.[1] || !m[3] || createdAt === null) return null;
  return { id, seq: Number(m[1]), createdAt, reason: m[3] };
}

function sanitizeReason(reason: string): string {
  const clean = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return clean || 'manual';
}

function newestFirst(a: BackupName, b: BackupName): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.seq !== b.seq) return b.seq - a.seq;
  return a.id < b.id ? 1 : -1;
}

async function backupNames(dir: string): Promise<BackupName[]> {
  let entries: string[];
  try {
    entries = await readdir(join(dir, BACKUPS_DIR));
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return [];
    throw e;
  }
  return entries
    .map(parseBackupName)
    .filter((b): b is BackupName => b !== null)
    .sort(newestFirst);
}

/**
 * An independent copy of a file: a copy-on-write clone where the file system offers one (btrfs,
 * XFS, APFS, ReFS), a real copy otherwise. Never a hard link: a live file damaged in place (a
 * sync tool, an antivirus, a bad disk) must not damage its backup too.
 */
export async function independentCopy(from: string, to: string): Promise<void> {
  await copyFile(from, to, constants.COPYFILE_FICLONE);
}

/** Files copied or linked at once: each is a few waits on the disk, not worth a turn each. */
const COPY_CONCURRENCY = 8;

/** A backup taken before, whose files a new one may share (see copyShards). */
export interface EarlierBackup {
  dir: string;
  /** What its manifest and pages record for its files. */
  digests: ReadonlyMap<string, FileDigest>;
}

/** Links `to` to `from`'s content; false where the file system has no hard links (FAT, exFAT). */
async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies each shard and page of `manifest` from `fromDir` to `toDir` and checks the copy's bytes
 * against the digest the manifest records (a live shard damaged since its commit is not backed up
 * as if it were good). Returns the digest of every copied file.
 *
 * A file that `earlier` (a backup) holds with the same recorded digest is linked from there
 * instead: files are never changed once written, so an edit leaves all but a few of them as the
 * last backup has them, and a backup of 100,000 folios (280 MB) links them rather than copying
 * and hashing them all again. Backups share those files with each other, never with the live
 * folder: a live file damaged in place still leaves every backup whole.
 */
export async function copyShards(
  fromDir: string,
  toDir: string,
  manifest: Manifest,
  earlier?: EarlierBackup,
): Promise<Map<string, FileDigest>> {
  await mkdir(join(toDir, SHARDS_DIR), { recursive: true });
  const files = [...manifest.shards.values(), ...Object.values(manifest.pages)];
  const copied = await inPool(files, COPY_CONCURRENCY, async (file) => {
    const recorded = manifest.digests.get(file);
    const kept = earlier?.digests.get(file);
    if (earlier && recorded && kept && sameDigest(recorded, kept)) {
      if (await linked(join(earlier.dir, file), join(toDir, file))) return recorded;
    }
    await independentCopy(join(fromDir, file), join(toDir, file));
    const digest = digestOf(await readFile(join(toDir, file)));
    if (recorded && !sameDigest(recorded, digest)) {
      throw new Error(`分片文件 ${file} 在保存之后被改动过，无法据此备份。`);
    }
    return digest;
  });
  await syncDir(join(toDir, SHARDS_DIR));
  return new Map(files.map((file, i) => [file, copied[i] as FileDigest]));
}

/** The newest backup, with what it records, for a new one to share its files; null if none reads. */
async function newestBackup(
  dir: string,
  names: readonly BackupName[],
): Promise<EarlierBackup | null> {
  const newest = names[0];
  if (!newest) return null;
  const backup = join(dir, BACKUPS_DIR, newest.id);
  const digests = await recordedDigests(backup);
  return digests ? { dir: backup, digests } : null;
}

/** The state a backup holds: the manifest as committed (with its digests) and its counts. */
export interface BackupSource {
  manifest: Manifest;
  counts: Record<CollectionName, number>;
  /**
   * Copy the manifest file as it is on disk instead of writing `manifest` (before a migration,
   * whose in-memory meta is already migrated while the files are not).
   */
  verbatim?: boolean;
}

/**
 * Snapshots the committed state into `backups/<seq>-<time>-<reason>/`: copies of the shards,
 * each verified against its digest (or linked from the newest backup, which has them already:
 * see copyShards), and a manifest recording those digests. Built under
 * a temp name and renamed into place, so a half-made backup is never listed. The caller holds
 * the lock and must not commit meanwhile.
 */
export async function takeBackup(
  dir: string,
  reason: string,
  clock: Clock,
  source: BackupSource,
  /** How many to keep afterwards; null while the caller still needs an older one (a restore). */
  keep: number | null = source.manifest.meta.backupKeep ?? BACKUP_RING_SIZE,
): Promise<BackupInfo> {
  const { manifest, counts } = source;
  const backupsDir = join(dir, BACKUPS_DIR);
  const now = clock.now();
  const base = `${String(manifest.seq).padStart(8, '0')}-${compactTimestamp(now)}-${sanitizeReason(reason)}`;
  const names = await backupNames(dir);
  const existing = new Set(names.map((b) => b.id));
  let id = base;
  for (let n = 2; existing.has(id); n++) id = `${base}-${n}`;

  const temp = join(backupsDir, `${TEMP_PREFIX}${id}-${randomBytes(4).toString('hex')}`);
  await mkdir(temp, { recursive: true });
  let bytes: number;
  try {
    const digests = await copyShards(
      dir,
      temp,
      manifest,
      (await newestBackup(dir, names)) ?? undefined,
    );
    const text = source.verbatim
      ? await readFile(join(dir, MANIFEST_FILE), 'utf8')
      : JSON.stringify(toManifestFile({ ...manifest, digests }));
    await writeDurable(join(temp, MANIFEST_FILE), text);
    await rename(temp, join(backupsDir, id));
    await syncDir(backupsDir);
    bytes = [...digests.values()].reduce((n, d) => n + d.bytes, 0);
  } catch (e) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
  if (keep !== null) await pruneBackups(dir, keep);
  const info = parseBackupName(id);
  return {
    id,
    seq: manifest.seq,
    createdAt: info?.createdAt ?? now.toISOString(),
    reason: info?.reason ?? reason,
    valid: true,
    bytes,
    counts,
  };
}

/** Keeps the newest `keep` backups and drops half-made ones left by a crash. */
export async function pruneBackups(dir: string, keep = BACKUP_RING_SIZE): Promise<void> {
  const backupsDir = join(dir, BACKUPS_DIR);
  const names = await backupNames(dir);
  const doomed = names.slice(keep).map((b) => b.id);
  const entries = await readdir(backupsDir).catch(() => [] as string[]);
  doomed.push(...entries.filter((e) => e.startsWith(TEMP_PREFIX)));
  await Promise.all(doomed.map((d) => rm(join(backupsDir, d), { recursive: true, force: true })));
}

/**
 * Every backup, newest first, each loaded and validated like a data folder (shard bytes checked
 * against the digests its manifest records). Writes nothing.
 */
export async function listBackups(
  dir: string,
  options: { migrations?: readonly Migration[] } = {},
): Promise<BackupInfo[]> {
  const names = await backupNames(dir);
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const loaded = await loadFolder(join(dir, BACKUPS_DIR, name.id), options).catch(() => null);
    const state = loaded?.ok ? loaded.state : null;
    const shardBytes = state
      ? [...state.manifest.digests.values()].reduce((n, d) => n + d.bytes, 0)
      : 0;
    infos.push({
      id: name.id,
      seq: name.seq,
      createdAt: name.createdAt,
      reason: name.reason,
      valid: state !== null,
      bytes: shardBytes,
      counts: countsOf(state ? state.records : emptyCollections()),
    });
  }
  return infos;
}

export function backupDir(dir: string, id: string): string | null {
  return parseBackupName(id) ? join(dir, BACKUPS_DIR, id) : null;
}
