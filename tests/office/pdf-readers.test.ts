// Checks poppler and qpdf read our PDFs: subset fonts with ToUnicode, qpdf --check, pdftotext text.
import { describe, expect, it } from 'vitest';
import { officeCases } from './cases';
import { expectedText, textWithoutFurniture } from './page-text';
import { rawPageTexts, run, scratchDir, writeIn } from './tools';

const cases = await officeCases();
const dir = scratchDir('dossier-office-pdf-');

/** pdffonts' table, one row per font: name, type, encoding and the emb / sub / uni flags. */
function fonts(pdfPath: string) {
  const out = run('pdffonts', [pdfPath]);
  expect(out.status).toBe(0);
  return out.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // Columns from the right: object id (2), uni, sub, emb; the type may hold a space.
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { line, name: cols[0] ?? '', emb, sub, uni };
    });
}

describe('poppler and qpdf read our PDFs', () => {
  describe.each(cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const pdfPath = writeIn(dir, `case-${i}.pdf`, c.pdf);

    it('embeds every font as a subset with a ToUnicode map; no Type 3, no Helvetica', () => {
      const rows = fonts(pdfPath);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row, row.line).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
        expect(row.name, row.line).toMatch(/^[A-Z]{6}\+/);
        expect(row.line).not.toMatch(/Type 3|Helvetica/);
      }
    });

    it('passes qpdf --check', () => {
      const check = run('qpdf', ['--check', pdfPath]);
      expect(check.stderr).toBe('');
      expect(check.stdout).toContain('No syntax or stream encoding errors found');
      expect(check.status).toBe(0);
    });

    it('gives pdftotext the briefing text, page furniture aside', () => {
      const pages = rawPageTexts(pdfPath);
      expect(pages).toHaveLength(c.pdfPages);
      expect(textWithoutFurniture(pages, c)).toBe(expectedText(c.pdfText));
    });
  });
});
