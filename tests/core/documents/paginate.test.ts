// Checks pagination: 22 lines a page, no widows or orphans, headings kept, table headers repeated.
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../electron/core/documents/pdf/3-pages/paginate';
import { BLOCK, LINE_PITCH } from '../../../electron/core/documents/pdf/page-geometry';
import type { Slice } from '../../../electron/core/documents/pdf/2-slices/slice';
import { paragraphSlices } from '../../../electron/core/documents/pdf/1-text/text-layout';
import type { GlyphItem } from '../../../electron/core/documents/pdf/1-text/glyph-items';

/** A paragraph of `lines` full lines, with the keep flags the text layout gives it. */
function paragraph(lines: number, name: string): Slice[] {
  const items: GlyphItem[] = Array.from({ length: lines * 10 }, () => ({
    ch: '字',
    face: null,
    syntheticBold: false,
    size: 1,
    width: 1,
    hard: false,
    space: false,
  }));
  return paragraphSlices(items, {
    width: 10,
    indent: 0,
    spacing: 0,
    align: 'justify',
    pitch: LINE_PITCH,
    keep: 'lines',
  }).map((s, i) => ({ ...s, outline: { level: 9, title: `${name}${i + 1}` } }));
}

const names = (page: ReturnType<typeof paginate>[number]) =>
  page.map((p) => p.slice.outline?.title ?? '');
const PAGE_LINES = Math.round(BLOCK.height / LINE_PITCH);

describe('pagination', () => {
  it('fills 22 lines a page', () => {
    expect(PAGE_LINES).toBe(22);
    const pages = paginate(paragraph(44, 'p'));
    expect(pages.map((p) => p.length)).toEqual([22, 22]);
  });

  it('moves the line before a lone last line along with it (no widow)', () => {
    const pages = paginate([...paragraph(21, 'a'), ...paragraph(2, 'b')]);
    expect(names(pages[0] ?? [])).toHaveLength(21);
    expect(names(pages[1] ?? [])).toEqual(['b1', 'b2']);

    const widow = paginate([...paragraph(18, 'a'), ...paragraph(5, 'b')]);
    expect(names(widow[0] ?? []).slice(-3)).toEqual(['b1', 'b2', 'b3']);
    expect(names(widow[1] ?? [])).toEqual(['b4', 'b5']);
  });

  it('does not leave a first line alone at the bottom of a page (no orphan)', () => {
    const pages = paginate([...paragraph(21, 'a'), ...paragraph(4, 'b')]);
    expect(names(pages[0] ?? [])).toHaveLength(21);
    expect(names(pages[1] ?? [])[0]).toBe('b1');
  });

  it('keeps a heading with the first lines of what follows', () => {
    const heading: Slice = {
      height: LINE_PITCH,
      ops: [],
      keepWithNext: true,
      outline: { level: 1, title: 'h' },
    };
    const pages = paginate([...paragraph(20, 'a'), heading, ...paragraph(6, 'b')]);
    expect(names(pages[0] ?? [])).toHaveLength(20);
    expect(names(pages[1] ?? []).slice(0, 3)).toEqual(['h', 'b1', 'b2']);
  });

  it('starts a new page after a page break, and never leaves a blank page', () => {
    const brk: Slice = { height: 0, ops: [], keepWithNext: false, breakAfter: true };
    const pages = paginate([
      ...paragraph(3, 'a'),
      brk,
      ...paragraph(22, 'b'),
      brk,
      ...paragraph(1, 'c'),
    ]);
    expect(pages.map((p) => names(p).filter((n) => n).length)).toEqual([3, 22, 1]);
  });

  it('repeats a table header on a page that a row starts, as page furniture', () => {
    const header: Slice = {
      height: 30,
      ops: [],
      keepWithNext: true,
      outline: { level: 9, title: 'header' },
    };
    const rows: Slice[] = Array.from({ length: 40 }, (_, i) => ({
      height: 30,
      ops: [],
      keepWithNext: false,
      header: [header],
      outline: { level: 9, title: `row${i + 1}` },
    }));
    const pages = paginate([header, ...rows]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) {
      expect(page[0]?.slice.outline?.title).toBe('header');
      expect(page[0]?.repeated).toBe(true);
      expect(page[1]?.slice.outline?.title).toMatch(/^row/);
    }
    expect(pages[0]?.[0]?.repeated).toBe(false);
  });

  it('places a slice taller than a page alone rather than looping', () => {
    const tall: Slice = { height: BLOCK.height * 2, ops: [], keepWithNext: false };
    const pages = paginate([...paragraph(2, 'a'), tall, ...paragraph(2, 'b')]);
    expect(pages).toHaveLength(3);
  });
});
