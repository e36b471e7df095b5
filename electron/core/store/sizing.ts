// Sizes of collections on disk, and the bucket counts that keep each shard near its target size.
import { COLLECTION_NAMES, type CollectionName } from '../model/collections';
import {
  LAYOUT_VERSION,
  TARGET_SHARD_BYTES,
  bucketCountFor,
  type Layout,
  type Manifest,
} from './layout';
import type { CollectionMaps } from './validate';

/** The bytes of a collection's shard files, from their digests; null when one has none. */
export function shardBytes(manifest: Manifest, collection: CollectionName): number | null {
  let total = 0;
  const count = manifest.layout.buckets[collection];
  for (let bucket = 0; bucket < count; bucket++) {
    const file = manifest.shards.get(`${collection}/${bucket}`);
    if (file === undefined) continue;
    const digest = manifest.digests.get(file);
    if (!digest) return null;
    total += digest.bytes;
  }
  return total;
}

/** The bytes of the records as a shard holds them (JSON, UTF-8). */
export function recordBytes(records: Iterable<object>): number {
  let total = 0;
  for (const record of records) total += Buffer.byteLength(JSON.stringify(record)) + 1;
  return total;
}

/** Every collection's bucket count chosen afresh by its size (a full rewrite follows). */
export function layoutBySize(manifest: Manifest, records: CollectionMaps): Layout {
  const buckets = Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const bytes = shardBytes(manifest, name) ?? recordBytes(records[name].values());
      return [name, bucketCountFor(bytes)];
    }),
  ) as Record<CollectionName, number>;
  return { version: LAYOUT_VERSION, buckets };
}

/**
 * Whether a collection that will hold about `bytes` has outgrown its `count` buckets (they would
 * average over twice the target): then the count it should have, else null.
 */
export function grownCount(bytes: number, count: number): number | null {
  if (bytes <= 2 * TARGET_SHARD_BYTES * count) return null;
  const next = bucketCountFor(bytes);
  return next > count ? next : null;
}
