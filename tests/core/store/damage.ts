// Test helpers that damage a data folder: manifest edits, dropped digests, replaced files, shard lookup.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FileDigest } from '../../../electron/core/store/digest';
import { bucketOf, pageOf, pagePath } from '../../../electron/core/store/layout';
import { openStore } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import type { FixtureDataset } from '../../helpers/fixtures';
import { openOk, seededDir, testClock } from './support';

type Digests = Record<string, FileDigest>;

/**
 * dossier.json as these tests read and tamper with it: every shard and its digest in one place.
 * (Layout 2 keeps them in page files; readManifest gathers them, writeManifestJson writes pages
 * again from what the test left.)
 */
export interface ManifestJson {
  seq: number;
  schemaVersion: number;
  meta: { id: string };
  shards: Record<string, string>;
  digests?: { schema: string; files: Digests };
  layout?: { version: number; buckets: Record<string, number> };
  pages?: Record<string, string>;
}

interface PageJson {
  shards: Record<string, string>;
  digests: Digests;
}

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;

export async function readManifest(dir: string): Promise<ManifestJson> {
  const raw = await readJson<ManifestJson>(join(dir, 'dossier.json'));
  if (!raw.layout || !raw.pages) return raw;
  const shards: Record<string, string> = {};
  const files: Digests = {};
  for (const file of Object.values(raw.pages)) {
    const page = await readJson<PageJson>(join(dir, file));
    Object.assign(shards, page.shards);
    Object.assign(files, page.digests);
  }
  return { ...raw, shards, digests: raw.digests && { schema: raw.digests.schema, files } };
}

/** Writes the manifest back; in layout 2, the pages it lists are written anew from `shards`. */
export async function writeManifestJson(dir: string, manifest: ManifestJson): Promise<void> {
  if (!manifest.layout) {
    await writeFile(join(dir, 'dossier.json'), JSON.stringify(manifest));
    return;
  }
  const pages: Record<string, PageJson & { collection: string; page: number }> = {};
  for (const [key, file] of Object.entries(manifest.shards)) {
    const [collection = '', bucket = '0'] = key.split('/');
    const page = pageOf(Number(bucket), manifest.layout.buckets[collection] ?? 1);
    const entry = (pages[`${collection}/${page}`] ??= {
      collection,
      page,
      shards: {},
      digests: {},
    });
    entry.shards[key] = file;
    const digest = manifest.digests?.files[file];
    if (digest) entry.digests[file] = digest;
  }
  const listed: Record<string, string> = {};
  const files: Digests = {};
  for (const [key, { collection, page, ...rest }] of Object.entries(pages)) {
    const file = pagePath(collection, page, manifest.seq);
    const content = { collection, page, workspace: manifest.meta.id, seq: manifest.seq, ...rest };
    const bytes = Buffer.from(JSON.stringify(content));
    await writeFile(join(dir, file), bytes);
    listed[key] = file;
    files[file] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  const { digests, ...head } = manifest;
  const out = {
    ...head,
    shards: undefined,
    pages: listed,
    digests: { schema: digests?.schema ?? '0'.repeat(64), files },
  };
  await writeFile(join(dir, 'dossier.json'), JSON.stringify(out));
}

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

/** Changes one record inside its shard `file` (as a hand edit would), by replaceFile; the bytes written. */
export async function editShardRecord(
  dir: string,
  file: string,
  id: string,
  edit: (record: Record<string, unknown>) => void,
): Promise<Buffer> {
  const shard = JSON.parse(await readFile(join(dir, file), 'utf8')) as {
    records: Array<Record<string, unknown>>;
  };
  const record = shard.records.find((r) => r.id === id);
  if (!record) throw new Error('record not in its shard');
  edit(record);
  const bytes = Buffer.from(JSON.stringify(shard));
  await replaceFile(dir, file, bytes);
  return bytes;
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
  const manifest = await readManifest(dir);
  const count = manifest.layout?.buckets.folios;
  const file = manifest.shards[`folios/${bucketOf('folios', folio.id, count)}`];
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
