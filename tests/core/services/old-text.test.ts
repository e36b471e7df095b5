// Checks records stored with hidden characters by older builds still open, edit and print as clean lines.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../electron/core/model/collections';
import { bucketOf } from '../../../electron/core/store/layout';
import { openTestCore } from '../../helpers/core';
import { settleJob } from '../../helpers/jobs';
import { dropDigests, readManifest, writeManifestJson } from '../store/damage';

type Json = Record<string, unknown>;

/** Rewrites the stored record `id` of `collection` as an older build might have left it. */
async function tamper(
  dir: string,
  collection: CollectionName,
  id: string,
  edit: (r: Json) => void,
) {
  const manifest = await readManifest(dir);
  const count = manifest.layout?.buckets[collection];
  const file = manifest.shards[`${collection}/${bucketOf(collection, id, count)}`];
  if (!file) throw new Error(`no shard for ${collection}/${id}`);
  const shard = JSON.parse(await readFile(join(dir, file), 'utf8')) as { records: Json[] };
  const record = shard.records.find((r) => r.id === id);
  if (!record) throw new Error('record not in its shard');
  edit(record);
  await writeFile(join(dir, file), JSON.stringify(shard));
}

describe('records stored before single-line fields refused hidden characters', () => {
  it('still open, show one clean line, and can be edited and printed', async () => {
    const first = await openTestCore();
    const { dir } = first;
    const group = await first.call('groups.create', { kind: 'county', name: '清水县专班' });
    const folio = await first.call('folios.create', { groupId: group.id, name: '麻辣烫产业园' });
    const person = await first.call('people.create', { name: '王强' });
    await first.core.close();

    // What an older build let through: a break in a name, a bidi override, a zero-width space.
    await tamper(dir, 'folios', folio.id, (r) => {
      r.name = '麻辣烫\n产业园ABC\u202Egpj.exe\u200B';
      r.location = '麦积区\t甘泉镇\u0007';
      r.notes = '第一行\r\n第二行\u202E';
      r.tags = ['文旅\u200D'];
    });
    await tamper(dir, 'people', person.id, (r) => {
      r.phone = '138\u200B0000\u20600000';
    });
    const manifest = await readManifest(dir);
    (manifest as unknown as { meta: Json }).meta.name = '天水\n招商局';
    await writeManifestJson(dir, manifest);
    await dropDigests(dir);

    const t = await openTestCore(dir);
    expect((await t.call('workspace.status', {})).state).toBe('ready');
    const { folio: stored } = await t.call('folios.get', { id: folio.id });
    expect(stored.name).toBe('麻辣烫 产业园ABCgpj.exe');
    expect(stored.location).toBe('麦积区 甘泉镇');
    expect(stored.notes).toBe('第一行\n第二行');
    expect(stored.tags).toEqual(['文旅']);
    const people = await t.call('people.list', {});
    expect(people.find((p) => p.id === person.id)?.phone).toBe('13800000000');

    // An edit of another field saves; the clean name is what is kept.
    const edited = await t.call('folios.update', {
      id: folio.id,
      rev: stored.rev,
      responsibleUnit: '麦积区商务局',
    });
    expect(edited).toMatchObject({
      name: '麻辣烫 产业园ABCgpj.exe',
      responsibleUnit: '麦积区商务局',
    });

    // The briefing's file name and title are one clean line.
    const job = await t.call('documents.generate', {
      requests: [{ template: 'projectBrief', folioId: folio.id }],
      formats: ['docx'],
    });
    const done = await settleJob(t, job);
    expect(done.state).toBe('done');
    const [generation] = await t.call('documents.history', { recordId: folio.id, limit: 5 });
    const name = generation?.files[0]?.name ?? '';
    expect(name).toMatch(/^项目简报-麻辣烫 产业园ABCgpj\.exe-\d{8}\.docx$/);
    expect(generation?.title).not.toMatch(/[\n\u202E\u200B]/);
  });
});
