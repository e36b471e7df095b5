import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import {
  COLLECTION_NAMES,
  COLLECTION_SCHEMAS,
  SCHEMA_VERSION,
  type CollectionName,
} from '../model/collections';
import { migrateDataset, type Migration, type RawDataset } from '../model/migrations';
import { workspaceMetaSchema } from '../model/workspace';
import { DurableJsonFile, UnparsableFileError, errorCode } from './durable-file';
import {
  BUCKET_COUNTS,
  MANIFEST_FILE,
  SHARD_PATH_RE,
  bucketOf,
  isCollectionName,
  manifestHeadSchema,
  manifestSchema,
  parseShardKey,
  shardFileSchema,
  type Manifest,
} from './layout';

/** Validated records by collection. Values passed their COLLECTION_SCHEMAS schema. */
export type CollectionMaps = Record<CollectionName, Map<string, object>>;

export interface LoadedState {
  manifest: Manifest;
  records: CollectionMaps;
  /** The version the files on disk were at, when they were migrated in memory; else null. */
  migratedFrom: number | null;
}

export interface LoadFailure {
  kind: 'missing' | 'corrupt' | 'newer';
  /** Relative to the folder that was loaded. */
  file: string;
  message: string;
}

export type LoadResult = { ok: true; state: LoadedState } | { ok: false; failure: LoadFailure };

export interface LoadOptions {
  migrations?: readonly Migration[];
}

export function emptyCollections(): CollectionMaps {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Map<string, object>()]),
  ) as CollectionMaps;
}

class LoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

const corrupt = (file: string, message: string) =>
  new LoadError({ kind: 'corrupt', file, message });

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '内容无效';
  const field = issue.path.map(String).join('.');
  return field ? `字段 ${field}：${issue.message}` : issue.message;
}

const NOT_READ: object = {};

/** Reads one JSON file through lowdb and our adapter; every failure names the file. */
async function readJson(dir: string, file: string): Promise<unknown> {
  const path = join(dir, file);
  const db = new Low<unknown>(new DurableJsonFile<unknown>(path), NOT_READ);
  try {
    await db.read();
  } catch (e) {
    if (e instanceof UnparsableFileError)
      throw corrupt(file, `文件 ${file} 已损坏（内容不完整或不是有效的 JSON）。`);
    throw corrupt(file, `无法读取文件 ${file}（${errorCode(e) ?? String(e)}）。`);
  }
  if (db.data !== NOT_READ) return db.data;
  // lowdb keeps its default for a missing file and for a falsy top-level value alike.
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw corrupt(file, `文件 ${file} 的内容无效。`);
  // Only the manifest can be plainly missing; a shard it lists that is gone means damage.
  if (file === MANIFEST_FILE)
    throw new LoadError({ kind: 'missing', file, message: `缺少文件 ${file}。` });
  throw corrupt(file, `缺少文件 ${file}（${MANIFEST_FILE} 中有记载）。`);
}

async function readManifest(dir: string): Promise<{ manifest: z.infer<typeof manifestSchema> }> {
  const raw = await readJson(dir, MANIFEST_FILE);
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
  const full = manifestSchema.safeParse(raw);
  if (!full.success)
    throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 内容无效：${describeIssue(full.error)}`);
  return { manifest: full.data };
}

interface RawShard {
  file: string;
  collection: string;
  bucket: number;
  records: unknown[];
}

async function readShards(
  dir: string,
  shards: Record<string, string>,
  current: boolean,
): Promise<RawShard[]> {
  const entries = Object.entries(shards).map(([key, file]) => {
    const parsedKey = parseShardKey(key);
    const pathMatch = SHARD_PATH_RE.exec(file);
    if (
      !parsedKey ||
      pathMatch?.[1] !== parsedKey.collection ||
      Number(pathMatch[2]) !== parsedKey.bucket
    ) {
      throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 中的分片 ${key} → ${file} 无效。`);
    }
    if (current) {
      const { collection, bucket } = parsedKey;
      if (!isCollectionName(collection) || bucket >= BUCKET_COUNTS[collection]) {
        throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 中的分片 ${key} 不属于任何已知的记录集合。`);
      }
    }
    return { key, file, ...parsedKey };
  });
  return Promise.all(
    entries.map(async ({ file, collection, bucket }) => {
      const parsed = shardFileSchema.safeParse(await readJson(dir, file));
      if (!parsed.success)
        throw corrupt(file, `分片文件 ${file} 内容无效：${describeIssue(parsed.error)}`);
      if (parsed.data.collection !== collection || parsed.data.bucket !== bucket) {
        throw corrupt(file, `分片文件 ${file} 与 ${MANIFEST_FILE} 的记载不符。`);
      }
      return { file, collection, bucket, records: parsed.data.records };
    }),
  );
}

function recordLabel(record: unknown, index: number): string {
  if (
    typeof record === 'object' &&
    record !== null &&
    'id' in record &&
    typeof record.id === 'string'
  ) {
    return record.id;
  }
  return `第 ${index + 1} 条`;
}

/** Validates every record; `bucket: null` (after a migration) skips the placement check. */
async function validateRecords(
  groups: Array<{ file: string; collection: string; bucket: number | null; records: unknown[] }>,
): Promise<CollectionMaps> {
  const maps = emptyCollections();
  for (const { file, collection, bucket, records } of groups) {
    // Validating 10,000 folios takes ~150 ms: yield between shards so the app stays responsive.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!isCollectionName(collection))
      throw corrupt(file, `未知的记录集合“${collection}”（${file}）。`);
    const schema = COLLECTION_SCHEMAS[collection];
    const map = maps[collection];
    records.forEach((record, index) => {
      const result = schema.safeParse(record);
      const label = recordLabel(record, index);
      if (!result.success) {
        throw corrupt(file, `文件 ${file} 中的记录 ${label} 无效：${describeIssue(result.error)}`);
      }
      const { id } = result.data;
      if (map.has(id)) throw corrupt(file, `记录 ${id} 在 ${collection} 中重复出现（${file}）。`);
      if (bucket !== null && bucketOf(collection, id) !== bucket) {
        throw corrupt(file, `记录 ${id} 不应位于分片 ${file}。`);
      }
      map.set(id, result.data);
    });
  }
  return maps;
}

/**
 * Reads and validates a data folder (or a backup folder, which has the same layout) without
 * writing anything. Older data is migrated in memory only; the caller decides when to write it.
 */
export async function loadFolder(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  try {
    const { manifest } = await readManifest(dir);
    const current = manifest.schemaVersion === SCHEMA_VERSION;
    const shards = await readShards(dir, manifest.shards, current);
    let meta: unknown = manifest.meta;
    let records: CollectionMaps;
    if (current) {
      records = await validateRecords(shards);
    } else {
      const raw: RawDataset = { schemaVersion: manifest.schemaVersion, meta, collections: {} };
      for (const shard of shards) (raw.collections[shard.collection] ??= []).push(...shard.records);
      let migrated: RawDataset;
      try {
        migrated = migrateDataset(raw, options.migrations);
      } catch (e) {
        throw corrupt(MANIFEST_FILE, `数据升级失败：${e instanceof Error ? e.message : String(e)}`);
      }
      meta = migrated.meta;
      const file = `${MANIFEST_FILE}（升级后）`;
      records = await validateRecords(
        Object.entries(migrated.collections).map(([collection, list]) => ({
          file,
          collection,
          bucket: null,
          records: list,
        })),
      );
    }
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
        manifest: { ...manifest, format: 'dossier-desk', meta: metaResult.data },
        records,
        migratedFrom: current ? null : manifest.schemaVersion,
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
