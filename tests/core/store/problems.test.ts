// Checks that a folder that cannot be opened is named as corrupt, missing or newer, and left untouched.
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/core/model/collections';
import { expectProblem, folderWithBackups, readManifest, replaceFile, shardOf } from './damage';

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
    await replaceFile(dir, file, bytes.subarray(0, 100));
    await expectProblem(dir, 'corrupt', file, /已损坏/, newestBackup);
  });

  it('missing shard → corrupt, naming the missing file', async () => {
    const { dir, data, newestBackup } = await folderWithBackups();
    const { file } = await shardOf(dir, data, 5);
    await unlink(join(dir, file));
    await expectProblem(dir, 'corrupt', file, /缺少文件/, newestBackup);
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
