// Test helpers that damage a data folder: manifest edits, dropped digests, replaced files, shard lookup.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { bucketOf } from '../../../electron/core/store/layout';
import { openStore } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import type { FixtureDataset } from '../../helpers/fixtures';
import { openOk, seededDir, testClock } from './support';

/** dossier.json as these tests read and tamper with it. */
export interface ManifestJson {
  seq: number;
  schemaVersion: number;
  shards: Record<string, string>;
  digests?: { schema: string; files: Record<string, { bytes: number; sha256: string }> };
}

export const readManifest = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'dossier.json'), 'utf8')) as ManifestJson;

export const writeManifestJson = (dir: string, manifest: ManifestJson) =>
  writeFile(join(dir, 'dossier.json'), JSON.stringify(manifest));

/** What an older build left: the same manifest without digests. */
export async function dropDigests(dir: string): Promise<void> {
  const manifest = await readManifest(dir);
  delete manifest.digests;
  await writeManifestJson(dir, manifest);
}

/**
 * Gives `file` new bytes as a new file renamed over it, so that backups, which hard-link the
 * same shard files, keep the good bytes.
 */
export async function replaceFile(dir: string, file: string, bytes: Uint8Array | string) {
  await writeFile(join(dir, `${file}.new`), bytes);
  await rename(join(dir, `${file}.new`), join(dir, file));
}

/** A seeded folder with two backups (two sessions of edits), closed. */
export async function folderWithBackups(n = 120): Promise<{
  dir: string;
  data: FixtureDataset;
  newestBackup: string;
}> {
  const { dir, data } = await seededDir(n);
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

/** The shard file holding the fixture's folio number `index`, and that folio's id. */
export async function shardOf(
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

/** Opening fails as described, and the folder is left byte for byte as it was. */
export async function expectProblem(
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
