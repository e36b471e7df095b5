// Loads a data folder: reads the manifest and every shard, checks digests, migrates, validates.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { COLLECTION_NAMES, SCHEMA_VERSION, type CollectionName } from '../model/collections';
import { isOutlineRow, outlineFromRow, type FolioOutline } from '../model/folio-outline';
import { migrateDataset, type Migration, type RawDataset } from '../model/migrations';
import { workspaceMetaSchema } from '../model/workspace';
import { schemaFingerprint, type FileDigest } from './digest';
import { DurableJsonFile, UnparsableFileError, errorCode } from './durable-file';
import {
  FORMAT,
  bucketOf,
  LAYOUT_V1,
  MANIFEST_FILE,
  SHARD_PATH_RE,
  isCollectionName,
  manifestHeadSchema,
  manifestSchemaV1,
  manifestSchemaV2,
  parseShardKey,
  shardKey,
  type Layout,
  type Manifest,
} from './layout';
import { readPages } from './page-read';
import { LoadError, corrupt, describeIssue, type LoadFailure } from './load-error';
import { readShard, readShardHead, type RawShard, type ShardEntry } from './shard-read';
import { StringPool } from './share-strings';
import { addRecords, emptyCollections, shardRecords, type CollectionMaps } from './validate';

export type { LoadFailure } from './load-error';
export { emptyCollections, type CollectionMaps } from './validate';

export interface LoadedState {
  manifest: Manifest;
  /** With `deferred`, no folios yet (their outlines are there instead). */
  records: CollectionMaps;
  /** The version the files on disk were at, when they were migrated in memory; else null. */
  migratedFrom: number | null;
  deferred: DeferredFolios | null;
}

/**
 * The folios an open left to read after it (`deferFolios`): their shards' heads were read and
 * checked, the rest of each file is still to read and check against its recorded digest.
 */
export interface DeferredFolios {
  entries: ShardEntry[];
  recorded: Record<string, FileDigest>;
  /** The outlines each shard's head holds, in the order of `entries`, placed in its bucket. */
  outlines: FolioOutline[][];
  workspace: string | null;
  pool: StringPool;
}

export type LoadResult = { ok: true; state: LoadedState } | { ok: false; failure: LoadFailure };

export interface LoadOptions {
  migrations?: readonly Migration[];
  /**
   * Read only the heads of the folio shards (their outlines) when every one has a recorded head
   * digest, and leave the folios to be read after the open (an open, not a backup check).
   */
  deferFolios?: boolean;
}

/** Shards in flight at once: each is read synchronously, its digest hashed on the thread pool while others are parsed. */
const READ_CONCURRENCY = 4;

const NOT_READ: object = {};

/** Reads the manifest through lowdb and our adapter; every failure names the file. */
async function readManifestJson(dir: string): Promise<unknown> {
  const path = join(dir, MANIFEST_FILE);
  const db = new Low<unknown>(new DurableJsonFile<unknown>(path), NOT_READ);
  try {
    await db.read();
  } catch (e) {
    if (e instanceof UnparsableFileError)
      throw corrupt(MANIFEST_FILE, `文件 ${MANIFEST_FILE} 已损坏（内容不完整或不是有效的 JSON）。`);
    throw corrupt(MANIFEST_FILE, `无法读取文件 ${MANIFEST_FILE}（${errorCode(e) ?? String(e)}）。`);
  }
  if (db.data !== NOT_READ) return db.data;
  // lowdb keeps its default for a missing file and for a falsy top-level value alike.
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw corrupt(MANIFEST_FILE, `文件 ${MANIFEST_FILE} 的内容无效。`);
  throw new LoadError({
    kind: 'missing',
    file: MANIFEST_FILE,
    message: `缺少文件 ${MANIFEST_FILE}。`,
  });
}

/** The manifest of either layout, as the loader needs it. */
interface ManifestRead {
  schemaVersion: number;
  seq: number;
  meta: unknown;
  layout: Layout;
  /** Layout 1: the shards; layout 2: none (the pages list them). */
  shards: Record<string, string>;
  pages: Record<string, string>;
  /** Absent in manifests written before digests existed: those shards get full validation. */
  digests?: { schema: string; files: Record<string, FileDigest> };
}

const withDefaults = (buckets: Record<string, number>): Layout['buckets'] =>
  Object.fromEntries(COLLECTION_NAMES.map((name) => [name, buckets[name] ?? 1])) as Record<
    CollectionName,
    number
  >;

async function readManifest(dir: string): Promise<ManifestRead> {
  const raw = await readManifestJson(dir);
  const head = manifestHeadSchema.safeParse(raw);
  if (!head.success)
    throw corrupt(
      MANIFEST_FILE,
      `${MANIFEST_FILE} 不是招商卷宗的数据文件：${describeIssue(head.error)}`,
    );
  if (head.data.schemaVersion > SCHEMA_VERSION) {
    throw new LoadError({
      kind: 'newer',
      file: MANIFEST_FILE,
      message: `这些数据由更新版本的招商卷宗保存（数据版本 ${head.data.schemaVersion}，本程序支持到 ${SCHEMA_VERSION}）。请升级程序后再打开。`,
    });
  }
  if (typeof raw === 'object' && raw !== null && 'layout' in raw) {
    const v2 = manifestSchemaV2.safeParse(raw);
    if (!v2.success)
      throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 内容无效：${describeIssue(v2.error)}`);
    const layout = {
      version: v2.data.layout.version,
      buckets: withDefaults(v2.data.layout.buckets),
    };
    return { ...v2.data, layout, shards: {} };
  }
  const full = manifestSchemaV1.safeParse(raw);
  if (!full.success)
    throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 内容无效：${describeIssue(full.error)}`);
  return { ...full.data, layout: LAYOUT_V1, pages: {} };
}

/**
 * The digests a folder's manifest and pages record for its files, by file: the pages checked
 * against the manifest, no shard read. Null when they cannot be read (a backup half gone, say).
 */
export async function recordedDigests(dir: string): Promise<Map<string, FileDigest> | null> {
  try {
    const manifest = await readManifest(dir);
    const files = manifest.digests?.files ?? {};
    const digests = new Map(Object.entries(files));
    if (manifest.layout.version === 1) return digests;
    const paged = await readPages(dir, manifest.pages, files, manifest.layout, null);
    for (const [file, digest] of Object.entries(paged.recorded)) digests.set(file, digest);
    return digests;
  } catch {
    return null;
  }
}

/** Checks every key → file pair of a layout-1 manifest before any shard is read. */
function shardEntries(shards: Record<string, string>, current: boolean): ShardEntry[] {
  return Object.entries(shards).map(([key, file]) => {
    const parsedKey = parseShardKey(key);
    const pathMatch = SHARD_PATH_RE.exec(file);
    if (
      !parsedKey ||
      pathMatch?.[1] !== parsedKey.collection ||
      Number(pathMatch[2]) !== parsedKey.bucket
    ) {
      throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 中的分片 ${key} → ${file} 无效。`);
    }
    const { collection, bucket } = parsedKey;
    const count = isCollectionName(collection) ? LAYOUT_V1.buckets[collection] : 1;
    if (current) {
      if (!isCollectionName(collection) || bucket >= count) {
        throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 中的分片 ${key} 不属于任何已知的记录集合。`);
      }
    }
    return { file, ...parsedKey, count };
  });
}

/** `work` on every item, at most `limit` at a time; results in item order. Stops at a failure. */
export async function inPool<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The outlines in the heads of the given folio shards, each checked to be in its bucket (as a
 * record is). Each folio is in one bucket only, so a folio outlined twice could only be so
 * within one shard: the store finds that when it files the bucket's ids (DossierStore).
 */
function readOutlines(
  dir: string,
  entries: ShardEntry[],
  recorded: Record<string, FileDigest>,
  workspace: string | null,
  pool: StringPool,
): Promise<FolioOutline[][]> {
  const share = (value: string) => pool.share(value);
  return inPool(entries, READ_CONCURRENCY, async (entry) => {
    const head = recorded[entry.file]?.head;
    if (!head) throw corrupt(entry.file, `分片文件 ${entry.file} 的开头部分（档案概要）无效。`);
    const { outlines: rows } = await readShardHead(dir, entry, head, workspace);
    const invalid = (index: number) =>
      corrupt(entry.file, `文件 ${entry.file} 中的第 ${index + 1} 条概要无效。`);
    // Written by encodeShard from folios that passed the schema; the head digest vouches for them.
    return rows.map((row, index) => {
      if (!isOutlineRow(row)) throw invalid(index);
      if (bucketOf('folios', row[0], entry.count) !== entry.bucket)
        throw corrupt(entry.file, `记录 ${row[0]} 不应位于分片 ${entry.file}。`);
      try {
        return outlineFromRow(row, share);
      } catch {
        // A list inside the row that is not one (the head digest matched bytes written so).
        throw invalid(index);
      }
    });
  });
}

/**
 * A digest without its head's: outlines written under other schemas (or another outline shape)
 * are not vouched for, so the open writes those folio shards again (open-store.ts).
 */
function withoutHead({ bytes, sha256 }: FileDigest): FileDigest {
  return { bytes, sha256 };
}

/** Older data: migrated in memory, then every record validated (nothing is trusted). */
async function migrateAndValidate(
  manifest: ManifestRead,
  shards: RawShard[],
  migrations: readonly Migration[] | undefined,
  pool: StringPool,
): Promise<{ meta: unknown; records: CollectionMaps }> {
  const raw: RawDataset = {
    schemaVersion: manifest.schemaVersion,
    meta: manifest.meta,
    collections: {},
  };
  for (const shard of shards) (raw.collections[shard.collection] ??= []).push(...shard.records);
  let result: RawDataset;
  try {
    result = migrateDataset(raw, migrations);
  } catch (e) {
    throw corrupt(MANIFEST_FILE, `数据升级失败：${e instanceof Error ? e.message : String(e)}`);
  }
  const file = `${MANIFEST_FILE}（升级后）`;
  const records = emptyCollections();
  for (const [collection, list] of Object.entries(result.collections)) {
    // Migrating is rare: yielding between collections is enough (10,000 folios still take ~150 ms).
    await new Promise<void>((resolve) => setImmediate(resolve));
    addRecords(
      records,
      collection,
      file,
      shardRecords({ file, collection, bucket: null, records: list }, { trusted: false, pool }),
    );
  }
  return { meta: result.meta, records };
}

/**
 * Reads and validates a data folder (or a backup folder, which has the same layout) without
 * writing anything. A shard whose bytes match the digest its commit recorded holds records that
 * passed these same schemas then, so only their placement is checked; any other shard has every
 * record validated. Older data is migrated in memory only; the caller decides when to write it.
 */
export async function loadFolder(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  try {
    const manifest = await readManifest(dir);
    const current = manifest.schemaVersion === SCHEMA_VERSION;
    const trusted = current && manifest.digests?.schema === schemaFingerprint();
    const rawMeta: unknown = manifest.meta;
    const workspace =
      typeof rawMeta === 'object' &&
      rawMeta !== null &&
      'id' in rawMeta &&
      typeof rawMeta.id === 'string'
        ? rawMeta.id
        : null;
    const paged =
      manifest.layout.version === 1
        ? null
        : await readPages(
            dir,
            manifest.pages,
            manifest.digests?.files ?? {},
            manifest.layout,
            workspace,
          );
    const entries = paged?.entries ?? shardEntries(manifest.shards, current);
    // One copy of each repeated id for the whole load, starting with the workspace's own.
    const pool = new StringPool();
    if (workspace !== null) pool.share(workspace);
    const recorded = paged?.recorded ?? manifest.digests?.files ?? {};
    const isFolios = (entry: ShardEntry) => entry.collection === 'folios';
    const deferring =
      options.deferFolios === true &&
      trusted &&
      paged !== null &&
      entries.some(isFolios) &&
      entries.every((entry) => !isFolios(entry) || recorded[entry.file]?.head !== undefined);
    const later = deferring ? entries.filter(isFolios) : [];
    // Each shard is checked as soon as it is read: parsing one overlaps reading the next ones.
    const [checked, outlines] = await Promise.all([
      inPool(
        deferring ? entries.filter((entry) => !isFolios(entry)) : entries,
        READ_CONCURRENCY,
        async (entry) => {
          const shard = await readShard(dir, entry, recorded[entry.file], workspace);
          return {
            shard,
            records: current
              ? shardRecords(shard, { trusted: trusted && shard.unchanged, pool })
              : [],
          };
        },
      ),
      readOutlines(dir, later, recorded, workspace, pool),
    ]);
    const shards = checked.map((c) => c.shard);
    let meta: unknown = manifest.meta;
    let records: CollectionMaps;
    if (current) {
      records = emptyCollections();
      for (const { shard, records: list } of checked)
        addRecords(records, shard.collection, shard.file, list);
    } else {
      ({ meta, records } = await migrateAndValidate(manifest, shards, options.migrations, pool));
    }
    // The folios read after the open point at these enterprises' ids.
    if (deferring) pool.knowEnterprises(records.enterprises);
    const metaResult = workspaceMetaSchema.safeParse(meta);
    if (!metaResult.success) {
      throw corrupt(
        MANIFEST_FILE,
        `${MANIFEST_FILE} 中的工作区信息无效：${describeIssue(metaResult.error)}`,
      );
    }
    return {
      ok: true,
      state: {
        manifest: {
          format: FORMAT,
          schemaVersion: manifest.schemaVersion,
          seq: manifest.seq,
          meta: metaResult.data,
          layout: manifest.layout,
          shards: new Map(
            [...shards, ...later].map((s) => [shardKey(s.collection, s.bucket), s.file]),
          ),
          pages: manifest.pages,
          unvouched: trusted ? (paged?.unvouched ?? []) : Object.keys(manifest.pages),
          // Every shard read passed this build's schemas (by digest or record by record), so its
          // digest can vouch for it from the next commit on. Migrated data is rewritten whole.
          digests: new Map(
            current
              ? [
                  ...shards.map((s): [string, FileDigest] => [
                    s.file,
                    trusted ? s.digest : withoutHead(s.digest),
                  ]),
                  // Checked against these when they are read, after the open.
                  ...later.map((e): [string, FileDigest] => [
                    e.file,
                    recorded[e.file] as FileDigest,
                  ]),
                  ...Object.entries(paged?.pageDigests ?? {}),
                ]
              : [],
          ),
        },
        records,
        migratedFrom: current ? null : manifest.schemaVersion,
        deferred: deferring ? { entries: later, recorded, outlines, workspace, pool } : null,
      },
    };
  } catch (e) {
    if (e instanceof LoadError) return { ok: false, failure: e.failure };
    throw e;
  }
}

export function countsOf(records: CollectionMaps): Record<CollectionName, number> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, records[name].size])) as Record<
    CollectionName,
    number
  >;
}
