// Text helpers for the office tests: expected text squeezed, page numbers and furniture left out.
import { DRAFT_MARK, INTERNAL_MARK } from '../../electron/core/documents/docx/furniture';
import type { OfficeCase } from './cases';

const squeeze = (s: string) => s.replace(/\s/g, '');

/** The case's text as one string without whitespace (line ends and justification vary). */
export const expectedText = (lines: readonly string[]) => squeeze(lines.join(''));

/** A page's text without the `— N —` LibreOffice ends it with. */
export const withoutPageNumber = (page: string) => page.replace(/—\d+—$/, '');

/**
 * Our PDF's text as poppler extracts it, page by page in content-stream order, with the page
 * furniture taken off: the 草稿 watermark each page starts with, the 内部资料 mark on the first,
 * the `— N —` and the chart labels painted after the text, and a table header repeated at the
 * top of a page.
 */
export function textWithoutFurniture(pages: readonly string[], c: OfficeCase): string {
  const expected = expectedText(c.pdfText);
  let text = '';
  pages.forEach((page, i) => {
    let t = page;
    if (c.marks.draft && t.startsWith(DRAFT_MARK)) t = t.slice(DRAFT_MARK.length);
    const internal = squeeze(INTERNAL_MARK);
    if (i === 0 && c.marks.internal && t.startsWith(internal)) t = t.slice(internal.length);
    // The page number is painted after the text, and chart labels (figures) after it.
    const number = t.lastIndexOf(`—${i + 1}—`);
    if (number >= 0) t = t.slice(0, number);
    const repeated = c.tableHeaders.find(
      (h) => !expected.startsWith(t, text.length) && t.startsWith(h),
    );
    if (repeated && expected.startsWith(t.slice(repeated.length), text.length))
      t = t.slice(repeated.length);
    text += t;
  });
  return text;
}

/**
 * Whether every line of the text is found in `actual`, in order (other text may come between:
 * another writer's furniture, repeated headers). Returns the first line not found, or null.
 */
export function firstLineMissing(lines: readonly string[], actual: string): string | null {
  let at = 0;
  for (const line of lines.map(squeeze).filter((l) => l !== '')) {
    const found = actual.indexOf(line, at);
    if (found < 0) return line;
    at = found + line.length;
  }
  return null;
}
