// Checks a commit that fails part-way: memory and disk unchanged, or writing stops when unsure.
import { describe, expect, it } from 'vitest';
import type { Folio } from '../../../electron/core/model/records';
import { StoreUncertainError } from '../../../electron/core/store/commit-writer';
import { writeDurable, type WriteFn } from '../../../electron/core/store/durable-file';
import { bucketOf } from '../../../electron/core/store/layout';
import type { DossierStore } from '../../../electron/core/store/store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { readManifest } from './damage';
import { dumpRecords, faultyWrite, openOk, seededDir } from './support';

/**
 * Every commit below touches three folio buckets, their pages and the manifest. The injected write fails
 * at one point of it; afterwards memory and every byte on disk must be as before the commit.
 * (Disk errors are injected through the store's write primitive: as root, a read-only folder
 * does not stop writes.)
 */
async function setup() {
  const { dir, data } = await seededDir(300);
  const faults = faultyWrite();
  const store = await openOk(dir, { write: faults.write });
  // The session's first commit also takes a backup; get that out of the way first.
  await store.commit({ meta: { ...store.meta, name: '准备' } });
  const picks: Folio[] = [];
  const seen = new Set<number>();
  const count = (await readManifest(dir)).layout?.buckets.folios;
  for (const f of data.folios) {
    const b = bucketOf('folios', f.id, count);
    if (!seen.has(b)) {
      seen.add(b);
      picks.push(f);
    }
    if (picks.length === 3) break;
  }
  const change = {
    put: { folios: picks.map((f) => ({ ...f, notes: '失败的保存', rev: f.rev + 1 })) },
    meta: { ...store.meta, name: '失败的保存' },
  };
  return { dir, store, faults, change, picks };
}

async function expectUnchanged(
  store: DossierStore,
  dir: string,
  before: { dump: unknown; disk: unknown; seq: number; name: string },
) {
  expect(dumpRecords(store)).toEqual(before.dump);
  expect(store.seq).toBe(before.seq);
  expect(store.meta.name).toBe(before.name);
  expect(await snapshotDir(dir)).toEqual(before.disk);
}

async function capture(store: DossierStore, dir: string) {
  return {
    dump: dumpRecords(store),
    disk: await snapshotDir(dir),
    seq: store.seq,
    name: store.meta.name,
  };
}

/** Fails the commit's first manifest write one way and any later one (putting it back) another. */
function firstManifestWrite(first: 'after', later: 'before' | null) {
  let seen = 0;
  return (path: string): 'before' | 'after' | null =>
    path.endsWith('dossier.json') ? (seen++ === 0 ? first : later) : null;
}

describe('a commit that fails part-way', () => {
  const cases: Array<[string, (path: string, index: number) => 'before' | 'after' | null]> = [
    ['the first shard write', (_p, i) => (i === 0 ? 'before' : null)],
    [
      'the last shard write (after the others succeeded)',
      (p, i) => (i === 2 && p.includes('shards') ? 'before' : null),
    ],
    ['the manifest write', (p) => (p.endsWith('dossier.json') ? 'before' : null)],
    ['after the manifest rename (e.g. the folder fsync)', firstManifestWrite('after', null)],
  ];

  it.each(cases)(
    'fails at %s: memory and disk are unchanged, and the store goes on working',
    async (_name, rule) => {
      const { dir, store, faults, change, picks } = await setup();
      const before = await capture(store, dir);
      faults.failWhen(rule);
      await expect(store.commit(change)).rejects.toThrow(/injected failure/);
      await expectUnchanged(store, dir, before);

      faults.heal();
      await store.commit(change);
      expect(store.get('folios', picks[0]?.id ?? '')?.notes).toBe('失败的保存');
      await store.close();
      const reopened = await openOk(dir);
      expect(reopened.meta.name).toBe('失败的保存');
      expect(reopened.seq).toBe(before.seq + 1);
    },
  );

  it('stops writing when it cannot tell whether the manifest was replaced', async () => {
    const { dir, store, faults, change } = await setup();
    const before = await capture(store, dir);
    // The new manifest lands, then both that write and the attempt to put the old one back fail.
    faults.failWhen(firstManifestWrite('after', 'before'));
    await expect(store.commit(change)).rejects.toThrow(StoreUncertainError);
    expect(dumpRecords(store)).toEqual(before.dump);
    faults.heal();
    await expect(store.commit(change)).rejects.toThrow(/无法确认/);
    await store.close();
    // What is on disk is the new state, complete: the manifest and its shards agree.
    const reopened = await openOk(dir);
    expect(reopened.meta.name).toBe('失败的保存');
  });
});

describe('the manifest of a commit', () => {
  it('is written alongside the shards, but replaces the old one only once they are on disk', async () => {
    const { dir, data } = await seededDir(50);
    let manifestCalled: () => void = () => undefined;
    const manifestStarted = new Promise<void>((resolve) => (manifestCalled = resolve));
    const seqWhileShardsPending: number[] = [];
    const write: WriteFn = async (path, bytes, options) => {
      if (path.endsWith('dossier.json')) manifestCalled();
      else if (path.includes('shards')) {
        // Hold the shard back until the manifest's write has begun: the old one is still there.
        await manifestStarted;
        seqWhileShardsPending.push((await readManifest(dir)).seq);
      }
      await writeDurable(path, bytes, options);
    };
    const store = await openOk(dir, { write });
    const before = store.seq;
    const folio = data.folios[3];
    if (!folio) throw new Error('fixture folio missing');
    await store.commit({ put: { folios: [{ ...folio, rev: folio.rev + 1, notes: '并行' }] } });
    expect(seqWhileShardsPending.length).toBeGreaterThan(0);
    expect(new Set(seqWhileShardsPending)).toEqual(new Set([before]));
    expect((await readManifest(dir)).seq).toBe(before + 1);
    await store.close();
    expect((await openOk(dir)).get('folios', folio.id)?.notes).toBe('并行');
  });
});
