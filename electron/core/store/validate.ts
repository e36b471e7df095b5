// Checks the records of each shard against their schemas and files them by collection and bucket.
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, type CollectionName } from '../model/collections';
import { bucketOf, isCollectionName } from './layout';
import { corrupt, describeIssue } from './load-error';
import { shareRepeats, type StringPool } from './share-strings';

/** Records by collection, each of which passed its COLLECTION_SCHEMAS schema (now or at commit). */
export type CollectionMaps = Record<CollectionName, Map<string, object>>;

export function emptyCollections(): CollectionMaps {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Map<string, object>()]),
  ) as CollectionMaps;
}

export interface ShardRecords {
  file: string;
  collection: string;
  /** null after a migration, when records are no longer in the files they were read from. */
  bucket: number | null;
  /** How many buckets the collection has in the layout the file was written in. */
  count?: number;
  records: unknown[];
}

function hasId(record: unknown): record is object & { id: string } {
  return (
    typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string'
  );
}

const recordLabel = (record: unknown, index: number) =>
  hasId(record) ? record.id : `第 ${index + 1} 条`;

/**
 * The records of one shard as [id, record], each in the bucket its id hashes to. With
 * `trusted` (the bytes are the ones a commit wrote after validating them) the schema is skipped.
 * With a `pool`, the strings records repeat are shared through it (see share-strings.ts).
 */
export function shardRecords(
  shard: ShardRecords,
  { trusted, pool }: { trusted: boolean; pool?: StringPool },
): Array<[string, object]> {
  const { file, collection, bucket, records, count } = shard;
  if (!isCollectionName(collection))
    throw corrupt(file, `未知的记录集合“${collection}”（${file}）。`);
  const schema = COLLECTION_SCHEMAS[collection];
  return records.map((record, index) => {
    let value: object & { id: string };
    if (trusted) {
      if (!hasId(record))
        throw corrupt(file, `文件 ${file} 中的第 ${index + 1} 条记录无效：缺少编号。`);
      value = record;
    } else {
      const result = schema.safeParse(record);
      if (!result.success) {
        const label = recordLabel(record, index);
        throw corrupt(file, `文件 ${file} 中的记录 ${label} 无效：${describeIssue(result.error)}`);
      }
      value = result.data;
    }
    if (pool) shareRepeats(value, pool);
    if (bucket !== null && bucketOf(collection, value.id, count) !== bucket)
      throw corrupt(file, `记录 ${value.id} 不应位于分片 ${file}。`);
    return [value.id, value];
  });
}

export function addRecords(
  maps: CollectionMaps,
  collection: string,
  file: string,
  records: Array<[string, object]>,
): void {
  if (!isCollectionName(collection))
    throw corrupt(file, `未知的记录集合“${collection}”（${file}）。`);
  const map = maps[collection];
  for (const [id, record] of records) {
    if (map.has(id)) throw corrupt(file, `记录 ${id} 在 ${collection} 中重复出现（${file}）。`);
    map.set(id, record);
  }
}
