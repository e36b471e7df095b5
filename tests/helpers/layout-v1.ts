// Writes a data folder in layout 1 (64 folio buckets, 8 of the rest, every shard in the manifest), as older builds left it.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTION_NAMES, SCHEMA_VERSION } from '../../electron/core/model/collections';
import { schemaFingerprint } from '../../electron/core/store/digest';
import { bucketOf } from '../../electron/core/store/layout';
import type { FixtureDataset } from './fixtures';

export async function writeLayoutV1Folder(dir: string, data: FixtureDataset): Promise<void> {
  await mkdir(join(dir, 'shards'), { recursive: true });
  const seq = 1;
  const shards: Record<string, string> = {};
  const files: Record<string, { bytes: number; sha256: string }> = {};
  const byCollection: Record<string, Array<{ id: string }>> = {
    groups: data.groups,
    people: data.people,
    enterprises: data.enterprises,
    folios: data.folios,
  };
  for (const collection of COLLECTION_NAMES) {
    const buckets = new Map<number, Array<{ id: string }>>();
    const records = [...(byCollection[collection] ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const record of records) {
      const bucket = bucketOf(collection, record.id);
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), record]);
    }
    for (const [bucket, list] of buckets) {
      const file = `shards/${collection}-${bucket}-${seq}.json`;
      const bytes = Buffer.from(
        JSON.stringify({ collection, bucket, workspace: data.meta.id, seq, records: list }),
      );
      await writeFile(join(dir, file), bytes);
      shards[`${collection}/${bucket}`] = file;
      files[file] = {
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    }
  }
  const manifest = {
    format: 'dossier-desk',
    schemaVersion: SCHEMA_VERSION,
    seq,
    meta: data.meta,
    shards,
    digests: { schema: schemaFingerprint(), files },
  };
  await writeFile(join(dir, 'dossier.json'), JSON.stringify(manifest));
}
