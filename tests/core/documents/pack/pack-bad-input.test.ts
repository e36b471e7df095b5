// Checks a pack with attachments that cannot go in: still builds, 说明 page, missing glyphs stop it.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemblePack } from '../../../../electron/core/documents/pack/assemble-pack';
import type { PackSection } from '../../../../electron/core/documents/pack/spec';
import { makeTempDir } from '../../../helpers/temp-dir';
import { hasTool } from '../helpers/build';
import { rampPng } from '../helpers/png';
import { attachedPdf, briefing, buildPack, COVER, pageText, type BuiltPack } from './pack-fixtures';

async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await attachedPdf('Secret', 2));
  doc.encrypt({ userPassword: 'abc', ownerPassword: 'def' });
  return doc.save();
}

/** A PNG header claiming 12,000 × 9,000 pixels (the data need not follow: it is refused first). */
function hugePngHeader(): Uint8Array {
  const png = Buffer.from(rampPng(4, 4));
  png.writeUInt32BE(12000, 16);
  png.writeUInt32BE(9000, 20);
  return new Uint8Array(png);
}

/** A PNG whose header is fine and whose pixel data is scrambled. */
function scrambledPng(): Uint8Array {
  const png = rampPng(50, 50);
  for (let i = 45; i < png.length - 20; i += 1) png[i] = ((png[i] ?? 0) * 31 + 7) & 255;
  return png;
}

const pdf = (name: string, bytes: Uint8Array | null): PackSection => ({
  title: name,
  content: { kind: 'pdf', name, bytes },
});

describe('attachments that cannot go in', () => {
  let pack: BuiltPack;
  const good = { title: '项目简报', content: briefing('燧弘新材料项目简报') };
  beforeAll(async () => {
    const whole = await attachedPdf('Damaged', 10);
    pack = await buildPack([
      good,
      pdf('加密.pdf', await encryptedPdf()),
      pdf('截断.pdf', whole.slice(0, Math.floor(whole.length * 0.6))),
      pdf('伪装.pdf', new TextEncoder().encode('这其实是一个文本文件')),
      pdf('缺失.pdf', null),
      {
        title: '巨幅照片',
        content: { kind: 'image', name: '巨幅.png', format: 'png', bytes: hugePngHeader() },
      },
      {
        title: '坏照片',
        content: {
          kind: 'image',
          name: '坏.jpg',
          format: 'jpeg',
          bytes: new Uint8Array([0xff, 0xd8, 1, 2, 3]),
        },
      },
      {
        title: '花屏照片',
        content: { kind: 'image', name: '花屏.png', format: 'png', bytes: scrambledPng() },
      },
      {
        title: '带坏图的简报',
        content: {
          title: { title: '带坏图的简报' },
          blocks: [
            { kind: 'image', format: 'png', data: new Uint8Array([1, 2, 3]), caption: '区位图' },
          ],
        },
      },
    ]);
  });

  it('still builds, and says what was left out and why', () => {
    const reasons = Object.fromEntries(pack.notices.map((n) => [n.name, n.reason]));
    expect(reasons['加密.pdf']).toContain('已加密');
    expect(reasons['截断.pdf']).toContain('已损坏');
    expect(reasons['伪装.pdf']).toContain('不是 PDF');
    expect(reasons['缺失.pdf']).toContain('不存在');
    expect(reasons['巨幅.png']).toContain('过大');
    expect(reasons['巨幅.png']).toContain('12000×9000');
    expect(reasons['坏.jpg']).toContain('不是 PNG 或 JPEG');
    expect(reasons['花屏.png']).toContain('已损坏');
    expect(reasons['带坏图的简报']).toContain('区位图');
    expect(pack.notices).toHaveLength(8);
  });

  it('prints a 说明 page listing them, first after the contents, and in the contents', () => {
    const pages = pack.copies[0]?.read.pages ?? [];
    const entry = pack.contents.find((e) => e.title === '说明');
    expect(entry?.page).toBe(3);
    const notice = pages
      .slice(2)
      .filter((p) => pageText(p).includes('未能编入本册'))
      .map(pageText)
      .join('');
    for (const n of pack.notices) expect(notice).toContain(n.name.replace(/\s/g, ''));
    expect(pageText(pages[1])).toContain('说明');
  });

  it('keeps every section in the contents, a page saying why where its material is missing', () => {
    const pages = pack.copies[0]?.read.pages ?? [];
    const encrypted = pack.contents.find((e) => e.title === '加密.pdf');
    if (!encrypted) throw new Error('section missing from the contents');
    const text = pageText(pages[encrypted.page - 1]);
    expect(text).toContain('加密.pdf');
    expect(text).toContain('未能编入本册');
    expect(pages.map(pageText).join('')).not.toContain('Secretpage');
  });

  it.runIf(hasTool('qpdf'))('writes a file qpdf finds sound', async () => {
    const file = join(await makeTempDir('dossier-pack-'), 'pack.pdf');
    await writeFile(file, pack.copies[0]?.bytes ?? new Uint8Array());
    const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('a pack that cannot be printed as asked', () => {
  it('stops, naming the characters no face can draw', async () => {
    const result = await assemblePack(
      { cover: { ...COVER, title: '考察材料😀' }, sections: [] },
      { duplex: false, copyNumbers: ['001'], discover: false },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('“😀”');
  });

  it('builds an empty pack: cover, contents, nothing else', async () => {
    const pack = await buildPack([]);
    expect(pack.pageCount).toBe(2);
    expect(pack.contents).toEqual([]);
  });
});

if (!hasTool('qpdf')) {
  describe.skip('qpdf --check', () => {
    it('qpdf missing: apt-get install -y qpdf (CI installs it)', () => undefined);
  });
}
