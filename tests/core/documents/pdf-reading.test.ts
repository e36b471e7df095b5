// Checks a briefing PDF as other readers see it: exact text, A4 block, page numbers, info, bookmarks.
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { parseFace } from '../../../electron/core/documents/fonts/face';
import { shippedFacePath, type ShippedFace } from '../../../electron/core/documents/fonts/shipped';
import { BLOCK, MM, PAGE } from '../../../electron/core/documents/pdf/page-geometry';
import { readFile } from 'node:fs/promises';
import { buildPdf, hasTool, runTool } from './helpers/build';
import { embeddedFonts } from './helpers/embedded-fonts';
import { bodyItems, bodyText, lineRight, type ReadPdf } from './helpers/read-pdf';
import { sampleBriefing } from './helpers/sample-briefing';

const model = sampleBriefing(3, { pictures: true });
let bytes: Uint8Array;
let pdf: ReadPdf;

beforeAll(async () => {
  const built = await buildPdf(model);
  bytes = built.bytes;
  pdf = built.read;
}, 60_000);

const close = (a: number, b: number, tolerance = 0.5) => Math.abs(a - b) <= tolerance;

describe('a briefing PDF as other readers see it', () => {
  it('gives back exactly the briefing text (Chinese, 燧弘陇麻辣烫, full-width punctuation, digits, Latin)', () => {
    const expected = briefingText(model).join('').replace(/\s/g, '');
    expect(expected).toContain('燧弘新材料项目落户陇南经开区');
    expect(expected).toContain('麻辣烫品牌Yang’sKitchen');
    expect(bodyText(pdf)).toBe(expected);
  });

  it('is A4 on every page and keeps all body text inside the 156 × 225 mm block', () => {
    expect(pdf.pages.length).toBeGreaterThan(3);
    for (const page of pdf.pages) {
      expect(close(page.width, PAGE.width)).toBe(true);
      expect(close(page.height, PAGE.height)).toBe(true);
      for (const item of bodyItems(page)) {
        expect(item.x).toBeGreaterThanOrEqual(BLOCK.left - 0.5);
        // A stop may hang past the block's edge at a line's end, as Word and LibreOffice hang it.
        expect(lineRight(item)).toBeLessThanOrEqual(BLOCK.right + 0.5);
        expect(item.y - 0.12 * item.height).toBeGreaterThanOrEqual(BLOCK.bottom - 0.5);
        expect(item.y + 0.88 * item.height).toBeLessThanOrEqual(BLOCK.top + 0.5);
      }
    }
  });

  it('numbers pages — N — in the bottom margin, odd pages on the right, even on the left', () => {
    pdf.pages.forEach((page, i) => {
      const n = i + 1;
      const number = page.items.find(
        (it) => it.tags.includes('Artifact') && it.str.includes(String(n)) && it.y < BLOCK.bottom,
      );
      expect(number, `page ${n}`).toBeDefined();
      const line = page.items.filter(
        (it) => number && close(it.y, number.y) && it.tags.includes('Artifact'),
      );
      expect(
        line
          .map((it) => it.str)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(`—${n}—`);
      const left = Math.min(...line.map((it) => it.x));
      const right = Math.max(...line.map((it) => it.x + it.width));
      if (n % 2 === 1) expect(close(right, BLOCK.right - 14, 1)).toBe(true);
      else expect(close(left, BLOCK.left + 14, 1)).toBe(true);
      // The em box's top edge 7 mm below the block.
      expect(close(number?.y ?? 0, BLOCK.bottom - 7 * MM - 14 * 0.88, 0.5)).toBe(true);
    });
  });

  it('sets the title and author in the file and bookmarks the headings in Chinese, nested', () => {
    expect(pdf.info.Title).toBe('关于燧弘新材料产业园项目推进情况的简报');
    expect(pdf.info.Author).toBe('陇南市投资促进局');
    expect(pdf.outline.map((o) => o.title)).toEqual([
      '一、第1部分项目推进情况',
      '二、第2部分项目推进情况',
      '三、第3部分项目推进情况',
    ]);
    const second = pdf.outline[0]?.children[0];
    expect(second?.title).toBe('（一）总体情况');
    expect(second?.children[0]?.title).toBe('1.项目基本情况');
    expect(second?.children[0]?.children[0]?.title).toBe('（1）下一步工作');
  });

  it('embeds subset fonts whose every glyph draws the outline of the character it stands for', async () => {
    const fonts = await embeddedFonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    const originals = new Map<string, ReturnType<typeof parseFace>>();
    for (const which of ['serif', 'serifBold', 'sans'] as ShippedFace[]) {
      const path = shippedFacePath(which, []) ?? '';
      const face = parseFace({ path }, new Uint8Array(await readFile(path)));
      originals.set(face.postscriptName, face);
    }
    for (const embedded of fonts) {
      expect(embedded.baseFont).toMatch(/^[A-Z]{6}\+/);
      const original = originals.get(embedded.baseFont.slice(7));
      expect(original, embedded.baseFont).toBeDefined();
      expect(embedded.toUnicode.size).toBe(embedded.font.numGlyphs - 1);
      for (const [gid, text] of embedded.toUnicode) {
        const glyph = embedded.font.getGlyph(gid);
        const source = original?.font.glyphForCodePoint(text.codePointAt(0) ?? 0);
        const commands = glyph?.path.commands.length ?? 0;
        if (!/\s/.test(text)) expect(commands, `${embedded.baseFont} ${text}`).toBeGreaterThan(0);
        expect(commands, `${embedded.baseFont} ${text}`).toBe(source?.path.commands.length);
        expect(glyph?.advanceWidth, `${embedded.baseFont} ${text} ${gid}`).toBe(
          source?.advanceWidth,
        );
      }
    }
  });

  it.runIf(hasTool('pdffonts'))('shows every font embedded and subset to pdffonts', async () => {
    const run = await runTool('pdffonts', [], bytes);
    const rows = run.stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', async () => {
    const run = await runTool('qpdf', ['--check'], bytes);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

if (!hasTool('qpdf') || !hasTool('pdffonts')) {
  console.warn(
    'qpdf or pdffonts missing: apt-get install -y qpdf poppler-utils (CI installs them)',
  );
}
