// Copies the committed workspace and its attachments into a new folder (e.g. on a USB stick).
import { mkdir, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Clock } from '../clock';
import { ATTACHMENTS_DIR } from './attachments';
import { copyShards, independentCopy } from './backups';
import { toManifestFile } from './commit-writer';
import { errorCode, syncDir, writeDurable } from './durable-file';
import { MANIFEST_FILE, compactTimestamp, type Manifest } from './layout';
import { loadFolder } from './load';

const HEX2_RE = /^[0-9a-f]{2}$/;
const SHA256_RE = /^[0-9a-f]{64}$/;

/** Copies the content-addressed attachments (only names the store itself writes). */
async function copyAttachments(fromDir: string, toDir: string): Promise<void> {
  const from = join(fromDir, ATTACHMENTS_DIR);
  const fans = await readdir(from).catch((e: unknown) => {
    if (errorCode(e) === 'ENOENT') return [] as string[];
    throw e;
  });
  for (const fan of fans.filter((f) => HEX2_RE.test(f))) {
    const files = (await readdir(join(from, fan))).filter((f) => SHA256_RE.test(f));
    if (files.length === 0) continue;
    await mkdir(join(toDir, ATTACHMENTS_DIR, fan), { recursive: true });
    for (const file of files) {
      await independentCopy(join(from, fan, file), join(toDir, ATTACHMENTS_DIR, fan, file));
    }
    await syncDir(join(toDir, ATTACHMENTS_DIR, fan));
  }
}

/**
 * Writes an independent copy of the committed state to a new folder inside `parent` (a USB
 * stick, another disk): manifest, shards (checked against their digests) and attachments. The
 * copy opens as a workspace by itself. Never writes into an existing folder. Returns its path.
 */
export async function copyWorkspaceTo(
  dir: string,
  parent: string,
  manifest: Manifest,
  clock: Clock,
): Promise<string> {
  if (!isAbsolute(parent)) throw new Error('parent must be an absolute path');
  const parentDir = resolve(parent);
  const info = await stat(parentDir);
  if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  const base = join(parentDir, `招商卷宗备份-${compactTimestamp(clock.now())}`);
  let target = base;
  for (let n = 2; ; n++) {
    try {
      await mkdir(target);
      break;
    } catch (e) {
      if (errorCode(e) !== 'EEXIST' || n > 99) throw e;
      target = `${base}-${n}`;
    }
  }
  const digests = await copyShards(dir, target, manifest);
  await copyAttachments(dir, target);
  await writeDurable(
    join(target, MANIFEST_FILE),
    JSON.stringify(toManifestFile({ ...manifest, digests })),
  );
  const check = await loadFolder(target);
  if (!check.ok) throw new Error(`副本校验失败：${check.failure.message}`);
  return target;
}
