// Checks attachments: stored once by SHA-256, safe names, bad base64 and size limits refused, undo.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../../electron/core/api/contract';
import { openCore } from '../../../../electron/core/app';
import { sequentialIds, steppingClock } from '../../../../electron/core/clock';
import { attachmentPath } from '../../../../electron/core/store/attachments';
import { aiGroup } from '../../../helpers/ai-server';
import { openTestCore, TEST_START, type TestCore } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';

const REPORT = Buffer.from('招商引资项目汇报材料：高性能AI算力服务器智造项目', 'utf8');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const b64 = (bytes: Buffer) => bytes.toString('base64');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const dossierJson = (t: TestCore) => readFile(join(t.dir, 'dossier.json'), 'utf8');

async function aFolio(t: TestCore) {
  const group = await aiGroup(t);
  return t.call('folios.create', { groupId: group.id, name: '高性能AI算力服务器智造项目' });
}

/** attachments.add input: a file named `name` for the folio at the rev it has in `folio`. */
const fileFor = (
  folio: { id: string; rev: number },
  name: string,
  dataBase64: string,
  mime?: string,
) => ({
  folioId: folio.id,
  rev: folio.rev,
  name,
  dataBase64,
  ...(mime === undefined ? {} : { mime }),
});

async function storedFiles(dir: string): Promise<string[]> {
  const root = join(dir, 'attachments');
  const shards = await readdir(root).catch(() => []);
  const files = await Promise.all(
    shards.map(async (s) => (await readdir(join(root, s))).map((f) => `${s}/${f}`)),
  );
  return files.flat().filter((f) => !f.includes('.incoming'));
}

describe('attachments', () => {
  it('adds a file: the bytes are stored once by SHA-256 and the folio lists it, with history', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const next = await t.call(
      'attachments.add',
      fileFor(folio, '项目汇报.docx', b64(REPORT), DOCX),
    );
    expect(next.rev).toBe(folio.rev + 1);
    expect(next.attachments).toEqual([
      {
        id: expect.any(String),
        name: '项目汇报.docx',
        sha256: sha(REPORT),
        size: REPORT.length,
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        addedAt: expect.any(String),
      },
    ]);
    expect(next.history.at(-1)).toMatchObject({ field: '附件', to: '新增“项目汇报.docx”' });
    expect(await readFile(attachmentPath(t.dir, sha(REPORT)))).toEqual(REPORT);
    expect((await t.call('undo.status', {})).label).toBe('添加附件“项目汇报.docx”');

    // The same bytes again (another name, another folio): still one file on disk.
    const again = await t.call('attachments.add', fileFor(next, '副本.docx', b64(REPORT), ''));
    expect(again.attachments.map((a) => [a.name, a.mime])).toEqual([
      ['项目汇报.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['副本.docx', 'application/octet-stream'],
    ]);
    expect(await storedFiles(t.dir)).toEqual([`${sha(REPORT).slice(0, 2)}/${sha(REPORT)}`]);
  });

  it('keeps only the file name, without path parts or hidden characters', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const next = await t.call(
      'attachments.add',
      fileFor(
        folio,
        'C:\\Users\\李明\\..\\材料/签约gpj.exe',
        b64(REPORT),
        'text/html\r\nX-Evil: 1',
      ),
    );
    expect(next.attachments[0]).toMatchObject({
      name: '签约gpj.exe',
      mime: 'application/octet-stream',
    });
    // A name that hides its real extension is refused, naming the field.
    const hidden = await t.fail(
      'attachments.add',
      fileFor(next, '签约\u202Egpj.exe\u0007', b64(REPORT)),
    );
    expect(hidden.fields).toEqual([
      { path: 'name', message: '文件名含有换行或不可见的控制字符，请删除后再保存' },
    ]);
    for (const name of ['../', '..', 'a/b/ ']) {
      const error = await t.fail('attachments.add', fileFor(next, name, b64(REPORT)));
      expect(error.fields, name).toEqual([
        { path: 'name', message: '文件名无效，请改名后再上传。' },
      ]);
    }
  });

  it('refuses unreadable base64 and empty files on dataBase64, storing nothing', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const before = await dossierJson(t);
    for (const data of ['这不是文件', 'abc', 'ab=c', 'YWJj$A==', '====']) {
      const error = await t.fail('attachments.add', fileFor(folio, 'a.txt', data));
      expect(error, data).toMatchObject({ kind: 'validation', fields: [{ path: 'dataBase64' }] });
      expect(error.message, data).toContain('base64');
    }
    const empty = await t.fail('attachments.add', fileFor(folio, 'a.txt', ''));
    expect(empty).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'dataBase64', message: '文件是空的（0 字节），未添加。' }],
    });
    expect(await dossierJson(t)).toBe(before);
    expect(await storedFiles(t.dir)).toEqual([]);
  });

  it('accepts base64 broken into lines, as mail programs write it', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const wrapped = b64(REPORT).replace(/(.{16})/g, '$1\r\n');
    const next = await t.call('attachments.add', fileFor(folio, 'a.txt', wrapped));
    expect(next.attachments[0]?.sha256).toBe(sha(REPORT));
  });

  it('refuses a file over 25 MB with the reason and takes one of exactly 25 MB', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const tooBig = await t.fail(
      'attachments.add',
      fileFor(folio, 'big.zip', b64(Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 7))),
    );
    expect(tooBig.fields[0]?.path).toBe('dataBase64');
    expect(tooBig.message).toContain('文件大小 25.1 MB，超过 25 MB 上限');
    const wayTooBig = await t.fail(
      'attachments.add',
      fileFor(folio, 'big.zip', 'A'.repeat(ATTACHMENT_MAX_BYTES * 2)),
    );
    expect(wayTooBig.fields).toEqual([
      { path: 'dataBase64', message: '文件超过 25 MB 上限，请压缩或拆分后再上传' },
    ]);
    expect(await storedFiles(t.dir)).toEqual([]);

    const limit = Buffer.alloc(ATTACHMENT_MAX_BYTES, 7);
    const next = await t.call('attachments.add', fileFor(folio, 'limit.zip', b64(limit)));
    expect(next.attachments[0]?.size).toBe(ATTACHMENT_MAX_BYTES);
  });

  it('refuses a stale rev and an unknown folio', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '已更新' });
    const stale = await t.fail('attachments.add', fileFor(folio, 'a.txt', b64(REPORT)));
    expect(stale).toMatchObject({ kind: 'conflict', fields: [{ path: 'rev' }] });
    expect(
      (
        await t.fail('attachments.add', {
          folioId: 'missing-folio',
          rev: 1,
          name: 'a.txt',
          dataBase64: b64(REPORT),
        })
      ).kind,
    ).toBe('not_found');
  });

  it('removes the reference but keeps the bytes, so undo brings the file back', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const added = await t.call(
      'attachments.add',
      fileFor(folio, '考察安排.pdf', b64(REPORT), 'application/pdf'),
    );
    const ref = added.attachments[0];
    const removed = await t.call('attachments.remove', {
      folioId: folio.id,
      attachmentId: ref?.id ?? '',
      rev: added.rev,
    });
    expect(removed.attachments).toEqual([]);
    expect(removed.history.at(-1)).toMatchObject({ field: '附件', to: '删除“考察安排.pdf”' });
    expect(await readFile(attachmentPath(t.dir, sha(REPORT)))).toEqual(REPORT);
    expect((await t.call('undo.undo', {})).undone).toBe('删除附件“考察安排.pdf”');
    expect((await t.call('folios.get', { id: folio.id })).folio.attachments).toEqual([ref]);
    const gone = await t.fail('attachments.remove', {
      folioId: folio.id,
      attachmentId: 'missing-attachment',
      rev: removed.rev + 1,
    });
    expect(gone.kind).toBe('not_found');
  });

  it('without a system opener (web shell), open gives the download address', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const added = await t.call('attachments.add', fileFor(folio, 'a.pdf', b64(REPORT)));
    const attachmentId = added.attachments[0]?.id ?? '';
    expect(await t.call('attachments.open', { folioId: folio.id, attachmentId })).toEqual({
      opened: false,
      url: `/files/${folio.id}/${attachmentId}`,
    });
    expect(t.core.attachmentFile(folio.id, attachmentId)).toEqual({
      path: attachmentPath(t.dir, sha(REPORT)),
      name: 'a.pdf',
      mime: 'application/octet-stream',
    });
    expect(t.core.attachmentFile(folio.id, 'missing-attachment')).toBeNull();
    expect(
      (await t.fail('attachments.open', { folioId: folio.id, attachmentId: 'missing-attachment' }))
        .kind,
    ).toBe('not_found');
  });
});

describe('attachments: opening on the desktop', () => {
  async function coreWith(openFile: (path: string, name: string) => Promise<void>) {
    const dataDir = await makeTempDir();
    const core = await openCore({
      dataDir,
      clock: steppingClock(TEST_START),
      ids: sequentialIds('o'),
      openFile,
    });
    const call = async (method: string, input: unknown) => {
      const outcome = await core.registry.call(method, input);
      return outcome;
    };
    const group = await core.registry.call('groups.create', {
      name: '清水县招商工作专班',
      kind: 'county',
    });
    const groupId = group.ok ? (group.result as { id: string }).id : '';
    const folio = await core.registry.call('folios.create', { groupId, name: '温泉旅游度假区' });
    const folioId = folio.ok ? (folio.result as { id: string }).id : '';
    const added = await core.registry.call('attachments.add', {
      folioId,
      rev: 1,
      name: '规划图.pdf',
      dataBase64: b64(REPORT),
    });
    const attachmentId = added.ok
      ? ((added.result as { attachments: { id: string }[] }).attachments[0]?.id ?? '')
      : '';
    return { core, call, dataDir, folioId, attachmentId };
  }

  it('hands the stored file and its name to the system opener', async () => {
    const opened: [string, string][] = [];
    const { core, call, dataDir, folioId, attachmentId } = await coreWith(async (path, name) => {
      opened.push([path, name]);
    });
    try {
      expect(await call('attachments.open', { folioId, attachmentId })).toEqual({
        ok: true,
        result: { opened: true, url: null },
      });
      expect(opened).toEqual([[attachmentPath(dataDir, sha(REPORT)), '规划图.pdf']]);
    } finally {
      await core.close();
    }
  });

  it('turns the opener’s failure into a Chinese error naming the file', async () => {
    const { core, call, folioId, attachmentId } = await coreWith(async () => {
      throw new Error('No application is associated with the specified file');
    });
    try {
      const outcome = await call('attachments.open', { folioId, attachmentId });
      expect(outcome).toMatchObject({
        ok: false,
        error: {
          message:
            '无法用系统程序打开附件“规划图.pdf”：No application is associated with the specified file',
        },
      });
    } finally {
      await core.close();
    }
  });
});
