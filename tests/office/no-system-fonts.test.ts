// Checks our PDF draws with no fonts installed: poppler renders every character from embedded faces.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_MARK } from '../../electron/core/documents/docx/furniture';
import { officeCases } from './cases';
import { noFontsEnv } from './fontconfig';
import { inkIn, renderGray, run, scratchDir, wordBoxes, writeIn } from './tools';

const DPI = 100;
const cases = await officeCases();
const dir = scratchDir('dossier-office-nofonts-');
const bare = noFontsEnv(dir);

/** The first three pages and the last: title block, tables that run on, the end. */
const pagesToLook = (count: number) => [...new Set([1, 2, 3, count].filter((p) => p <= count))];

/** Han characters and full-width punctuation: one em each, so a run of them splits evenly. */
const WIDE = /^[\p{Script=Han}\u3001-\u303f\uff01-\uff5e]+$/u;

describe('our PDF drawn where no font is installed', () => {
  it('runs poppler with a fontconfig that really finds no fonts', () => {
    expect(run('fc-list', [], bare).stdout.trim()).toBe('');
  });

  describe.each(cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const pdfPath = writeIn(dir, `case-${i}.pdf`, c.pdf);

    it.each(pagesToLook(c.pdfPages))('page %i: the same pixels as with system fonts', (page) => {
      const withFonts = renderGray(pdfPath, page, DPI, join(dir, `with-${i}-${page}`));
      const without = renderGray(pdfPath, page, DPI, join(dir, `bare-${i}-${page}`), bare);
      expect([without.width, without.height]).toEqual([withFonts.width, withFonts.height]);
      expect(Buffer.compare(without.pixels, withFonts.pixels)).toBe(0);
    });

    it.each(pagesToLook(c.pdfPages))(
      'page %i: ink under every word and every full-width character',
      (page) => {
        const image = renderGray(pdfPath, page, DPI, join(dir, `ink-${i}-${page}`), bare);
        const words = wordBoxes(pdfPath, page, bare);
        if (c.text.length > 0) expect(words.length).toBeGreaterThan(0);
        for (const word of words) {
          // The 草稿 watermark is pale grey by design; text is black.
          const below = c.marks.draft && DRAFT_MARK.includes(word.text) ? 250 : 128;
          expect(inkIn(image, DPI, word, below), word.text).toBeGreaterThan(0);
          const chars = [...word.text];
          if (!WIDE.test(word.text)) continue;
          // Equal advances (justification spreads evenly), so each character has its own slice.
          const step = (word.xMax - word.xMin) / chars.length;
          chars.forEach((ch, k) => {
            const slice = { ...word, xMin: word.xMin + k * step, xMax: word.xMin + (k + 1) * step };
            expect(inkIn(image, DPI, slice, below), `${ch} in ${word.text}`).toBeGreaterThan(0);
          });
        }
      },
    );
  });
});
