import { readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/core/model/collections';
import { bucketOf } from '../../../electron/core/store/layout';
import { openStore } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import type { FixtureDataset } from '../../helpers/fixtures';
import { openOk, seededDir, testClock } from './support';

interface Manifest {
  seq: number;
  schemaVersion: number;
  shards: Record<string, string>;
}

const readManifest = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'dossier.json'), 'utf8')) as Manifest;

/** A seeded folder with two backups (two sessions of edits), closed. */
async function folderWithBackups(): Promise<{
  dir: string;
  data: FixtureDataset;
  newestBackup: string;
}> {
  const { dir, data } = await seededDir(120);
  for (const name of ['第一次会话', '第二次会话']) {
    const store = await openOk(dir);
    await store.commit({ meta: { ...store.meta, name } });
    await store.close();
  }
  const store = await openOk(dir);
  const backups = await store.listBackups();
  await store.close();
  const newest = backups[0];
  if (!newest) throw new Error('expected backups');
  return { dir, data, newestBackup: newest.id };
}

async function shardOf(
  dir: string,
  data: FixtureDataset,
  index = 0,
): Promise<{ file: string; id: string }> {
  const folio = data.folios[index];
  if (!folio) throw new Error('fixture too small');
  const file = (await readManifest(dir)).shards[`folios/${bucketOf('folios', folio.id)}`];
  if (!file) throw new Error('no shard');
  return { file, id: folio.id };
}

async function expectProblem(
  dir: string,
  kind: string,
  file: string,
  message: RegExp,
  newestBackup?: string,
) {
  const before = await snapshotDir(dir);
  const result = await openStore(dir, { clock: testClock() });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problem.kind).toBe(kind);
  expect(result.problem.file).toBe(file);
  expect(result.problem.message).toMatch(message);
  if (newestBackup) {
    expect(result.problem.backups[0]?.id).toBe(newestBackup);
    expect(result.problem.backups.every((b) => b.valid)).toBe(true);
    expect(result.problem.message).toContain('可以从最近的有效备份恢复');
  }
  // Nothing written, nothing replaced: the bad file is byte-identical, and no lock is left.
  expect(await snapshotDir(dir)).toEqual(before);
}

describe('a folder that cannot be opened is left as it is', () => {
  it('unparsable manifest → corrupt, naming dossier.json', async () => {
    const { dir, newestBackup } = await folderWithBackups();
    const text = await readFile(join(dir, 'dossier.json'), 'utf8');
    await writeFile(join(dir, 'dossier.json'), text.slice(0, text.length / 2));
    await expectProblem(dir, 'corrupt', 'dossier.json', /dossier\.json 已损坏/, newestBackup);
  });

  it('truncated shard → corrupt, naming the shard', async () => {
    const { dir, data, newestBackup } = await folderWithBackups();
    const { file } = await shardOf(dir, data);
    const bytes = await readFile(join(dir, file));
    // Written as a new file next to the original, so the backups' hard links keep the good bytes.
    await writeFile(join(dir, `${file}.new`), bytes.subarray(0, 100));
    await rename(join(dir, `${file}.new`), join(dir, file));
    await expectProblem(dir, 'corrupt', file, /已损坏/, newestBackup);
  });

  it('missing shard → corrupt, naming the missing file', async () => {
    const { dir, data, newestBackup } = await folderWithBackups();
    const { file } = await shardOf(dir, data, 5);
    await unlink(join(dir, file));
    await expectProblem(dir, 'corrupt', file, /缺少文件/, newestBackup);
  });

  it('a record failing its schema → corrupt, naming the file, the record and the field', async () => {
    const { dir, data, newestBackup } = await folderWithBackups();
    const { file, id } = await shardOf(dir, data, 9);
    const shard = JSON.parse(await readFile(join(dir, file), 'utf8')) as {
      records: Array<Record<string, unknown>>;
    };
    const record = shard.records.find((r) => r.id === id);
    if (!record) throw new Error('record not in its shard');
    record.totalInvestment = -5;
    await writeFile(join(dir, `${file}.new`), JSON.stringify(shard));
    await rename(join(dir, `${file}.new`), join(dir, file));
    const message = new RegExp(`记录 ${id} 无效：字段 totalInvestment：金额不能为负数`);
    await expectProblem(dir, 'corrupt', file, message, newestBackup);
  });

  it('no manifest but shards present → missing, never a new empty workspace', async () => {
    const { dir, newestBackup } = await folderWithBackups();
    await unlink(join(dir, 'dossier.json'));
    await expectProblem(dir, 'missing', 'dossier.json', /缺少 dossier\.json/, newestBackup);
  });

  it('no manifest and only backups left → missing as well', async () => {
    const { dir } = await folderWithBackups();
    await unlink(join(dir, 'dossier.json'));
    await rm(join(dir, 'shards'), { recursive: true });
    await expectProblem(dir, 'missing', 'dossier.json', /缺少/);
  });

  it('data from a newer version → newer, untouched', async () => {
    const { dir } = await folderWithBackups();
    const manifest = await readManifest(dir);
    await writeFile(
      join(dir, 'dossier.json'),
      JSON.stringify({ ...manifest, schemaVersion: SCHEMA_VERSION + 1 }),
    );
    await expectProblem(dir, 'newer', 'dossier.json', /更新版本/);
  });

  it('a file that is not ours → corrupt, not overwritten', async () => {
    const { dir } = await folderWithBackups();
    await writeFile(join(dir, 'dossier.json'), JSON.stringify({ hello: 'world' }));
    await expectProblem(dir, 'corrupt', 'dossier.json', /不是招商卷宗的数据文件/);
  });

  it('a manifest pointing outside the data folder is rejected', async () => {
    const { dir } = await folderWithBackups();
    const manifest = await readManifest(dir);
    const key = Object.keys(manifest.shards)[0] ?? 'folios/0';
    manifest.shards[key] = '../../etc/passwd';
    await writeFile(join(dir, 'dossier.json'), JSON.stringify(manifest));
    await expectProblem(dir, 'corrupt', 'dossier.json', /内容无效/);
  });
});
