// Checks a meeting pack: cover, contents with true page numbers, numbering, bookmarks, 份号, links.
import { degrees, PDFArray, PDFDict, PDFDocument, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTool, runTool } from '../helpers/build';
import { embeddedFonts } from '../helpers/embedded-fonts';
import { inkIn, renderGray } from '../helpers/raster';
import type { ReadOutline } from '../helpers/read-pdf';
import {
  attachedPdf,
  buildPack,
  pageText,
  printedNumber,
  tripSections,
  type BuiltPack,
} from './pack-fixtures';

const unique = <T>(v: T, i: number, all: readonly T[]) => all.indexOf(v) === i;
const titles = (list: readonly ReadOutline[]) => list.map((o) => o.title);

describe('a meeting pack of briefings, a merged PDF and a photo', () => {
  let pack: BuiltPack;
  beforeAll(async () => {
    pack = await buildPack(await tripSections(), { copyNumbers: ['000001', '000002', '000003'] });
  });
  const read = () => {
    const first = pack.copies[0];
    if (!first) throw new Error('no copy');
    return first.read;
  };

  it('has as many pages as it reports, each copy the same length', () => {
    expect(read().pages).toHaveLength(pack.pageCount);
    for (const copy of pack.copies) expect(copy.read.pages).toHaveLength(pack.pageCount);
  });

  it('starts with the cover, unnumbered, then the contents listing every section', () => {
    const [cover, contents] = read().pages;
    expect(pageText(cover)).toContain('天水市赴长三角招商考察会议材料');
    expect(pageText(cover)).toContain('秘密★1年');
    expect(pageText(cover)).toContain('内部资料注意保管');
    expect(printedNumber(cover)).toBeNull();
    expect(pageText(contents)).toContain('目录');
    expect(printedNumber(contents)).toBe(2);
    for (const entry of pack.contents) expect(pageText(contents)).toContain(entry.title);
  });

  it('prints on the contents the page each section really starts on', () => {
    const contents = pageText(read().pages[1]);
    const starts: Record<string, string> = {
      '一、考察行程': '考察行程安排',
      '（一）燧弘新材料项目简报': '燧弘新材料项目简报',
      '（二）燧弘企业宣传册': 'Brochurepage1',
      '（三）陇原智造项目简报': '陇原智造项目简报',
      '三、现场照片': '三、现场照片',
    };
    for (const [title, marker] of Object.entries(starts)) {
      const entry = pack.contents.find((e) => e.title === title);
      if (!entry) throw new Error(`${title} not in contents`);
      // The contents line: the title, dot leaders, the number.
      expect(contents).toMatch(new RegExp(`${title}·+${entry.page}(?!\\d)`));
      const page = read().pages[entry.page - 1];
      expect(pageText(page)).toContain(marker);
      expect(pageText(read().pages[entry.page - 2])).not.toContain(marker);
    }
  });

  it('numbers every page after the cover, merged pages included, odd right and even left', () => {
    const brochure = pack.contents.find((e) => e.title.includes('宣传册'));
    if (!brochure) throw new Error('no brochure');
    read().pages.forEach((page, i) => {
      if (i === 0) return;
      expect(printedNumber(page)).toBe(i + 1);
      const item = page.items.find((it) => /—\s*\d+\s*—/.test(it.str));
      if (!item) return;
      expect(item.tags).toContain('Artifact');
      expect(item.x > page.width / 2).toBe((i + 1) % 2 === 1);
    });
    for (let n = brochure.page; n < brochure.page + 3; n += 1) {
      const page = read().pages[n - 1];
      expect(pageText(page)).toContain(`Brochurepage${n - brochure.page + 1}`);
      expect(pageText(page)).toContain(`—${n}—`);
    }
  });

  it('nests bookmarks like the contents, with each briefing’s headings under its section', () => {
    const outline = read().outline;
    expect(titles(outline)).toEqual(pack.contents.filter((e) => e.level === 1).map((e) => e.title));
    const meetings = outline.find((o) => o.title === '二、对接企业');
    expect(titles(meetings?.children ?? [])).toEqual([
      '（一）燧弘新材料项目简报',
      '（二）燧弘企业宣传册',
      '（三）陇原智造项目简报',
    ]);
    const brief = meetings?.children[0];
    expect(titles(brief?.children ?? [])).toEqual([
      '一、第1部分项目推进情况',
      '二、第2部分项目推进情况',
    ]);
    expect(titles(brief?.children[0]?.children ?? [])).toContain('（一）总体情况');
  });

  it('draws each copy’s own 份号 top left on its cover, out of the text a reader copies', () => {
    for (const copy of pack.copies) {
      const number = copy.copyNumber ?? '';
      // Outlines, not text: extracting or copying the cover never picks the 份号 up.
      for (const p of copy.read.pages) expect(pageText(p)).not.toContain(number);
    }
  });

  it.runIf(hasTool('pdftoppm'))('prints the 份号 on the cover’s first line, left', async () => {
    const mm = 72 / 25.4;
    const slot = { left: 28 * mm, top: 37 * mm, width: 40 * mm, height: 8 * mm };
    const pages = await Promise.all(pack.copies.map((c) => renderGray(c.bytes, 1)));
    for (const page of pages) expect(inkIn(page, slot)).toBeGreaterThan(20);
    // Each copy its own number: the slots differ between copies.
    const [a, b] = pages;
    if (!a || !b) throw new Error('two copies expected');
    let differ = 0;
    const px = (v: number) => Math.round(v / a.scale);
    for (let y = px(slot.top); y < px(slot.top + slot.height); y += 1)
      for (let x = px(slot.left); x < px(slot.left + slot.width); x += 1)
        if (a.at(x, y) !== b.at(x, y)) differ += 1;
    expect(differ).toBeGreaterThan(0);
  });

  it('embeds each face once for the whole pack, not once per briefing', async () => {
    const fonts = await embeddedFonts(pack.copies[0]?.bytes ?? new Uint8Array());
    const names = fonts.map((f) => f.baseFont.replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeLessThanOrEqual(5);
  });

  it.runIf(hasTool('qpdf'))('writes every copy as a file qpdf finds sound', async () => {
    for (const copy of pack.copies) {
      const run = await runTool('qpdf', ['--check'], copy.bytes);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
  });

  it('links each contents line to the page it names', async () => {
    const doc = await PDFDocument.load(pack.copies[0]?.bytes ?? new Uint8Array());
    const refs = doc.getPages().map((p) => p.ref.toString());
    const annots = doc.getPages()[1]?.node.Annots()?.asArray() ?? [];
    const targets = annots.map((a) => {
      const dest = doc.context.lookup(a, PDFDict).lookup(PDFName.of('Dest'), PDFArray);
      return refs.indexOf(dest.get(0).toString()) + 1;
    });
    expect([...new Set(targets)]).toEqual(pack.contents.map((e) => e.page).filter(unique));
  });

  it('names the file and opens with the bookmarks shown', async () => {
    expect(read().info.Title).toBe('天水市赴长三角招商考察会议材料');
    expect(read().info.Author).toBe('天水市投资促进局');
    const doc = await PDFDocument.load(pack.copies[0]?.bytes ?? new Uint8Array());
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });
});

describe('merged pages of another size', () => {
  it('places a landscape page on A4 portrait, numbered where every page is', async () => {
    const wide = await attachedPdf('Plan', 2, [841.89, 595.28]);
    const pack = await buildPack([
      { title: '图纸', content: { kind: 'pdf', name: '图纸.pdf', bytes: wide } },
    ]);
    const pages = pack.copies[0]?.read.pages ?? [];
    const a4 = pages[1];
    const [odd, even] = [pages[2], pages[3]];
    const number = (p: typeof a4) => p?.items.find((i) => /—\s*\d+\s*—/.test(i.str));
    expect(printedNumber(odd)).toBe(3);
    expect(printedNumber(even)).toBe(4);
    const [oddNumber, evenNumber] = [number(odd), number(even)];
    const contentsNumber = number(a4);
    // Page 2 (the contents, A4) is even: its number's left edge is where the landscape page 4's is.
    expect(evenNumber?.x).toBeCloseTo(contentsNumber?.x ?? 0, 0);
    expect(evenNumber?.y).toBeCloseTo(contentsNumber?.y ?? 0, 0);
    const fromRight = (odd?.width ?? 0) - (oddNumber?.x ?? 0) - (oddNumber?.width ?? 0);
    expect(fromRight).toBeCloseTo(26 * (72 / 25.4) + 14, 0);
    for (const page of [odd, even]) {
      expect([page?.width, page?.height]).toEqual(
        [595.28, 841.89].map((v) => expect.closeTo(v, 1)),
      );
      expect(pageText(page)).toContain('Planpage');
    }
  });

  it('scales Letter, landscape and rotated pages into the area above the page number, covering nothing', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const sizes: [number, number][] = [
      [612, 792],
      [841.89, 595.28],
      [1190.55, 841.89],
      [595.28, 841.89],
    ];
    sizes.forEach(([w, h], i) => {
      const page = doc.addPage([w, h]);
      // A signature line at the very foot of the original, where our number would have gone.
      page.drawText(`Signature ${i + 1}`, { x: w - 160, y: 8, font, size: 12 });
      page.drawText(`Top ${i + 1}`, { x: 10, y: h - 20, font, size: 12 });
    });
    doc.getPages()[3]?.setRotation(degrees(90));
    const pack = await buildPack([
      { title: '附件', content: { kind: 'pdf', name: '附件.pdf', bytes: await doc.save() } },
    ]);
    const pages = (pack.copies[0]?.read.pages ?? []).slice(2);
    expect(pages).toHaveLength(4);
    pages.forEach((page, i) => {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
      const signature = page.items.find((it) => it.str.includes(`Signature ${i + 1}`));
      const top = page.items.find((it) => it.str.includes(`Top ${i + 1}`));
      const number = page.items.find((it) => /—\s*\d+\s*—/.test(it.str));
      expect(signature && top && number).toBeTruthy();
      // Inside the sheet, and wholly above the number's line: nothing of the original under it.
      for (const item of [signature, top]) {
        expect(item?.x).toBeGreaterThan(0);
        expect(item?.x).toBeLessThan(595.28);
        expect(item?.y).toBeLessThan(841.89);
      }
      const lowest = Math.min(signature?.y ?? 0, top?.y ?? 0);
      expect(lowest).toBeGreaterThan((number?.y ?? 0) + 14);
    });
  });
});

describe('attachments whose fonts are not embedded', () => {
  it('are merged and listed on the 说明 page, with the font named', async () => {
    const made = await PDFDocument.create();
    const font = await made.embedFont(StandardFonts.Helvetica);
    made.addPage().drawText('Contract text', { x: 60, y: 400, font, size: 24 });
    const doc = await PDFDocument.load(await made.save());
    // As a word processor leaves a font it did not embed: a name, no font file.
    const resources = doc.getPages()[0]?.node.Resources();
    const fonts = resources?.lookup(PDFName.of('Font'));
    if (!(fonts instanceof PDFDict)) throw new Error('font resources expected');
    for (const [, ref] of fonts.entries()) {
      const dict = doc.context.lookup(ref);
      if (dict instanceof PDFDict) dict.set(PDFName.of('BaseFont'), PDFName.of('FZFangSong-Z02'));
    }
    const pack = await buildPack([
      { title: '合同', content: { kind: 'pdf', name: '合同.pdf', bytes: await doc.save() } },
    ]);
    expect(pack.notices).toEqual([expect.objectContaining({ name: '合同.pdf', included: true })]);
    const pages = pack.copies[0]?.read.pages ?? [];
    const notice = pages.map(pageText).find((t) => t.startsWith('说明'));
    expect(notice).toContain('FZFangSong-Z02');
    expect(notice).toContain('已编入本册');
    expect(pages.map(pageText).some((t) => t.includes('Contracttext'))).toBe(true);
  });
});

describe('duplex', () => {
  it('starts the contents and every top-level section on a right-hand page, blanks unnumbered', async () => {
    const sections = await tripSections();
    const simplex = await buildPack(sections);
    const duplex = await buildPack(sections, { duplex: true });
    const pages = duplex.copies[0]?.read.pages ?? [];
    expect(pages).toHaveLength(duplex.pageCount);
    expect(duplex.pageCount).toBeGreaterThan(simplex.pageCount);
    expect(printedNumber(pages[2])).toBe(3);
    expect(pageText(pages[2])).toContain('目录');
    for (const entry of duplex.contents.filter((e) => e.level === 1))
      expect(entry.page % 2).toBe(1);
    const blanks = pages.filter((p) => pageText(p) === '');
    expect(blanks.length).toBe(duplex.pageCount - simplex.pageCount);
    // Blank pages still count: the page after one prints its place in the file.
    pages.forEach((page, i) => {
      if (i > 0 && pageText(page) !== '') expect(printedNumber(page)).toBe(i + 1);
    });
  });

  it('gives one copy without a 份号 when no copy numbers are asked for', async () => {
    const pack = await buildPack([
      { title: '一、考察行程', content: (await tripSections())[0]?.content },
    ]);
    expect(pack.copies.map((c) => c.copyNumber)).toEqual([null]);
    expect(pageText(pack.copies[0]?.read.pages[0])).not.toMatch(/\d{6}/);
  });
});
