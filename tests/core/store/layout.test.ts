// Checks shards bounded by size: an older layout migrates on open, a growing collection gets more buckets.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LAYOUT_VERSION,
  TARGET_SHARD_BYTES,
  bucketOf,
  pageOf,
} from '../../../electron/core/store/layout';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { buildFixture, fixtureChange } from '../../helpers/fixtures';
import { writeLayoutV1Folder } from '../../helpers/layout-v1';
import { makeTempDir } from '../../helpers/temp-dir';
import { readManifest } from './damage';
import { expectSameRecords, openOk } from './support';

describe('shards bounded by size', () => {
  it('an older layout (64 fixed buckets) is rewritten on open in the layout its size calls for', async () => {
    const dir = await makeTempDir();
    const data = buildFixture(400);
    await writeLayoutV1Folder(dir, data);
    const store = await openOk(dir);
    expectSameRecords(store, data);
    await store.close();

    const manifest = await readManifest(dir);
    expect(manifest.layout?.version).toBe(LAYOUT_VERSION);
    // ~880 KB of folios: 8 buckets of ~110 KB (one page lists them) instead of 64 of ~14 KB.
    expect(manifest.layout?.buckets.folios).toBe(8);
    expect(Object.keys(manifest.pages ?? {}).filter((k) => k.startsWith('folios/'))).toEqual([
      'folios/0',
    ]);
    const names = await readdir(join(dir, 'shards'));
    expect(names.filter((n) => n.endsWith('-1.json'))).toEqual([]);
    expect(names.sort()).toEqual(
      [...Object.values(manifest.shards), ...Object.values(manifest.pages ?? {})]
        .map((f) => f.slice('shards/'.length))
        .sort(),
    );
    // Once migrated, opening again writes nothing.
    const before = await snapshotDir(dir);
    const again = await openOk(dir);
    expectSameRecords(again, data);
    await again.close();
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('a collection that outgrows its buckets is split in the commit, and edits stay small', async () => {
    const dir = await makeTempDir();
    const small = buildFixture(60);
    const store = await openOk(dir);
    await store.commit(fixtureChange(small));
    const first = (await readManifest(dir)).layout?.buckets.folios ?? 0;
    const big = buildFixture(1_200);
    await store.commit({ put: { folios: big.folios.slice(60) } });
    const manifest = await readManifest(dir);
    const count = manifest.layout?.buckets.folios ?? 0;
    expect(count).toBeGreaterThan(first);
    for (const [key, file] of Object.entries(manifest.shards)) {
      if (!key.startsWith('folios/')) continue;
      expect(manifest.digests?.files[file]?.bytes).toBeLessThan(2 * TARGET_SHARD_BYTES);
    }

    // One edit: one shard and the page listing it are new; everything else is as it was.
    const folio = big.folios[500];
    if (!folio) throw new Error('fixture too small');
    const before = new Set(await readdir(join(dir, 'shards')));
    await store.commit({ put: { folios: [{ ...folio, notes: '只改一条' }] } });
    const added = (await readdir(join(dir, 'shards'))).filter((n) => !before.has(n));
    const bucket = bucketOf('folios', folio.id, count);
    expect(added.sort()).toEqual(
      [
        `folios-${bucket}-${store.seq}.json`,
        `folios-p${pageOf(bucket, count)}-${store.seq}.json`,
      ].sort(),
    );
    await store.close();

    const reopened = await openOk(dir);
    expect(reopened.count('folios')).toBe(1_200);
    expect(reopened.get('folios', folio.id)?.notes).toBe('只改一条');
    await reopened.close();
  });
});
