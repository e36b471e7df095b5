// Test helpers reading a PDF with pdf.js: pages, text items with tags, info, outline, printed lines.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { HANGING } from '../../../../electron/core/documents/pdf/1-text/line-break';

/** A text item as pdf.js (a reader we did not write) sees it, in PDF points. */
export interface ReadItem {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  height: number;
  /** Marked-content tags around the item (`Artifact`, `Figure`). */
  tags: string[];
}

export interface ReadPage {
  width: number;
  height: number;
  items: ReadItem[];
}

export interface ReadOutline {
  title: string;
  children: ReadOutline[];
}

export interface ReadPdf {
  pages: ReadPage[];
  info: { Title?: string; Author?: string };
  outline: ReadOutline[];
}

interface RawOutline {
  title: string;
  items: RawOutline[];
}

const toOutline = (list: readonly RawOutline[] | null): ReadOutline[] =>
  (list ?? []).map((o) => ({ title: o.title, children: toOutline(o.items) }));

const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Reads a PDF with pdf.js: page sizes, text items with their tags, info and outline. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    // Attached PDFs may use the 14 standard fonts without embedding them, as many real ones do.
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  const pages: ReadPage[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent({
      includeMarkedContent: true,
      disableNormalization: true,
    });
    const tags: string[] = [];
    const items: ReadItem[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        // pdf.js reports the tag at run time; its types leave it out.
        const tag = 'tag' in item && typeof item.tag === 'string' ? item.tag : '';
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          tags.push(tag);
        else if (item.type === 'endMarkedContent') tags.pop();
        continue;
      }
      const [, , , , x = 0, y = 0] = item.transform as number[];
      items.push({ str: item.str, x, y, width: item.width, height: item.height, tags: [...tags] });
    }
    pages.push({ width: x1 - x0, height: y1 - y0, items });
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string; Author?: string };
  const outline = toOutline((await doc.getOutline()) as RawOutline[] | null);
  await doc.destroy();
  return { pages, info, outline };
}

/** Items that are body text: not page furniture (`Artifact`) nor chart labels (`Figure`). */
export function bodyItems(page: ReadPage): ReadItem[] {
  return page.items.filter(
    (i) => !i.tags.includes('Artifact') && !i.tags.includes('Figure') && i.str !== '',
  );
}

/** All body text of a PDF, whitespace removed (line ends and justification add or drop spaces). */
export function bodyText(pdf: ReadPdf): string {
  return pdf.pages
    .flatMap((p) => bodyItems(p).map((i) => i.str))
    .join('')
    .replace(/\s/g, '');
}

/** Body text grouped into printed lines (items on one baseline, left to right). */
export function printedLines(page: ReadPage): string[] {
  return columnLines(page, -Infinity, Infinity);
}

/** The printed lines of the items that start between `left` and `right` (a table's column). */
export function columnLines(page: ReadPage, left: number, right: number): string[] {
  const byBaseline = new Map<number, ReadItem[]>();
  for (const item of bodyItems(page)) {
    if (item.x < left || item.x >= right) continue;
    const key = Math.round(item.y * 10);
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), item]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, items]) =>
      items
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str)
        .join('')
        .trim(),
    );
}

/** The top-level bookmarks with the page (1-based) each one opens. */
export async function topOutlinePages(
  bytes: Uint8Array,
): Promise<{ title: string; page: number }[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const outline = ((await doc.getOutline()) ?? []) as { title: string; dest: unknown }[];
  const pages: { title: string; page: number }[] = [];
  for (const o of outline) {
    const dest = typeof o.dest === 'string' ? await doc.getDestination(o.dest) : o.dest;
    const ref = Array.isArray(dest) ? (dest[0] as { num: number; gen: number }) : null;
    pages.push({ title: o.title, page: ref ? (await doc.getPageIndex(ref)) + 1 : -1 });
  }
  await doc.destroy();
  return pages;
}

/**
 * Where an item's text ends on the line, a stop hanging past the line's end (HANGING in
 * line-break.ts: one full-width or half-width character) not counted.
 */
export function lineRight(item: ReadItem): number {
  const last = [...item.str.trimEnd()].at(-1) ?? '';
  const hang = HANGING.has(last) ? (last.charCodeAt(0) < 0x80 ? 0.5 : 1) * item.height : 0;
  return item.x + item.width - hang;
}
