// Checks that a shard from another workspace or commit is reported as damage, never merged.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { dropDigests, expectProblem, folderWithBackups, replaceFile, shardOf } from './damage';

const OTHER_WORKSPACE = 'f2000000-0000-4000-8000-000000000002';

interface ShardJson {
  collection: string;
  bucket: number;
  workspace?: string;
  seq?: number;
  records: Array<Record<string, unknown>>;
}

/** Rewrites the shard holding folio 0 as `edit` makes it (a file from elsewhere, copied over ours). */
async function replaceShard(dir: string, file: string, edit: (shard: ShardJson) => void) {
  const shard = JSON.parse(await readFile(join(dir, file), 'utf8')) as ShardJson;
  edit(shard);
  await replaceFile(dir, file, JSON.stringify(shard));
}

const fromAnotherWorkspace = (shard: ShardJson) => {
  for (const record of shard.records) record.workspaceId = OTHER_WORKSPACE;
};

describe('a shard that does not belong is damage, never merged', () => {
  for (const digests of [true, false]) {
    const format = digests ? 'with digests' : 'old format, no digests';
    it(`another workspace's shard (header) – ${format}`, async () => {
      const { dir, data, newestBackup } = await folderWithBackups(60);
      const { file } = await shardOf(dir, data);
      if (!digests) await dropDigests(dir);
      await replaceShard(dir, file, (shard) => {
        shard.workspace = OTHER_WORKSPACE;
        fromAnotherWorkspace(shard);
      });
      await expectProblem(
        dir,
        'corrupt',
        file,
        digests ? /SHA-256|另一个工作区/ : /属于另一个工作区/,
        newestBackup,
      );
    });

    it(`another workspace's shard from an older build (no header) – ${format}`, async () => {
      const { dir, data, newestBackup } = await folderWithBackups(60);
      const { file } = await shardOf(dir, data);
      if (!digests) await dropDigests(dir);
      await replaceShard(dir, file, (shard) => {
        delete shard.workspace;
        delete shard.seq;
        fromAnotherWorkspace(shard);
      });
      await expectProblem(
        dir,
        'corrupt',
        file,
        digests ? /SHA-256/ : /属于另一个工作区/,
        newestBackup,
      );
    });

    it(`a shard of another commit (seq) – ${format}`, async () => {
      const { dir, data, newestBackup } = await folderWithBackups(60);
      const { file } = await shardOf(dir, data);
      if (!digests) await dropDigests(dir);
      await replaceShard(dir, file, (shard) => {
        shard.seq = (shard.seq ?? 0) + 7;
      });
      await expectProblem(dir, 'corrupt', file, digests ? /SHA-256/ : /保存序号/, newestBackup);
    });
  }
});
