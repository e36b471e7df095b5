// Checks the store: a new workspace, round trips of 1,000 folios, buckets, atomic commits, bad records.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../electron/core/clock';
import { SCHEMA_VERSION } from '../../../electron/core/model/collections';
import { DEFAULT_CHAINS } from '../../../electron/core/model/enums';
import { InvalidChangeError } from '../../../electron/core/store/change';
import {
  LAYOUT_VERSION,
  TARGET_SHARD_BYTES,
  bucketOf,
  pageOf,
} from '../../../electron/core/store/layout';
import { openStore } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { buildFixture, fixtureChange } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';
import { readManifest } from './damage';
import { START, dumpRecords, expectSameRecords, openOk, seededDir } from './support';

describe('openStore on an empty folder', () => {
  it('creates a new empty workspace with the default chains and the clock’s time', async () => {
    const dir = join(await makeTempDir(), 'not-yet-there');
    const result = await openStore(dir, {
      clock: { now: () => new Date(START) },
      ids: sequentialIds('ws'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { store, created } = result;
    expect(created).toBe(true);
    expect(store.meta).toEqual({
      id: 'ws-00000001',
      name: '我的工作区',
      isDemo: false,
      operator: '',
      fontFiles: {},
      chains: [...DEFAULT_CHAINS],
      createdAt: START.toISOString(),
    });
    expect(store.count('folios')).toBe(0);
    await store.close();

    const manifest: unknown = JSON.parse(await readFile(join(dir, 'dossier.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'dossier-desk',
      schemaVersion: SCHEMA_VERSION,
      seq: 0,
      layout: { version: LAYOUT_VERSION, buckets: { folios: 1, groups: 1 } },
      pages: {},
    });
    const again = await openOk(dir);
    expect(again.meta.id).toBe('ws-00000001');
  });

  it('uses a random UUID for the workspace id when no id source is given', async () => {
    const store = await openOk(await makeTempDir());
    expect(store.meta.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('commit and reopen', () => {
  it('round-trips 1,000 folios with their groups, people and enterprises', async () => {
    const { dir, data } = await seededDir(1000);
    const store = await openOk(dir);
    expect(store.count('folios')).toBe(1000);
    expect(store.meta).toEqual(data.meta);
    expectSameRecords(store, data);
    const first = data.folios[0];
    expect(first && store.get('folios', first.id)).toEqual(first);
  });

  it('spreads records over buckets by id hash, as many as their size calls for, in compact JSON', async () => {
    const { dir, data } = await seededDir(300);
    const manifest = await readManifest(dir);
    const count = manifest.layout?.buckets.folios ?? 0;
    const folioBuckets = Object.keys(manifest.shards).filter((k) => k.startsWith('folios/'));
    expect(folioBuckets.length).toBeGreaterThan(count * 0.9);
    // Each shard stays under twice the target size, so an edit rewrites little at any size.
    for (const file of folioBuckets.map((k) => manifest.shards[k] ?? '')) {
      const bytes = manifest.digests?.files[file]?.bytes ?? Infinity;
      expect(bytes).toBeLessThan(2 * TARGET_SHARD_BYTES);
    }
    expect(count).toBeGreaterThan(1);
    const folio = data.folios[7];
    if (!folio) throw new Error('fixture too small');
    const file = manifest.shards[`folios/${bucketOf('folios', folio.id, count)}`];
    expect(file).toBeDefined();
    const text = await readFile(join(dir, file ?? ''), 'utf8');
    expect(text).not.toContain('\n');
    expect(text).toContain(folio.id);
  });

  it('commits several records at once, atomically: all are there after reopening', async () => {
    const { dir, data } = await seededDir(200);
    const store = await openOk(dir);
    const changed = data.folios
      .slice(0, 40)
      .map((f, i) => ({ ...f, notes: `批量修改 ${i}`, rev: f.rev + 1 }));
    const doomed = data.folios.slice(40, 45).map((f) => f.id);
    await store.commit({
      put: { folios: changed },
      delete: { folios: doomed },
      meta: { ...data.meta, name: '改名' },
    });
    expect(store.count('folios')).toBe(195);
    await store.close();

    const reopened = await openOk(dir);
    expect(reopened.meta.name).toBe('改名');
    expect(reopened.count('folios')).toBe(195);
    for (const f of changed) expect(reopened.get('folios', f.id)).toEqual(f);
    for (const id of doomed) expect(reopened.get('folios', id)).toBeUndefined();
  });

  it('rewrites only the touched buckets and deletes the files no longer referenced', async () => {
    const { dir, data } = await seededDir(500);
    const store = await openOk(dir);
    const before = new Set(await readdir(join(dir, 'shards')));
    const folio = data.folios[3];
    if (!folio) throw new Error('fixture too small');
    await store.commit({ put: { folios: [{ ...folio, notes: '只改一条' }] } });
    const after = new Set(await readdir(join(dir, 'shards')));
    const added = [...after].filter((f) => !before.has(f));
    const removed = [...before].filter((f) => !after.has(f));
    const count = (await readManifest(dir)).layout?.buckets.folios ?? 1;
    const bucket = bucketOf('folios', folio.id, count);
    // The bucket's shard and the page listing it; the manifest lists pages only.
    expect(added.sort()).toEqual(
      [
        `folios-${bucket}-${store.seq}.json`,
        `folios-p${pageOf(bucket, count)}-${store.seq}.json`,
      ].sort(),
    );
    expect(removed).toHaveLength(2);
  });

  it('rejects an invalid record with a clear error and writes nothing', async () => {
    const { dir, data } = await seededDir(50);
    const store = await openOk(dir);
    await store.commit({ meta: { ...data.meta, name: '先保存一次' } });
    const before = await snapshotDir(dir);
    const [a, b] = data.folios;
    if (!a || !b) throw new Error('fixture too small');
    const bad = { ...b, fundsInPlace: b.totalInvestment + 1 };
    const attempt = store.commit({ put: { folios: [{ ...a, notes: '这条本身没问题' }, bad] } });
    await expect(attempt).rejects.toThrow(InvalidChangeError);
    await expect(attempt).rejects.toThrow(
      /记录 .* 无效，字段 fundsInPlace：到位资金不能超过总投资额/,
    );
    expect(store.get('folios', a.id)).toEqual(a);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('serializes concurrent commits: none is lost or interleaved', async () => {
    const { dir, data } = await seededDir(100);
    const store = await openOk(dir);
    const startSeq = store.seq;
    await Promise.all(
      data.folios
        .slice(0, 20)
        .map((f, i) => store.commit({ put: { folios: [{ ...f, notes: `并发 ${i}` }] } })),
    );
    expect(store.seq).toBe(startSeq + 20);
    await store.close();
    const reopened = await openOk(dir);
    data.folios
      .slice(0, 20)
      .forEach((f, i) => expect(reopened.get('folios', f.id)?.notes).toBe(`并发 ${i}`));
  });

  it('hands out frozen records, so an accidental in-place edit throws instead of changing memory', async () => {
    const { dir, data } = await seededDir(10);
    const store = await openOk(dir);
    const folio = data.folios[0];
    const stored = folio && store.get('folios', folio.id);
    if (!stored) throw new Error('missing folio');
    expect(() => {
      (stored as { notes: string }).notes = 'x';
    }).toThrow(TypeError);
    expect(() => (stored.tags as string[]).push('x')).toThrow(TypeError);
    expect(Object.isFrozen(store.meta)).toBe(true);
  });

  it('refuses to commit after close and releases the lock', async () => {
    const dir = await makeTempDir();
    const store = await openOk(dir);
    await store.close();
    const data = buildFixture(1);
    await expect(store.commit(fixtureChange(data))).rejects.toThrow('工作区已关闭');
    expect(await readdir(dir)).not.toContain('dossier.lock');
    expect(dumpRecords(store).folios).toEqual([]);
  });
});
