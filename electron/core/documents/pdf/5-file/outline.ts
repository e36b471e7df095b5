// PDF bookmarks: the headings as an outline tree, written into the document, shown on open.
import {
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import type { LaidPage } from '../3-pages/paginate';
import { BLOCK } from '../page-geometry';

/** A bookmark: where it jumps to (`y`: the top of the view), and the bookmarks under it. */
export interface OutlineNode {
  title: string;
  page: PDFPage;
  y: number;
  children: OutlineNode[];
}

interface Entry extends OutlineNode {
  level: number;
  ref: PDFRef;
  children: Entry[];
}

/** The headings as a tree, in page order. */
export function headingOutline(
  laid: readonly LaidPage[],
  pages: readonly PDFPage[],
): OutlineNode[] {
  const roots: (OutlineNode & { level: number })[] = [];
  const stack: (OutlineNode & { level: number })[] = [];
  laid.forEach((placed, i) => {
    const page = pages[i];
    if (!page) return;
    for (const p of placed) {
      const o = p.slice.outline;
      if (!o || p.repeated) continue;
      const entry = { title: o.title, level: o.level, page, y: BLOCK.top - p.offset, children: [] };
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= o.level) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : roots).push(entry);
      stack.push(entry);
    }
  });
  return roots;
}

/** Gives every node an object number, depth first. */
function withRefs(doc: PDFDocument, nodes: readonly OutlineNode[], level = 1): Entry[] {
  return nodes.map((n) => ({
    ...n,
    level,
    ref: doc.context.nextRef(),
    children: withRefs(doc, n.children, level + 1),
  }));
}

function count(list: readonly OutlineNode[]): number {
  return list.reduce((n, e) => n + 1 + count(e.children), 0);
}

function register(doc: PDFDocument, list: readonly Entry[], parent: PDFRef): void {
  list.forEach((e, i) => {
    const dict = doc.context.obj({});
    // PDFHexString.fromText writes UTF-16 with a BOM; PDFString.of would garble Chinese.
    dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    dict.set(PDFName.of('Parent'), parent);
    dict.set(
      PDFName.of('Dest'),
      doc.context.obj([e.page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(e.y), PDFNull]),
    );
    const prev = list[i - 1];
    const next = list[i + 1];
    if (prev) dict.set(PDFName.of('Prev'), prev.ref);
    if (next) dict.set(PDFName.of('Next'), next.ref);
    const first = e.children[0];
    const last = e.children[e.children.length - 1];
    if (first && last) {
      dict.set(PDFName.of('First'), first.ref);
      dict.set(PDFName.of('Last'), last.ref);
      dict.set(PDFName.of('Count'), PDFNumber.of(count(e.children)));
      register(doc, e.children, e.ref);
    }
    doc.context.assign(e.ref, dict);
  });
}

/** Bookmarks from the headings, all open, shown when the file is opened. */
export function addOutline(
  doc: PDFDocument,
  laid: readonly LaidPage[],
  pages: readonly PDFPage[],
): number {
  return writeOutline(doc, headingOutline(laid, pages));
}

/** Writes a bookmark tree into the document, all open, shown when the file is opened. */
export function writeOutline(doc: PDFDocument, nodes: readonly OutlineNode[]): number {
  const roots = withRefs(doc, nodes);
  const first = roots[0];
  const last = roots[roots.length - 1];
  if (!first || !last) return 0;
  const rootRef = doc.context.nextRef();
  register(doc, roots, rootRef);
  const total = count(roots);
  doc.context.assign(
    rootRef,
    doc.context.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: total }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return total;
}
