// Fills pages with slices, ending a page only where a break is allowed and repeating table headers.
import { BLOCK } from '../page-geometry';
import type { Slice } from '../2-slices/slice';

export interface PlacedSlice {
  slice: Slice;
  /** Distance of the slice's top below the block's top edge. */
  offset: number;
  /** A table header repeated on a continuation page: page furniture, not text. */
  repeated: boolean;
}

export type LaidPage = PlacedSlice[];

const EPSILON = 0.01;

/**
 * Fills pages with slices. When a slice does not fit, the page ends at the last place a break
 * is allowed (the slices kept with it move along); a row that starts a page brings its table's
 * header. A chain of kept slices taller than a page is broken where it overflows.
 */
export function paginate(slices: readonly Slice[]): LaidPage[] {
  const pages: LaidPage[] = [];
  let page: PlacedSlice[] = [];
  /** Index (in `slices`) of each slice on the current page that is not a repeated header. */
  let onPage: number[] = [];
  let used = 0;

  const startPage = (first: Slice | undefined) => {
    pages.push(page);
    page = [];
    onPage = [];
    used = 0;
    for (const h of first?.header ?? []) {
      page.push({ slice: h, offset: used, repeated: true });
      used += h.height;
    }
  };

  let i = 0;
  while (i < slices.length) {
    const slice = slices[i];
    if (!slice) break;
    if (used + slice.height <= BLOCK.height + EPSILON || onPage.length === 0) {
      page.push({ slice, offset: used, repeated: false });
      onPage.push(i);
      used += slice.height;
      i += 1;
      if (slice.breakAfter && i < slices.length) startPage(slices[i]);
      continue;
    }
    // Walk back over the slices that must stay with this one.
    let from = i;
    const firstOnPage = onPage[0] ?? i;
    while (from > firstOnPage && slices[from - 1]?.keepWithNext) from -= 1;
    if (from > firstOnPage) {
      const moved = i - from;
      page.splice(page.length - moved, moved);
      onPage.splice(onPage.length - moved, moved);
      i = from;
    }
    startPage(slices[i]);
  }
  pages.push(page);
  return pages;
}
