// Checks LibreOffice reads our DOCX: converts it, about as many pages as our PDF, every line in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officeCases, type OfficeCase } from './cases';
import { shippedFacesEnv } from './fontconfig';
import { firstLineMissing, withoutPageNumber } from './page-text';
import { libreOfficePdf, pageCount, rawPageTexts, scratchDir, writeIn } from './tools';

/**
 * How far LibreOffice's page count of our DOCX may stray from our PDF's. Both lay out 22 lines of
 * 28 characters with the same faces (shippedFacesEnv), but LibreOffice spaces CJK next to Latin
 * (autospace), keeps URLs whole and ends a page a little earlier under a long table. Measured:
 * 11/11, 61/61, 2/2, 1/1 pages, and 110 against 107 for the 2,000-row table (2.8 %). 5 %, at
 * least one page, passes that and still catches a real fault (a lost grid doubles the count).
 */
export const pageTolerance = (pages: number) => Math.max(1, Math.ceil(pages * 0.05));

const cases = await officeCases();
const dir = scratchDir('dossier-office-lo-');
const fonts = shippedFacesEnv(scratchDir('dossier-office-fc-'));
const converted = new Map<string, ReturnType<typeof convert>>();

function convert(c: OfficeCase, i: number) {
  const docxPath = writeIn(dir, `case-${i}.docx`, c.docx);
  const result = libreOfficePdf(docxPath, dir, fonts);
  return { ...result, pages: result.made ? pageCount(result.pdfPath) : 0 };
}

const conversion = (c: OfficeCase, i: number) => {
  const done = converted.get(c.name) ?? convert(c, i);
  converted.set(c.name, done);
  return done;
};

describe('LibreOffice headless reads our DOCX', () => {
  describe.each(cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    it('converts it to PDF without an error', () => {
      const result = conversion(c, i);
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.status).toBe(0);
      expect(result.made).toBe(true);
      expect(readFileSync(result.pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('lays it out on about as many pages as our PDF', () => {
      const { pages } = conversion(c, i);
      expect(Math.abs(pages - c.pdfPages)).toBeLessThanOrEqual(pageTolerance(c.pdfPages));
    });

    it('shows every line of the briefing, in order (but characters no face has)', () => {
      const { pdfPath } = conversion(c, i);
      // LibreOffice 7.4 drops a full-width ，or 。 that it sets at the very end of a line (it
      // compresses line-end CJK punctuation away; seen on 月调度, with and without hanging
      // punctuation). Our own text of those lines is checked whole by python-docx; here the
      // marks LibreOffice may swallow are left out of both sides.
      const swallowed = (ch: string) => ch === '，' || ch === '。';
      const drawable = (s: string) =>
        [...s].filter((ch) => !c.missingGlyphs.includes(ch) && !swallowed(ch)).join('');
      const text = drawable(rawPageTexts(pdfPath).map(withoutPageNumber).join(''));
      expect(firstLineMissing(c.text.map(drawable), text)).toBeNull();
    });
  });
});
