// Writes a commit: the changed bucket files first, then the manifest as the commit point.
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { SCHEMA_VERSION } from '../model/collections';
import type { WorkspaceMeta } from '../model/workspace';
import { digestOf, schemaFingerprint, type FileDigest } from './digest';
import { DurableJsonFile, syncDir, type WriteFn } from './durable-file';
import {
  FORMAT,
  MANIFEST_FILE,
  SHARDS_DIR,
  shardKey,
  shardPath,
  type Manifest,
  type ManifestFile,
  type ShardFile,
} from './layout';

/** A bucket's new content; `records: null` empties the bucket (its file is dropped). */
export interface BucketWrite {
  collection: string;
  bucket: number;
  records: unknown[] | null;
}

/**
 * The disk may hold the new manifest or the old one and we could not put the old one back:
 * the store must not write again until it is reopened and reloaded from disk.
 */
export class StoreUncertainError extends Error {
  constructor(cause: unknown) {
    super('保存失败，且无法确认磁盘上的数据是保存前还是保存后的状态。请关闭后重新打开工作区。', {
      cause,
    });
    this.name = 'StoreUncertainError';
  }
}

async function removeAll(dir: string, files: Iterable<string>): Promise<void> {
  await Promise.all([...files].map((f) => unlink(join(dir, f)).catch(() => undefined)));
}

async function manifestSeqOnDisk(dir: string): Promise<number | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'seq' in parsed &&
      typeof parsed.seq === 'number'
    ) {
      return parsed.seq;
    }
  } catch {
    // Unreadable counts as unknown.
  }
  return null;
}

/** The digests of the given files, from whichever source has one; files without one are left out. */
function pickDigests(
  files: Iterable<string>,
  ...sources: Array<Readonly<Record<string, FileDigest>>>
): Record<string, FileDigest> {
  const out: Record<string, FileDigest> = {};
  for (const file of files) {
    const digest = sources.map((source) => source[file]).find((d) => d !== undefined);
    if (digest) out[file] = digest;
  }
  return out;
}

export function toManifestFile(manifest: Manifest): ManifestFile {
  const files = pickDigests(Object.values(manifest.shards), manifest.digests);
  return { ...manifest, digests: { schema: schemaFingerprint(), files } };
}

export async function writeManifest(
  dir: string,
  manifest: Manifest,
  write: WriteFn,
): Promise<void> {
  const db = new Low<ManifestFile>(
    new DurableJsonFile<ManifestFile>(join(dir, MANIFEST_FILE), write),
    toManifestFile(manifest),
  );
  await db.write();
}

/** One commit: the store's folder, the manifest it follows, the buckets that change. */
export interface CommitWrite {
  dir: string;
  /** The manifest on disk now; the commit gets its seq + 1. */
  prev: Manifest;
  buckets: BucketWrite[];
  /** The workspace meta the new manifest carries. */
  meta: WorkspaceMeta;
  write: WriteFn;
  /** Start from no shards at all instead of the previous ones (a full rewrite after a migration). */
  replaceAll?: boolean;
}

/**
 * Writes the changed buckets to new files, then replaces the manifest (the commit point), then
 * deletes the files no longer referenced. Returns the new manifest. If it throws, the manifest on
 * disk is the old one and the new shard files are removed again (unless StoreUncertainError).
 */
export async function writeCommit({
  dir,
  prev,
  buckets,
  meta,
  write,
  replaceAll = false,
}: CommitWrite): Promise<Manifest> {
  const seq = prev.seq + 1;
  const shards = new Map(replaceAll ? [] : Object.entries(prev.shards));
  const pending: Array<{ file: string; bytes: Buffer }> = [];
  const written: Record<string, FileDigest> = {};
  for (const { collection, bucket, records } of buckets) {
    const key = shardKey(collection, bucket);
    if (records === null || records.length === 0) {
      shards.delete(key);
      continue;
    }
    const file = shardPath(collection, bucket, seq);
    const content: ShardFile = { collection, bucket, workspace: meta.id, seq, records };
    const bytes = Buffer.from(JSON.stringify(content));
    pending.push({ file, bytes });
    written[file] = digestOf(bytes);
    shards.set(key, file);
  }
  const next: Manifest = {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq,
    meta,
    shards: Object.fromEntries(shards),
    digests: pickDigests(shards.values(), written, prev.digests),
  };

  if (pending.length > 0) await mkdir(join(dir, SHARDS_DIR), { recursive: true });
  const results = await Promise.allSettled(
    pending.map((p) => write(join(dir, p.file), p.bytes, { syncDir: false })),
  );
  const failed = results.find((r) => r.status === 'rejected');
  try {
    if (failed) throw failed.reason;
    if (pending.length > 0) await syncDir(join(dir, SHARDS_DIR));
  } catch (e) {
    await removeAll(dir, Object.keys(written));
    throw e;
  }

  try {
    await writeManifest(dir, next, write);
  } catch (e) {
    // The rename may have happened before the failure (e.g. the folder fsync failed).
    const onDisk = await manifestSeqOnDisk(dir);
    if (onDisk !== prev.seq) {
      try {
        await writeManifest(dir, prev, write);
      } catch (restoreError) {
        // The old manifest may be back in place even so (only its folder fsync failed).
        if ((await manifestSeqOnDisk(dir)) !== prev.seq)
          throw new StoreUncertainError(new AggregateError([e, restoreError]));
      }
    }
    await removeAll(dir, Object.keys(written));
    throw e;
  }

  const stillUsed = new Set(shards.values());
  await removeAll(
    dir,
    Object.values(prev.shards).filter((f) => !stillUsed.has(f)),
  );
  return next;
}
