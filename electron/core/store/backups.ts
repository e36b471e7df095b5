import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../clock';
import type { CollectionName } from '../model/collections';
import type { Migration } from '../model/migrations';
import { errorCode, syncDir, writeDurable } from './durable-file';
import {
  BACKUPS_DIR,
  MANIFEST_FILE,
  SHARDS_DIR,
  SHARD_PATH_RE,
  compactTimestamp,
  isoFromCompact,
} from './layout';
import { countsOf, emptyCollections, loadFolder } from './load';
import type { BackupInfo } from './types';

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

/** Shard files are never modified once written, so a hard link is a safe, free copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') throw e;
    await copyFile(from, to);
  }
}

/** Shard paths referenced by a manifest text, limited to names the store itself writes. */
export function referencedShards(manifestText: string): string[] {
  const parsed: unknown = JSON.parse(manifestText);
  if (typeof parsed !== 'object' || parsed === null || !('shards' in parsed)) return [];
  const shards = parsed.shards;
  if (typeof shards !== 'object' || shards === null) return [];
  return Object.values(shards).filter(
    (f): f is string => typeof f === 'string' && SHARD_PATH_RE.test(f),
  );
}

/**
 * Snapshots the data folder's current manifest and shards into `backups/<seq>-<time>-<reason>/`.
 * Built under a temp name and renamed into place, so a half-made backup is never listed.
 * The caller holds the lock and must not commit meanwhile.
 */
export async function takeBackup(
  dir: string,
  reason: string,
  clock: Clock,
  counts: Record<CollectionName, number>,
  seq: number,
  /** Off while the caller still needs an older backup that pruning could remove (a restore). */
  prune = true,
): Promise<BackupInfo> {
  const backupsDir = join(dir, BACKUPS_DIR);
  const now = clock.now();
  const base = `${String(seq).padStart(8, '0')}-${compactTimestamp(now)}-${sanitizeReason(reason)}`;
  const existing = new Set((await backupNames(dir)).map((b) => b.id));
  let id = base;
  for (let n = 2; existing.has(id); n++) id = `${base}-${n}`;

  const temp = join(backupsDir, `${TEMP_PREFIX}${id}-${randomBytes(4).toString('hex')}`);
  await mkdir(join(temp, SHARDS_DIR), { recursive: true });
  try {
    const manifestText = await readFile(join(dir, MANIFEST_FILE), 'utf8');
    await Promise.all(
      referencedShards(manifestText).map((f) => linkOrCopy(join(dir, f), join(temp, f))),
    );
    await writeDurable(join(temp, MANIFEST_FILE), manifestText);
    await syncDir(join(temp, SHARDS_DIR));
    await rename(temp, join(backupsDir, id));
    await syncDir(backupsDir);
  } catch (e) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
  if (prune) await pruneBackups(dir);
  const info = parseBackupName(id);
  return {
    id,
    createdAt: info?.createdAt ?? now.toISOString(),
    reason: info?.reason ?? reason,
    valid: true,
    counts,
  };
}

/** Keeps the newest BACKUP_RING_SIZE backups and drops half-made ones left by a crash. */
export async function pruneBackups(dir: string, keep = BACKUP_RING_SIZE): Promise<void> {
  const backupsDir = join(dir, BACKUPS_DIR);
  const names = await backupNames(dir);
  const doomed = names.slice(keep).map((b) => b.id);
  const entries = await readdir(backupsDir).catch(() => [] as string[]);
  doomed.push(...entries.filter((e) => e.startsWith(TEMP_PREFIX)));
  await Promise.all(doomed.map((d) => rm(join(backupsDir, d), { recursive: true, force: true })));
}

/** Every backup, newest first, each loaded and validated like a data folder. Writes nothing. */
export async function listBackups(
  dir: string,
  options: { migrations?: readonly Migration[] } = {},
): Promise<BackupInfo[]> {
  const names = await backupNames(dir);
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const loaded = await loadFolder(join(dir, BACKUPS_DIR, name.id), options).catch(() => null);
    const valid = loaded?.ok === true;
    infos.push({
      id: name.id,
      createdAt: name.createdAt,
      reason: name.reason,
      valid,
      counts: countsOf(loaded?.ok ? loaded.state.records : emptyCollections()),
    });
  }
  return infos;
}

export function backupDir(dir: string, id: string): string | null {
  return parseBackupName(id) ? join(dir, BACKUPS_DIR, id) : null;
}
