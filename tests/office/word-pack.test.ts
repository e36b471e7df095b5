// Checks the Word meeting pack in readers we did not write: python-docx opens it, LibreOffice prints its cover 份号, contents and parts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePackDocx } from '../../electron/core/documents/docx/pack-docx';
import type { PackSpec } from '../../electron/core/documents/pack/spec';
import { COVER, tripSections } from '../core/documents/pack/pack-fixtures';
import { shippedFacesEnv } from './fontconfig';
import { PYTHON, libreOfficePdf, rawPageTexts, run, scratchDir, writeIn } from './tools';

const dir = scratchDir('dossier-office-word-pack-');
/** Where the rendered pages are kept to look at (the brief asks for them). */
const PAGES = process.env.DOSSIER_PACK_PAGES;

describe('Word meeting pack in LibreOffice and python-docx', () => {
  it('opens in python-docx and prints the cover 份号, a contents listing each part, and each part', async () => {
    const spec: PackSpec = { cover: COVER, sections: await tripSections() };
    const { copies } = await writePackDocx(spec, { copyNumbers: ['007'], pageCounts: [2, 4, 2] });
    const docx = writeIn(dir, 'pack.docx', copies[0]?.bytes ?? new Uint8Array());
    const read = run(PYTHON, [
      '-c',
      'import sys, docx; d = docx.Document(sys.argv[1]); print(len(d.sections)); print("\\n".join(p.text for p in d.paragraphs))',
      docx,
    ]);
    expect(read.status, read.stderr).toBe(0);
    const [sections, ...paragraphs] = read.stdout.split('\n');
    expect(Number(sections)).toBe(5);
    expect(paragraphs[0]).toBe('007');

    const env = shippedFacesEnv(dir);
    const pdf = libreOfficePdf(docx, dir, env);
    expect(pdf.made, pdf.stderr).toBe(true);
    const pages = rawPageTexts(pdf.pdfPath, env);
    // The 内部资料 mark in the header, then 份号 and 密级 top left.
    expect(pages[0]).toMatch(/^内部资料注意保管007秘密★1年/);
    expect(pages[0]).toContain('会议材料');
    const contents = (pages[1] ?? '').replace(/·/g, '');
    expect(contents).toContain('目录');
    for (const part of [
      '一、考察行程',
      '二、对接企业',
      '（一）燧弘新材料项目简报',
      '（二）燧弘企业宣传册见PDF版',
      '（三）陇原智造项目简报',
      '三、现场照片见PDF版',
    ])
      expect(contents).toContain(part);
    const rest = pages.slice(2).join('');
    for (const title of ['考察行程安排', '燧弘新材料项目简报', '陇原智造项目简报'])
      expect(rest).toContain(title);
    if (PAGES) {
      run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '4',
        pdf.pdfPath,
        join(PAGES, 'word-pack'),
      ]);
      run('cp', [pdf.pdfPath, join(PAGES, 'word-pack.pdf')]);
    }
  });
});
