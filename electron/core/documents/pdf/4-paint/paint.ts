// Draws laid-out pages into the PDF: watermark, body text, pictures, page numbers and marks.
import {
  beginMarkedContent,
  endMarkedContent,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { LoadedFace } from '../../fonts/face';
import { ContentStream } from './content-stream';
import { PageFonts, type FontEmbedder } from './font-embedder';
import { outlineOps } from './outline-text';
import type { LaidPage, PlacedSlice } from '../3-pages/paginate';
import type { FurnitureLine } from '../2-slices/page-furniture';
import { BLOCK, PAGE } from '../page-geometry';

export interface Pictures {
  images: ReadonlyMap<number, PDFImage>;
  svgs: ReadonlyMap<number, { svg: string; fonts: Record<string, PDFFont> }>;
}

export interface Furniture {
  pageNumber(n: number): FurnitureLine;
  internal: FurnitureLine | null;
  watermark: (FurnitureLine & { angle: number }) | null;
}

/** Every face the pages and their furniture draw with, so they can be embedded up front. */
export function facesUsed(
  pages: readonly LaidPage[],
  lines: readonly FurnitureLine[],
): Set<LoadedFace> {
  const faces = new Set<LoadedFace>();
  const add = (segments: readonly { face: LoadedFace }[]) =>
    segments.forEach((s) => faces.add(s.face));
  for (const page of pages)
    for (const placed of page)
      for (const op of placed.slice.ops) if (op.kind === 'text') add(op.segments);
  lines.forEach((l) => add(l.segments));
  return faces;
}

function watermark(
  doc: PDFDocument,
  page: PDFPage,
  out: ContentStream,
  w: FurnitureLine & { angle: number },
): void {
  const gs = page.node.newExtGState(
    'GS',
    doc.context.obj({ Type: 'ExtGState', ca: 0.16, CA: 0.16 }),
  );
  const [c, s] = [Math.cos(w.angle), Math.sin(w.angle)];
  // Outlines, not text: copying or extracting the page's text never picks up 草稿.
  out.begin('Artifact');
  out.raw(`q ${gs.toString()} gs 0.35 g ${c} ${s} ${-s} ${c} ${w.x} ${w.baseline} cm`);
  out.raw(outlineOps({ ...w, x: 0, baseline: 0 }));
  out.raw('Q');
  out.end();
}

function drawSlice(
  page: PDFPage,
  out: ContentStream,
  placed: PlacedSlice,
  pictures: Pictures,
  svgQueue: (() => void)[],
): void {
  const top = BLOCK.top - placed.offset;
  const left = BLOCK.left;
  if (placed.repeated) out.begin('Artifact');
  const rules: { x1: number; y1: number; x2: number; y2: number }[] = [];
  let ruleWidth = 0;
  for (const op of placed.slice.ops) {
    switch (op.kind) {
      case 'text':
        out.text({ ...op, x: left + op.x, baseline: top - op.baseline });
        break;
      case 'rule': {
        const line = { x1: left + op.x1, y1: top - op.y1, x2: left + op.x2, y2: top - op.y2 };
        if (op.color) out.rules([line], op.width, op.color);
        else {
          rules.push(line);
          ruleWidth = op.width;
        }
        break;
      }
      case 'image': {
        const image = pictures.images.get(op.index);
        if (!image) break;
        const key = page.node.newXObject('Image', image.ref).toString();
        out.begin('Figure');
        out.xobject(key, left + op.x, top - op.y - op.height, op.width, op.height);
        out.end();
        break;
      }
      case 'svg': {
        const svg = pictures.svgs.get(op.index);
        if (!svg) break;
        // pdf-lib draws the SVG into its own content stream, after ours.
        svgQueue.push(() => {
          const font = Object.values(svg.fonts)[0];
          // Text the SVG names no family for falls back to the page's font: ours, not Helvetica.
          if (font) page.setFont(font);
          page.pushOperators(beginMarkedContent('Figure'));
          page.drawSvg(svg.svg, {
            x: left + op.x,
            y: top - op.y,
            width: op.width,
            height: op.height,
            fonts: svg.fonts,
          });
          page.pushOperators(endMarkedContent());
        });
        break;
      }
    }
  }
  out.rules(rules, ruleWidth);
  if (placed.repeated) out.end();
}

/**
 * Draws laid-out pages into the document: the watermark under the text, body, page numbers (the
 * first page printed as `firstNumber`; none when it is null).
 */
export function paintPages(
  doc: PDFDocument,
  pages: readonly LaidPage[],
  fonts: FontEmbedder,
  pictures: Pictures,
  furniture: Furniture,
  firstNumber: number | null = 1,
): PDFPage[] {
  return pages.map((laid, index) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const out = new ContentStream(fonts, new PageFonts(page));
    if (furniture.watermark) watermark(doc, page, out, furniture.watermark);
    if (furniture.internal && index === 0) {
      out.begin('Artifact');
      out.text(furniture.internal);
      out.end();
    }
    const svgQueue: (() => void)[] = [];
    for (const placed of laid) drawSlice(page, out, placed, pictures, svgQueue);
    if (firstNumber !== null) {
      out.begin('Artifact');
      out.text(furniture.pageNumber(firstNumber + index));
      out.end();
    }
    out.attach(doc, page);
    svgQueue.forEach((draw) => draw());
    return page;
  });
}
