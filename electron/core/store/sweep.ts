// Removes what a crash can leave behind: temp files and shards of commits that never happened.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ATTACHMENTS_DIR } from './attachments';
import { BACKUP_RING_SIZE, pruneBackups } from './backups';
import { SHARDS_DIR, type Manifest } from './layout';

const ORPHAN_SHARD_RE = /^[a-z][a-zA-Z]*-p?\d{1,5}-\d{1,12}\.json$/;
const TEMP_RE = /^\..+\.tmp$/;
const ROOT_LEFTOVER_RE =
  /^(\.dossier\.json\..+\.tmp|dossier\.lock\..+\.tmp|dossier\.lock\.stale\..+)$/;
const ATTACHMENT_TEMP_RE = /^\.incoming-.+\.tmp$/;

async function removeMatching(dir: string, keep: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((n) => !keep(n)).map((n) => unlink(join(dir, n)).catch(() => undefined)),
  );
}

/**
 * Removes what a crash can leave behind: temp files, shard files written by a commit that never
 * reached its manifest (and their pages; or whose old versions were not yet deleted), half-made backups.
 * Only runs on a folder that opened cleanly, with the lock held; only our own names are touched.
 */
export async function sweepLeftovers(dir: string, manifest: Manifest): Promise<void> {
  const referenced = new Set(
    [...manifest.shards.values(), ...Object.values(manifest.pages)].map((f) =>
      f.slice(SHARDS_DIR.length + 1),
    ),
  );
  await Promise.all([
    removeMatching(
      join(dir, SHARDS_DIR),
      (n) => referenced.has(n) || !(ORPHAN_SHARD_RE.test(n) || TEMP_RE.test(n)),
    ),
    removeMatching(dir, (n) => !ROOT_LEFTOVER_RE.test(n)),
    removeMatching(join(dir, ATTACHMENTS_DIR), (n) => !ATTACHMENT_TEMP_RE.test(n)),
    pruneBackups(dir, manifest.meta.backupKeep ?? BACKUP_RING_SIZE).catch(() => undefined),
  ]);
}
