// Checks shard digests: recorded per commit, a changed byte caught, old manifests fully validated.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLLECTION_SCHEMAS } from '../../../electron/core/model/collections';
import { outlineRow } from '../../../electron/core/model/folio-outline';
import type { Folio } from '../../../electron/core/model/records';
import { asciiJson } from '../../../electron/core/store/commit-writer';
import { restoreBackup } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import {
  dropDigests,
  editShardRecord,
  expectProblem,
  folderWithBackups,
  readManifest,
  replaceFile,
  shardOf,
  writeManifestJson,
} from './damage';
import { expectSameRecords, openOk, seededDir, testClock } from './support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every shard the manifest lists has its digest recorded, and it matches the file. */
async function expectDigestsOfEveryShard(dir: string): Promise<void> {
  const manifest = await readManifest(dir);
  const files = Object.values(manifest.shards);
  expect(files.length).toBeGreaterThan(0);
  expect(Object.keys(manifest.digests?.files ?? {}).sort()).toEqual([...files].sort());
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    const recorded = manifest.digests?.files[file];
    const whole = { bytes: bytes.length, sha256: sha256(bytes) };
    if (!file.startsWith('shards/folios-')) {
      expect(recorded).toEqual(whole);
      continue;
    }
    // A folio shard's head: the bytes before its records, in ASCII, with their own digest, and
    // by themselves (closed with a brace) the outline row of each of its folios.
    const length = recorded?.head?.bytes ?? 0;
    const head = bytes.subarray(0, length);
    expect(recorded).toEqual({ ...whole, head: { bytes: length, crc32: crc32(head) } });
    expect(head.every((byte) => byte < 0x80)).toBe(true);
    const { outlines } = JSON.parse(`${head.toString('utf8')}}`) as { outlines: unknown[] };
    const { records } = JSON.parse(bytes.toString('utf8')) as { records: Folio[] };
    expect(outlines).toEqual(records.map(outlineRow));
  }
}

/** The shard's bytes with one character of the folio's name changed: same length, valid JSON. */
async function renameInPlace(dir: string, file: string, name: string) {
  const text = await readFile(join(dir, file), 'utf8');
  const first = name.charAt(0);
  const changed = `${first === '甲' ? '乙' : '甲'}${name.slice(1)}`;
  const quoted = JSON.stringify(name);
  const at = text.indexOf(quoted);
  expect(at).toBeGreaterThan(0);
  const next = text.slice(0, at) + JSON.stringify(changed) + text.slice(at + quoted.length);
  return { before: Buffer.from(text), after: Buffer.from(next), changed };
}

describe('shard digests', () => {
  it('records the length and SHA-256 of every shard a commit writes, and drops old ones', async () => {
    const { dir, data } = await seededDir(200);
    await expectDigestsOfEveryShard(dir);
    const store = await openOk(dir);
    const folio = data.folios[3];
    if (!folio) throw new Error('fixture too small');
    await store.commit({ put: { folios: [{ ...folio, notes: '改一条', rev: folio.rev + 1 }] } });
    await store.close();
    await expectDigestsOfEveryShard(dir);
  });

  it('a shard changed after its commit (one character, same length) → corrupt, naming it', async () => {
    const { dir, data, newestBackup } = await folderWithBackups();
    const { file, id } = await shardOf(dir, data, 4);
    const folio = data.folios[4];
    if (!folio) throw new Error('fixture too small');
    const { before, after, changed } = await renameInPlace(dir, file, folio.name);
    expect(after.length).toBe(before.length);
    // The change is one no schema could notice: the record is still perfectly valid.
    const record = { ...folio, name: changed };
    expect(COLLECTION_SCHEMAS.folios.safeParse(record).success).toBe(true);
    expect(id).toBe(folio.id);

    await replaceFile(dir, file, after);
    await expectProblem(dir, 'corrupt', file, /已损坏：内容在保存之后被改动过/, newestBackup);
  });

  it('a manifest without digests (an older build) opens with full validation; the next commit adds them', async () => {
    const { dir, data } = await seededDir(150);
    await dropDigests(dir);
    const store = await openOk(dir);
    expectSameRecords(store, data);
    await store.commit({ meta: { ...store.meta, name: '升级后的第一次保存' } });
    await store.close();
    // Shards untouched by that commit get their digests too: they were validated on open.
    await expectDigestsOfEveryShard(dir);
    expectSameRecords(await openOk(dir), data);
  });

  it('without digests, a record failing its schema → corrupt, naming the file, the record and the field', async () => {
    const { dir, data, newestBackup } = await folderWithBackups();
    await dropDigests(dir);
    const { file, id } = await shardOf(dir, data, 9);
    await editShardRecord(dir, file, id, (record) => {
      record.totalInvestment = -5;
    });
    const message = new RegExp(`记录 ${id} 无效：字段 totalInvestment：金额不能为负数`);
    await expectProblem(dir, 'corrupt', file, message, newestBackup);
  });

  it('without digests, bytes that are not UTF-8 → corrupt, instead of decoded into other text', async () => {
    const { dir, data } = await seededDir(50);
    await dropDigests(dir);
    const { file } = await shardOf(dir, data, 2);
    const bytes = Buffer.from(await readFile(join(dir, file)));
    const at = bytes.findIndex((b) => b >= 0xe0); // the first byte of a Chinese character
    bytes[at + 1] = 0xff;
    await replaceFile(dir, file, bytes);
    await expectProblem(dir, 'corrupt', file, /无效的 UTF-8/);
  });

  it('digests made under other record schemas do not vouch for records: they are validated', async () => {
    const { dir, data } = await seededDir(80);
    const { file, id } = await shardOf(dir, data, 1);
    const bytes = await editShardRecord(dir, file, id, (record) => {
      record.fundsInPlace = -1;
    });
    const manifest = await readManifest(dir);
    if (!manifest.digests) throw new Error('expected digests');
    manifest.digests.files[file] = { bytes: bytes.length, sha256: sha256(bytes) };
    manifest.digests.schema = '0'.repeat(64);
    await writeManifestJson(dir, manifest);
    await expectProblem(dir, 'corrupt', file, new RegExp(`记录 ${id} 无效：字段 fundsInPlace`));
  });

  it('a malformed digest makes the page listing the shard invalid', async () => {
    const { dir } = await seededDir(20);
    const manifest = await readManifest(dir);
    const [key, file] = Object.entries(manifest.shards)[0] ?? [];
    if (!manifest.digests || !file || !key) throw new Error('expected digests');
    manifest.digests.files[file] = { bytes: -1, sha256: 'abc' };
    await writeManifestJson(dir, manifest);
    const page = (await readManifest(dir)).pages?.[`${key.split('/')[0]}/0`] ?? '';
    await expectProblem(dir, 'corrupt', page, /分片目录 .* 内容无效/);
  });

  it('a malformed page digest makes the manifest invalid', async () => {
    const { dir } = await seededDir(20);
    const raw = JSON.parse(await readFile(join(dir, 'dossier.json'), 'utf8')) as {
      digests: { files: Record<string, unknown> };
    };
    const [page] = Object.keys(raw.digests.files);
    raw.digests.files[page ?? ''] = { bytes: -1, sha256: 'abc' };
    await writeFile(join(dir, 'dossier.json'), JSON.stringify(raw));
    await expectProblem(dir, 'corrupt', 'dossier.json', /dossier\.json 内容无效/);
  });

  it('a backup whose shard changed is listed as not valid and cannot be restored', async () => {
    const { dir, data } = await seededDir(60);
    const store = await openOk(dir);
    const good = await store.backup('good');
    const bad = await store.backup('bad');
    const backupDir = join(dir, 'backups', bad.id);
    const { file } = await shardOf(backupDir, data, 0);
    const folio = data.folios[0];
    if (!folio) throw new Error('fixture too small');
    await replaceFile(backupDir, file, (await renameInPlace(backupDir, file, folio.name)).after);
    const listed = await store.listBackups();
    expect(listed.find((b) => b.id === bad.id)?.valid).toBe(false);
    expect(listed.find((b) => b.id === good.id)?.valid).toBe(true);
    await store.close();

    const before = await snapshotDir(dir);
    const result = await restoreBackup(dir, bad.id, { clock: testClock() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.file).toBe(`backups/${bad.id}/${file}`);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});

describe('the ASCII a folio shard head is written in', () => {
  it('escapes every character beyond ASCII and parses back to the same value', () => {
    const value = {
      name: '天水麻辣烫·一期 ✓ 𠀀😀',
      edge: '\u007f\u0080\u00ff\u0100\uffff',
      plain: 'ASCII "quoted" \\ back',
      again: '天水天水',
    };
    // Twice: the second time the escapes are the ones kept from the first.
    for (let round = 0; round < 2; round++) {
      const text = asciiJson(value);
      expect([...text].every((c) => c.charCodeAt(0) < 0x7f)).toBe(true);
      expect(text).toContain('\\u5929\\u6c34');
      expect(JSON.parse(text)).toEqual(value);
    }
  });
});
