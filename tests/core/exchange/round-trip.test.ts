// Checks a .dossier round trip (readable names, passwords, damage) and a zip of materials from Windows.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Folio } from '../../../electron/core/model/records';
import { inspectFile } from '../../../electron/core/exchange/bundle/inspect';
import { must } from '../../helpers/must';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildZip } from '../../helpers/zip-builder';
import { openExchangeCore } from './exchange-core';

const GBK_NAME = Buffer.from('b8bdbcfe2fcceccbaec2e9c0b1ccccd5d0c9cccdc6bde92e747874', 'hex');

async function demoWithAttachment(out: string) {
  const a = await openExchangeCore({ out });
  await a.call('workspace.loadDemo', {});
  const [first] = await a.call('folios.list', {});
  if (!first) throw new Error('demo has no folios');
  const folio = await a.call('attachments.add', {
    folioId: first.id,
    rev: first.rev,
    name: '项目/CON.txt',
    mime: 'text/plain',
    dataBase64: Buffer.from('招商推介').toString('base64'),
  });
  return { a, folio };
}

describe('a .dossier of the demo workspace', () => {
  it('goes out with its records and attachments under readable names, and is staged whole by a colleague', async () => {
    const out = join(await makeTempDir(), 'demo.dossier');
    const { a, folio } = await demoWithAttachment(out);
    const result = await a.call('exchange.export', { scope: { kind: 'all' } });
    expect(result).toMatchObject({ cancelled: false, path: out, encrypted: false });
    expect(result.counts).toMatchObject({ folios: 50, groups: 11, attachments: 1 });

    const report = await inspectFile(out);
    expect(report.format).toBe('dossier-bundle');
    const names = report.entries.map((e) => e.name);
    expect(names).toContain('records.json');
    expect(names).toContain('manifest.json');
    // 项目名/文件名, with a name Windows could not hold made safe.
    expect(names).toContain(`${folio.name}/_CON.txt`);
    expect(report.entries.every((e) => e.encoding === 'utf8' || e.encoding === 'ascii')).toBe(true);

    // The export is noted once for the workspace; the exported records are left as they were.
    const after = await a.call('folios.get', { id: folio.id });
    expect(after.folio.rev).toBe(folio.rev);
    expect(after.folio.history.some((h) => h.field === '导出卷宗')).toBe(false);
    const status = await a.call('workspace.status', {});
    if (status.state !== 'ready') throw new Error('workspace not ready');
    expect(status.meta.exportLog).toEqual([
      expect.objectContaining({
        fileName: 'demo.dossier',
        scope: '全部',
        encrypted: false,
        counts: expect.objectContaining({ folios: 50, attachments: 1 }),
      }),
    ]);

    const b = await openExchangeCore();
    const staged = await b.call('exchange.stage', { path: out });
    expect(staged.counts).toMatchObject({ folios: 50, attachments: 1 });
    const [staging] = await readdir(b.stagingRoot);
    const sha = after.folio.attachments[0]?.sha256 ?? '';
    const copy = await readFile(join(b.stagingRoot, staging ?? '', 'files', sha), 'utf8');
    expect(copy).toBe('招商推介');
    expect(await b.call('exchange.discard', { stagedId: staged.stagedId })).toEqual({
      discarded: true,
    });
    expect(await readdir(b.stagingRoot)).toEqual([]);
    // Staging wrote nothing to the colleague's store.
    expect(await b.call('folios.list', {})).toEqual([]);
  });

  it('comes back unchanged: re-import is 未变, and a colleague sending it straight back changes nothing', async () => {
    const dir = await makeTempDir();
    const out = join(dir, 'mine.dossier');
    const { a } = await demoWithAttachment(out);
    await a.call('exchange.export', { scope: { kind: 'all' } });
    const before = await a.call('folios.list', {});
    const expectNoOp = async (desk: typeof a, path: string) => {
      const staged = await desk.call('exchange.stage', { path });
      const preview = await desk.call('exchange.preview', { stagedId: staged.stagedId });
      expect(preview.counts).toMatchObject({
        added: 0,
        updated: 0,
        older: 0,
        deleted: 0,
        conflicts: 0,
      });
      expect(preview.counts.unchanged).toBeGreaterThanOrEqual(50);
      const result = await desk.call('exchange.apply', { stagedId: staged.stagedId });
      expect(result).toMatchObject({ added: 0, updated: 0, deleted: 0 });
    };
    await expectNoOp(a, out);
    expect(await a.call('folios.list', {})).toEqual(before);

    const back = join(dir, 'back.dossier');
    const b = await openExchangeCore({ out: back });
    const staged = await b.call('exchange.stage', { path: out });
    await b.call('exchange.apply', { stagedId: staged.stagedId });
    await b.call('exchange.export', { scope: { kind: 'all' } });
    await expectNoOp(a, back);
    expect(await a.call('folios.list', {})).toEqual(before);
  });

  it('with a password: the right one opens it, a wrong one is told 密码不正确, a changed byte is caught', async () => {
    const dir = await makeTempDir();
    const out = join(dir, 'secret.dossier');
    const { a } = await demoWithAttachment(out);
    const result = await a.call('exchange.export', {
      scope: { kind: 'all' },
      password: '天水2024',
    });
    expect(result.encrypted).toBe(true);
    const bytes = await readFile(out);
    expect(bytes.includes(Buffer.from('records.json'))).toBe(false);

    const b = await openExchangeCore();
    const asked = await b.fail('exchange.stage', { path: out });
    expect(asked.message).toContain('已加密');
    expect(asked.fields[0]?.path).toBe('password');
    const wrong = await b.fail('exchange.stage', { path: out, password: '天水2025' });
    expect(wrong.message).toBe('密码不正确');
    const staged = await b.call('exchange.stage', { path: out, password: '天水2024' });
    expect(staged.counts.folios).toBe(50);

    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 40] = (tampered[tampered.length - 40] ?? 0) ^ 1;
    const tamperedPath = join(dir, 'tampered.dossier');
    await writeFile(tamperedPath, tampered);
    expect(
      (await b.fail('exchange.stage', { path: tamperedPath, password: '天水2024' })).message,
    ).toContain('篡改');

    const truncatedPath = join(dir, 'truncated.dossier');
    await writeFile(truncatedPath, bytes.subarray(0, bytes.length - 100));
    expect(
      (await b.fail('exchange.stage', { path: truncatedPath, password: '天水2024' })).message,
    ).toMatch(/不完整|截断/);
    await b.call('exchange.discard', { stagedId: staged.stagedId });
    expect(await readdir(b.stagingRoot)).toEqual([]);
  });
});

/** An exchange core holding the demo, and the demo's first folio in the list. */
async function demoCore() {
  const a = await openExchangeCore();
  await a.call('workspace.loadDemo', {});
  return { a, first: must((await a.call('folios.list', {}))[0]) };
}

describe('a zip of materials made on Chinese Windows', () => {
  it('becomes attachments named as written (GBK names without the UTF-8 flag)', async () => {
    const { a, first } = await demoCore();
    const zip = buildZip([
      { name: GBK_NAME, data: '天水麻辣烫' },
      { name: 'plain.txt', data: 'ascii' },
    ]);
    const folio = (await a.call('attachments.addZip', {
      folioId: first.id,
      rev: first.rev,
      name: '材料.zip',
      dataBase64: zip.toString('base64'),
    })) as Folio;
    expect(folio.attachments.map((x) => x.name)).toEqual([
      '附件/天水麻辣烫招商推介.txt',
      'plain.txt',
    ]);
  });

  it('is refused whole when one entry is hostile', async () => {
    const { a, first } = await demoCore();
    const zip = buildZip([
      { name: 'ok.txt', data: 'x' },
      { name: '../evil.txt', data: 'y' },
    ]);
    const error = await a.fail('attachments.addZip', {
      folioId: first.id,
      rev: first.rev,
      name: '材料.zip',
      dataBase64: zip.toString('base64'),
    });
    expect(error.message).toContain('目标文件夹之外');
    const after = await a.call('folios.get', { id: first.id });
    expect(after.folio.attachments).toEqual([]);
  });
});
