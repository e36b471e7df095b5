// Plans the pack's pages in print order and the first page number of each section.
import { partPages, type Part, type ResolvedSection } from './sections';
import type { ContentsEntry } from './spec';

/** One run of pages in print order, starting at page `first` (1 = the cover). */
export type Slot =
  | { kind: 'cover'; first: number }
  | { kind: 'blank'; first: number }
  | { kind: 'contents'; first: number }
  | { kind: 'part'; first: number; part: Part; section: ResolvedSection };

export interface PackPlan {
  sections: readonly ResolvedSection[];
  slots: Slot[];
  contents: ContentsEntry[];
  /** The first page of each section (of its first descendant when it has no material). */
  starts: Map<ResolvedSection, number>;
  pageCount: number;
}

/**
 * Page numbers count every page from the cover (page 1, printed without a number), so a printed
 * number is always the page's place in the file and its parity the side of the sheet it is on.
 * In duplex, the contents and every top-level section start on a right-hand (odd) page: a blank
 * page is put before them when needed.
 */
export function planPack(
  sections: readonly ResolvedSection[],
  contentsPages: number,
  duplex: boolean,
): PackPlan {
  const slots: Slot[] = [];
  const contents: ContentsEntry[] = [];
  const starts = new Map<ResolvedSection, number>();
  let next = 1;
  const toOdd = () => {
    if (duplex && next % 2 === 0) {
      slots.push({ kind: 'blank', first: next });
      next += 1;
    }
  };
  slots.push({ kind: 'cover', first: next });
  next += 1;
  toOdd();
  slots.push({ kind: 'contents', first: next });
  next += contentsPages;
  const walk = (list: readonly ResolvedSection[]) => {
    for (const section of list) {
      if (section.level === 1) toOdd();
      contents.push({ title: section.title, level: section.level, page: next });
      starts.set(section, next);
      if (section.part) {
        slots.push({ kind: 'part', first: next, part: section.part, section });
        next += partPages(section.part);
      }
      walk(section.children);
    }
  };
  walk(sections);
  return { sections, slots, contents, starts, pageCount: next - 1 };
}
