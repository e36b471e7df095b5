// Writes a commit: the changed bucket files and their pages first, then the manifest as the commit point.
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { COLLECTION_NAMES, SCHEMA_VERSION, type CollectionName } from '../model/collections';
import { outlineRow } from '../model/folio-outline';
import type { Folio } from '../model/records';
import type { WorkspaceMeta } from '../model/workspace';
import { ChunkedMap } from './chunked-map';
import { digestOf, headDigestOf, schemaFingerprint, type FileDigest } from './digest';
import type { CollectionMaps } from './validate';
import { DurableJsonFile, FolderSync, type WriteFn } from './durable-file';
import {
  FORMAT,
  LAYOUT_VERSION,
  MANIFEST_FILE,
  SHARDS_DIR,
  bucketOf,
  isCollectionName,
  pageCountFor,
  pageOf,
  pagePath,
  parsePageKey,
  parseShardKey,
  shardKey,
  shardPath,
  type Layout,
  type Manifest,
  type ManifestFile,
  type PageFile,
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
  ...sources: Array<ReadonlyMap<string, FileDigest>>
): Record<string, FileDigest> {
  const out: Record<string, FileDigest> = {};
  for (const file of files) {
    for (const source of sources) {
      const digest = source.get(file);
      if (digest === undefined) continue;
      out[file] = digest;
      break;
    }
  }
  return out;
}

/** The manifest as written: its pages with their digests (each page lists its shards'). */
export function toManifestFile(manifest: Manifest): ManifestFile {
  const files = pickDigests(Object.values(manifest.pages), manifest.digests);
  return {
    format: manifest.format,
    schemaVersion: manifest.schemaVersion,
    seq: manifest.seq,
    meta: manifest.meta,
    layout: { version: LAYOUT_VERSION, buckets: manifest.layout.buckets },
    pages: manifest.pages,
    digests: { schema: schemaFingerprint(), files },
  };
}

/** Replaces the manifest; with `renameAfter`, only once that resolves (see WriteDurableOptions). */
export async function writeManifest(
  dir: string,
  manifest: Manifest,
  write: WriteFn,
  renameAfter?: Promise<unknown>,
): Promise<void> {
  const db = new Low<ManifestFile>(
    new DurableJsonFile<ManifestFile>(
      join(dir, MANIFEST_FILE),
      write,
      renameAfter ? { renameAfter } : undefined,
    ),
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
  /**
   * The bucket counts from this commit on (default: the previous ones). A collection whose count
   * changes must have every one of its buckets in `buckets`: its old shards are all dropped.
   */
  layout?: Layout;
}

/**
 * JSON in ASCII only: every other character as its \u escape (the same value to any parser). A
 * head in ASCII is read as a one-byte string, which V8 decodes and parses about a third faster
 * than Chinese-heavy UTF-8, for 15% more bytes.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII_RUN, escapeRun);
}

const NOT_ASCII_RUN = /[\u007f-\uffff]+/g;

/** Each UTF-16 code unit's \u escape, made the first time it is met. */
const ESCAPES = new Array<string | undefined>(0x10000);

/** A run of characters beyond ASCII as \u escapes (one call per run: Chinese comes in runs). */
function escapeRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    out += ESCAPES[code] ??= `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * A shard file's bytes and digest. A folio shard starts with its folios' outlines (in record
 * order, as rows in ASCII) and its digest records that head's too, so an open can read just the
 * head: the bytes up to the records, which with a closing brace are a JSON object by themselves.
 */
export function encodeShard(
  header: Omit<ShardFile, 'records' | 'outlines'>,
  records: unknown[],
): { bytes: Buffer; digest: FileDigest } {
  if (header.collection !== 'folios') {
    const content: ShardFile = { ...header, records };
    const bytes = Buffer.from(JSON.stringify(content));
    return { bytes, digest: digestOf(bytes) };
  }
  // Folio buckets hold records that passed the folio schema (on commit, or on open).
  const outlines = (records as Folio[]).map(outlineRow);
  const head = Buffer.from(asciiJson({ ...header, outlines }).slice(0, -1), 'latin1');
  const bytes = Buffer.concat([head, Buffer.from(`,"records":${JSON.stringify(records)}}`)]);
  return { bytes, digest: { ...digestOf(bytes), head: headDigestOf(head) } };
}

/** The page file of one collection's page: every shard of that page in `shards`, with digests. */
function pageContent(
  collection: CollectionName,
  page: number,
  count: number,
  shardFile: (key: string) => string | undefined,
  digests: ReadonlyMap<string, FileDigest>[],
  head: { workspace: string; seq: number },
): PageFile | null {
  const listed: Record<string, string> = {};
  for (let bucket = page; bucket < count; bucket += pageCountFor(count)) {
    const key = shardKey(collection, bucket);
    const file = shardFile(key);
    if (file) listed[key] = file;
  }
  const files = Object.values(listed);
  if (files.length === 0) return null;
  return {
    collection,
    page,
    ...head,
    shards: listed,
    digests: pickDigests(files, ...digests),
  };
}

/** Every bucket of the given collections (default all) in `layout`: a full rewrite. */
export function allBuckets(
  records: CollectionMaps,
  layout: Layout,
  collections: readonly CollectionName[] = COLLECTION_NAMES,
): BucketWrite[] {
  const writes: BucketWrite[] = [];
  for (const collection of collections) {
    const count = layout.buckets[collection];
    const lists: object[][] = Array.from({ length: count }, () => []);
    const ids = [...records[collection].keys()].sort();
    for (const id of ids) {
      const record = records[collection].get(id);
      if (record) lists[bucketOf(collection, id, count)]?.push(record);
    }
    lists.forEach((list, bucket) =>
      writes.push({ collection, bucket, records: list.length > 0 ? list : null }),
    );
  }
  return writes;
}

/**
 * Writes the changed buckets to new files, then the pages listing them, then replaces the
 * manifest (the commit point), then deletes the files no longer referenced. Returns the new
 * manifest. If it throws, the manifest on disk is the old one and the new files are removed
 * again (unless StoreUncertainError).
 */
export async function writeCommit({
  dir,
  prev,
  buckets,
  meta,
  write,
  replaceAll = false,
  layout = prev.layout,
}: CommitWrite): Promise<Manifest> {
  // The shards folder is made (or found) on the thread pool while the shards are encoded.
  const shardsDir = mkdir(join(dir, SHARDS_DIR), { recursive: true });
  shardsDir.catch(() => undefined);
  const seq = prev.seq + 1;
  const relaid = new Set(
    COLLECTION_NAMES.filter(
      (name) =>
        replaceAll ||
        prev.layout.version !== LAYOUT_VERSION ||
        layout.buckets[name] !== prev.layout.buckets[name],
    ),
  );
  // The new lists are the old ones with the commit's changes (ChunkedMap shares the rest): an
  // edit's cost follows what it writes, not how many shards there are.
  const shardChanges = new Map<string, string | undefined>();
  const shardFile = (key: string) =>
    shardChanges.has(key) ? shardChanges.get(key) : prev.shards.get(key);
  const pages = { ...prev.pages };
  /** Files the new manifest no longer references: deleted once it is on disk. */
  const dropped: string[] = [];
  const dropShard = (key: string) => {
    const file = shardFile(key);
    if (file === undefined) return;
    dropped.push(file);
    shardChanges.set(key, undefined);
  };
  const names: ReadonlySet<string> = relaid;
  const inRelaid = (parsed: { collection: string } | null) =>
    parsed !== null && names.has(parsed.collection);
  if (relaid.size > 0)
    for (const key of prev.shards.keys()) if (inRelaid(parseShardKey(key))) dropShard(key);
  const pending: Array<{ file: string; bytes: Buffer }> = [];
  const written = new Map<string, FileDigest>();
  const touchedPages = new Set<string>();
  for (const { collection, bucket, records } of buckets) {
    const key = shardKey(collection, bucket);
    const count = isCollectionName(collection) ? layout.buckets[collection] : 1;
    touchedPages.add(`${collection}/${pageOf(bucket, count)}`);
    dropShard(key);
    if (records === null || records.length === 0) continue;
    const file = shardPath(collection, bucket, seq);
    const { bytes, digest } = encodeShard({ collection, bucket, workspace: meta.id, seq }, records);
    pending.push({ file, bytes });
    written.set(file, digest);
    shardChanges.set(key, file);
  }
  // Pages that did not vouch for all their shards get the digests found valid on open.
  for (const key of prev.unvouched ?? []) touchedPages.add(key);
  for (const collection of relaid) {
    for (let page = 0; page < pageCountFor(layout.buckets[collection]); page++)
      touchedPages.add(`${collection}/${page}`);
  }
  for (const [key, file] of Object.entries(prev.pages)) {
    if (!touchedPages.has(key) && !inRelaid(parsePageKey(key))) continue;
    dropped.push(file);
    pages[key] = '';
  }
  const head = { workspace: meta.id, seq };
  for (const key of touchedPages) {
    const parsed = parsePageKey(key);
    if (!parsed || !isCollectionName(parsed.collection)) continue;
    const { collection, page } = parsed;
    const content = pageContent(
      collection,
      page,
      layout.buckets[collection],
      shardFile,
      [written, prev.digests],
      head,
    );
    if (content === null) continue;
    const file = pagePath(collection, page, seq);
    const bytes = Buffer.from(JSON.stringify(content));
    pending.push({ file, bytes });
    written.set(file, digestOf(bytes));
    pages[key] = file;
  }
  const digestChanges = new Map<string, FileDigest | undefined>();
  for (const file of dropped) digestChanges.set(file, undefined);
  for (const [file, digest] of written) digestChanges.set(file, digest);
  const shards = ChunkedMap.of(prev.shards).with(shardChanges);
  const digests = ChunkedMap.of(prev.digests).with(digestChanges);
  const next: Manifest = {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq,
    meta,
    layout: { version: LAYOUT_VERSION, buckets: layout.buckets },
    shards,
    // Pages emptied by this commit are left out.
    pages: Object.fromEntries(Object.entries(pages).filter(([, file]) => file !== '')),
    digests,
  };

  if (pending.length > 0) await shardsDir;
  const filesDurable = (async () => {
    // The folder is opened while the files are written: its fsync after them is one step.
    const folder = pending.length > 0 ? new FolderSync(join(dir, SHARDS_DIR)) : null;
    const results = await Promise.allSettled(
      pending.map((p) => write(join(dir, p.file), p.bytes, { syncDir: false, fresh: true })),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) {
      folder?.release();
      throw failed.reason;
    }
    await folder?.sync();
  })();
  // The new manifest's temp file is written and fsynced meanwhile (one fsync less to wait for
  // in a row); the rename that commits waits until every file it lists is durable.
  const manifestWritten = writeManifest(dir, next, write, filesDurable);
  // Its failure is handled below, once the files have settled; not an unhandled rejection before.
  manifestWritten.catch(() => undefined);
  try {
    await filesDurable;
  } catch (e) {
    // Nothing was renamed: the manifest write fails too, removing its temp file.
    await manifestWritten.catch(() => undefined);
    await removeAll(dir, written.keys());
    throw e;
  }

  try {
    await manifestWritten;
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
    await removeAll(dir, written.keys());
    throw e;
  }

  await removeAll(dir, dropped);
  return next;
}
