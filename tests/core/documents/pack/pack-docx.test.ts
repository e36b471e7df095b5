// Checks the Word meeting pack: cover with 份号 per copy, a contents field listing every part, the briefings in order.
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_NOTE, writePackDocx } from '../../../../electron/core/documents/docx/pack-docx';
import type { PackSpec } from '../../../../electron/core/documents/pack/spec';
import { readDocx } from '../helpers/read-docx';
import { COVER, tripSections } from './pack-fixtures';

const text = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');

describe('Word meeting pack', () => {
  it('numbers each copy’s cover, lists every part in a contents field, and sets the briefings in order', async () => {
    const spec: PackSpec = {
      cover: { ...COVER, title: `${COVER.title}\u0007` },
      sections: await tripSections(),
    };
    const result = await writePackDocx(spec, {
      copyNumbers: ['001', '002'],
      pageCounts: [1, 3, 2],
    });
    expect(result.copies.map((c) => c.copyNumber)).toEqual(['001', '002']);
    const [one, two] = await Promise.all(result.copies.map((c) => readDocx(c.bytes)));
    if (!one || !two) throw new Error('no copies');
    const body = text(one.document);
    // The cover: 份号 first, 密级, the title without the control character.
    expect(body.startsWith('001秘密★1年')).toBe(true);
    expect(text(two.document).startsWith('002秘密★1年')).toBe(true);
    expect(body).not.toContain('\u0007');
    expect(one.document).toContain('天水市赴长三角招商考察');
    // A real contents field, its entries written already, each part's page from the counts.
    expect(one.document).toMatch(/<w:instrText xml:space="preserve"> TOC \\f/);
    // The contents section: from the field to the first briefing's bookmark.
    const from = one.document.indexOf(' TOC ');
    const toc = one.document.slice(from, one.document.indexOf('w:name="_TocDossierPack1"', from));
    const order = [
      '一、考察行程',
      '二、对接企业',
      '（一）燧弘新材料项目简报',
      '（二）燧弘企业宣传册',
      '（三）陇原智造项目简报',
      '三、现场照片',
    ];
    const at = order.map((t) => text(toc).indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Cover 1, contents 2, then the briefings at 3, 4 and 7; attachments are not in this file.
    expect(text(toc)).toContain('一、考察行程3');
    expect(text(toc)).toContain('（一）燧弘新材料项目简报4');
    expect(text(toc)).toContain('（三）陇原智造项目简报7');
    expect(text(toc)).toContain(`（二）燧弘企业宣传册${ATTACHMENT_NOTE}`);
    // Each briefing a section of its own, after cover and contents, and a TC field for every part.
    expect(one.document.match(/<w:sectPr/g)).toHaveLength(5);
    expect(one.document.match(/ TC &quot;/g)).toHaveLength(order.length);
    const titles = ['考察行程安排', '燧弘新材料项目简报', '陇原智造项目简报'].map((t) =>
      body.lastIndexOf(t),
    );
    expect([...titles].sort((a, b) => a - b)).toEqual(titles);
    expect(body).not.toContain('Brochure');
  });

  it('writes one file without a 份号 when no copies are numbered', async () => {
    const spec: PackSpec = { cover: COVER, sections: await tripSections() };
    const result = await writePackDocx(spec, { copyNumbers: [] });
    expect(result.copies).toHaveLength(1);
    const doc = await readDocx(result.copies[0]?.bytes ?? new Uint8Array());
    expect(text(doc.document).startsWith('秘密★1年')).toBe(true);
    expect(doc.document).not.toContain('DossierCopyNumber');
  });

  it('in duplex starts the contents and each top-level part on a right-hand page, and numbers them so', async () => {
    const spec: PackSpec = { cover: COVER, sections: await tripSections() };
    const pageCounts = [1, 3, 2];
    const [simplex, duplex] = await Promise.all(
      [false, true].map(async (d) => {
        const out = await writePackDocx(spec, { copyNumbers: [], pageCounts, duplex: d });
        return (await readDocx(out.copies[0]?.bytes ?? new Uint8Array())).document;
      }),
    );
    const types = (xml: string) =>
      [...xml.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map(
        (m) => /<w:type w:val="(\w+)"\/>/.exec(m[1] ?? '')?.[1] ?? 'nextPage',
      );
    // Sections: cover, contents, 考察行程 (一、), 燧弘 (opens 二、), 陇原 (inside 二、).
    expect(types(simplex ?? '')).toEqual(Array(5).fill('nextPage'));
    expect(types(duplex ?? '')).toEqual(['nextPage', 'oddPage', 'oddPage', 'oddPage', 'nextPage']);
    // Cover 1, blank 2, contents 3, blank 4, 考察行程 5, blank 6, 燧弘 7–9, 陇原 10.
    const toc = text(duplex ?? '');
    expect(toc).toContain('一、考察行程5');
    expect(toc).toContain('二、对接企业7');
    expect(toc).toContain('（三）陇原智造项目简报10');
  });

  it('numbers a part that starts on an even page on the left of its first page', async () => {
    const spec: PackSpec = { cover: COVER, sections: await tripSections() };
    // 考察行程 3–4, 燧弘 5, 陇原 6: its first page is even.
    const out = await writePackDocx(spec, { copyNumbers: [], pageCounts: [2, 1, 1] });
    const doc = await readDocx(out.copies[0]?.bytes ?? new Uint8Array());
    const sections = [...doc.document.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)];
    const rels = (await doc.part('word/_rels/document.xml.rels')) ?? '';
    const firstFooter = async (n: number) => {
      const id = /<w:footerReference w:type="first" r:id="(\w+)"\/>/.exec(sections[n]?.[1] ?? '');
      const target = new RegExp(`Id="${id?.[1] ?? '-'}"[^>]*Target="([^"]+)"`).exec(rels);
      return doc.part(`word/${target?.[1] ?? '-'}`);
    };
    expect(await firstFooter(2)).toContain('<w:jc w:val="right"/>');
    expect(await firstFooter(3)).toContain('<w:jc w:val="right"/>');
    expect(await firstFooter(4)).toContain('<w:jc w:val="left"/>');
  });
});
