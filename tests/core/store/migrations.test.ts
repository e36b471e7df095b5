// Checks schema migrations: each step in order, input untouched, backup and rewrite on open, refusals.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_VERSION } from '../../../electron/core/store/layout';
import { SCHEMA_VERSION } from '../../../electron/core/model/collections';
import {
  MIGRATIONS,
  MigrationError,
  migrateDataset,
  type Migration,
  type RawDataset,
} from '../../../electron/core/model/migrations';
import { openStore } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { buildFixture } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';
import { readManifest } from './damage';
import { openOk, testClock } from './support';

/** A made-up v0: folios kept `investment` (万元) where v1 has `totalInvestment`, and meta had `title`. */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  describe: '总投资字段改名，工作区标题改名',
  up(data) {
    const meta = { ...(data.meta as Record<string, unknown>) };
    meta.name = meta.title;
    delete meta.title;
    const folios = (data.collections.folios ?? []).map((f) => {
      const { investment, ...rest } = f as Record<string, unknown>;
      return { ...rest, totalInvestment: investment };
    });
    return { ...data, meta, collections: { ...data.collections, folios } };
  },
};

function v0Dataset(): { raw: RawDataset; expected: RawDataset } {
  const data = buildFixture(12);
  const { name, ...metaRest } = data.meta;
  const oldFolios = data.folios.map(({ totalInvestment, ...rest }) => ({
    ...rest,
    investment: totalInvestment,
  }));
  const raw: RawDataset = {
    schemaVersion: 0,
    meta: { ...metaRest, title: name },
    collections: { folios: oldFolios, groups: data.groups },
  };
  const expected: RawDataset = {
    schemaVersion: SCHEMA_VERSION,
    meta: data.meta,
    collections: { folios: data.folios, groups: data.groups },
  };
  return { raw, expected };
}

describe('migrateDataset', () => {
  it('runs a v0 → v1 fixture step, then the real steps: fixture in, expected out, input untouched', () => {
    const { raw, expected } = v0Dataset();
    const frozenInput = JSON.stringify(raw);
    expect(migrateDataset(raw, [v0ToV1, ...MIGRATIONS])).toEqual(expected);
    expect(JSON.stringify(raw)).toBe(frozenInput);
  });

  it('applies a chain in order, whatever order the list is in', () => {
    const step = (from: number): Migration => ({
      from,
      to: from + 1,
      describe: `v${from}→v${from + 1}`,
      up: (d) => ({ ...d, meta: [...(d.meta as number[]), from] }),
    });
    const out = migrateDataset(
      { schemaVersion: 0, meta: [], collections: {} },
      [step(2), step(0), step(1)],
      3,
    );
    expect(out).toEqual({ schemaVersion: 3, meta: [0, 1, 2], collections: {} });
  });

  it('throws when a step is missing', () => {
    const { raw } = v0Dataset();
    expect(() => migrateDataset(raw, [])).toThrow(MigrationError);
    expect(() => migrateDataset(raw, [])).toThrow('缺少从数据版本 0 升级的步骤');
    const jump: Migration = { from: 0, to: 2, describe: 'skip', up: (d) => d };
    expect(() =>
      migrateDataset({ ...raw }, [jump, { from: 2, to: 3, describe: 'x', up: (d) => d }], 3),
    ).not.toThrow();
    expect(() => migrateDataset({ ...raw }, [jump], 3)).toThrow('缺少从数据版本 2 升级的步骤');
  });

  it('refuses to go backwards', () => {
    expect(() => migrateDataset({ schemaVersion: 5, meta: {}, collections: {} }, [], 1)).toThrow(
      '更新',
    );
  });
});

/** Writes a v0 data folder by hand, the way an older build would have left it. */
async function writeV0Folder(dir: string, raw: RawDataset): Promise<void> {
  await mkdir(join(dir, 'shards'), { recursive: true });
  const shards: Record<string, string> = {};
  for (const [collection, records] of Object.entries(raw.collections)) {
    const file = `shards/${collection}-0-3.json`;
    shards[`${collection}/0`] = file;
    await writeFile(join(dir, file), JSON.stringify({ collection, bucket: 0, records }));
  }
  const manifest = { format: 'dossier-desk', schemaVersion: 0, seq: 3, meta: raw.meta, shards };
  await writeFile(join(dir, 'dossier.json'), JSON.stringify(manifest));
}

describe('openStore on older data', () => {
  it('takes a backup, migrates, rewrites every shard at the current version', async () => {
    const dir = await makeTempDir();
    const { raw, expected } = v0Dataset();
    await writeV0Folder(dir, raw);
    const store = await openOk(dir, { migrations: [v0ToV1, ...MIGRATIONS] });
    expect(store.meta).toEqual(expected.meta);
    expect(store.count('folios')).toBe(12);
    const folio = (expected.collections.folios ?? [])[0] as { id: string };
    expect(store.get('folios', folio.id)).toEqual(folio);

    const manifest = await readManifest(dir);
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
    expect(manifest.layout?.version).toBe(LAYOUT_VERSION);
    // Every record was validated after the migration, so every rewritten shard has its digest.
    expect(Object.keys(manifest.digests?.files ?? {}).sort()).toEqual(
      Object.values(manifest.shards).sort(),
    );
    expect(await readdir(join(dir, 'shards'))).not.toContain('folios-0-3.json');

    const [backup] = await store.listBackups();
    expect(backup?.reason).toBe(`migrate-v0-v${SCHEMA_VERSION}`);
    const old = JSON.parse(
      await readFile(join(dir, 'backups', backup?.id ?? '', 'dossier.json'), 'utf8'),
    ) as {
      schemaVersion: number;
    };
    expect(old.schemaVersion).toBe(0);
  });

  it('without the step, reports the folder as not openable and leaves it untouched', async () => {
    const dir = await makeTempDir();
    await writeV0Folder(dir, v0Dataset().raw);
    const before = await snapshotDir(dir);
    const result = await openStore(dir, { clock: testClock() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('数据升级失败');
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
