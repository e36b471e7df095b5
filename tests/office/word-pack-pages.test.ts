// Checks the Word meeting pack's pages in LibreOffice: contents numbers, page numbers outside, 双面 starts.
import { describe, expect, it } from 'vitest';
import { writePackDocx } from '../../electron/core/documents/docx/pack-docx';
import type { Briefing } from '../../electron/core/documents/model';
import type { PackSection } from '../../electron/core/documents/pack/spec';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { prepareBriefing } from '../../electron/core/documents/prepare';
import { COVER, attachedPdf } from '../core/documents/pack/pack-fixtures';
import { demoBriefings } from './demo-cases';
import { shippedFacesEnv } from './fontconfig';
import { libreOfficePdf, rawPageTexts, scratchDir, wordBoxes, writeIn } from './tools';

const dir = scratchDir('dossier-office-word-pack-pages-');
const env = shippedFacesEnv(dir);

/** The block's edges in points (GB/T 9704: 28 mm from the left, 26 mm from the right of A4). */
const BLOCK_LEFT = (28 / 25.4) * 72;
const BLOCK_RIGHT = 595.28 - (26 / 25.4) * 72;
/** 页码 sit one 14 pt character in from the block's edge. */
const INSET = 14;

/** A pack as an office makes one: demo briefings, one under a group, an attachment between. */
async function packOf(models: readonly Briefing[]): Promise<PackSection[]> {
  const [a, b, c, d] = models;
  if (!a || !b || !c || !d) throw new Error('the demo gives fewer than four briefings');
  return [
    { title: '一、项目情况', content: a },
    {
      title: '二、对接企业',
      children: [
        { title: '（一）政策支持', content: b },
        {
          title: '（二）企业宣传册',
          content: { kind: 'pdf', name: '宣传册.pdf', bytes: await attachedPdf('Brochure', 3) },
        },
        { title: '（三）机会清单', content: c },
      ],
    },
    { title: '三、本周工作', content: d },
  ];
}

/** The printed 页码 of each page ("— 7 —"), null where there is none. */
const printedNumbers = (pages: readonly string[]) =>
  pages.map((text) => {
    const m = /—(\d+)—$/.exec(text);
    return m ? Number(m[1]) : null;
  });

describe('Word meeting pack pages in LibreOffice', () => {
  it('numbers the contents where each part starts, puts 页码 outside, and starts top-level parts on right-hand pages in duplex', async () => {
    const models = (await demoBriefings()).slice(0, 4).map((b) => b.model);
    const sections = await packOf(models);
    const pageCounts: number[] = [];
    for (const model of models) {
      const pdf = await writeBriefingPdf(model, {
        fonts: { discover: false },
        missingGlyphs: 'replace',
      });
      if (!pdf.ok) throw new Error(pdf.message);
      pageCounts.push(pdf.pageCount);
    }
    const titles = models.map((m) => prepareBriefing(m).title.replace(/\s/g, ''));
    for (const duplex of [false, true]) {
      const { copies } = await writePackDocx(
        { cover: COVER, sections },
        { copyNumbers: [], pageCounts, duplex },
      );
      const name = duplex ? 'duplex.docx' : 'simplex.docx';
      const out = libreOfficePdf(
        writeIn(dir, name, copies[0]?.bytes ?? new Uint8Array()),
        dir,
        env,
      );
      expect(out.made, out.stderr).toBe(true);
      const pages = rawPageTexts(out.pdfPath, env);
      const printed = printedNumbers(pages);
      const where = `${duplex ? '双面' : '单面'}: ${JSON.stringify(printed)}`;

      // Every page but the cover carries its number; LibreOffice leaves out the blank pages
      // that 双面 inserts, so the numbers skip them (Word prints them blank).
      expect(printed[0], where).toBeNull();
      const numbered = printed.slice(1);
      expect(
        numbered.every((n) => n !== null),
        where,
      ).toBe(true);
      if (!duplex) expect(numbered, where).toEqual(numbered.map((_, i) => i + 2));
      for (let i = 1; i < numbered.length; i += 1)
        expect(numbered[i] ?? 0, where).toBeGreaterThan(numbered[i - 1] ?? 0);

      // The contents: the page number its entry gives is the one printed where the part starts.
      const contents = pages.findIndex((t) => t.startsWith('目录'));
      expect(contents, where).toBe(1);
      expect(printed[contents], where).toBe(duplex ? 3 : 2);
      let after = contents;
      const starts = titles.map((title) => {
        after = pages.findIndex((t, i) => i > after && t.includes(title));
        return printed[after] ?? null;
      });
      const listed = ['一、项目情况', '（一）政策支持', '（三）机会清单', '三、本周工作'].map(
        (entry) => {
          const m = new RegExp(`${entry}·+(\\d+)`).exec(pages[contents] ?? '');
          return m ? Number(m[1]) : null;
        },
      );
      expect(listed, where).toEqual(starts);
      expect((pages[contents] ?? '').match(/二、对接企业·+(\d+)/)?.[1], where).toBe(
        String(starts[1]),
      );

      // 双面: the contents and each top-level part start on an odd (right-hand) page.
      if (duplex) for (const n of [starts[0], starts[3]]) expect((n ?? 0) % 2, where).toBe(1);

      // 页码 outside: on the right of odd pages, on the left of even ones, a character in; a
      // part that starts on an even page too. Checked single-sided only: LibreOffice 7.4 gives
      // the second page of an oddPage section with a first-page header (内部资料) the odd
      // footer, where Word takes the side from the page.
      if (duplex) continue;
      for (const [i, n] of printed.entries()) {
        if (n === null) continue;
        const dashes = wordBoxes(out.pdfPath, i + 1, env).filter((w) => w.yMin > 745);
        const left = Math.min(...dashes.map((w) => w.xMin));
        const right = Math.max(...dashes.map((w) => w.xMax));
        if (n % 2 === 1) expect(right, `页 ${n}`).toBeCloseTo(BLOCK_RIGHT - INSET, -0.5);
        else expect(left, `页 ${n}`).toBeCloseTo(BLOCK_LEFT + INSET, -0.5);
      }
    }
  });
});
