import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { ContentStream } from '../pdf/content-stream';
import { PageFonts, type FontEmbedder } from '../pdf/font-embedder';
import type { FurnitureLine } from '../pdf/page-furniture';
import { PAGE } from '../pdf/page-geometry';

/** Maps the page as shown (after /Rotate) onto its user space, so the number prints upright. */
function shownToUser(
  rotation: number,
  box: { x: number; y: number; width: number; height: number },
): { matrix: number[]; width: number; height: number } {
  const { x, y, width: w, height: h } = box;
  switch (((rotation % 360) + 360) % 360) {
    case 90:
      return { matrix: [0, 1, -1, 0, x + w, y], width: h, height: w };
    case 180:
      return { matrix: [-1, 0, 0, -1, x + w, y + h], width: w, height: h };
    case 270:
      return { matrix: [0, -1, 1, 0, x, y + h], width: h, height: w };
    default:
      return { matrix: [1, 0, 0, 1, x, y], width: w, height: h };
  }
}

const n = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * Prints a page number on a page merged in from another PDF, where the engine prints its own:
 * the same distance from the bottom edge and from the outer side (odd right, even left), on a
 * white patch so the attachment's own footer cannot make it unreadable. The attachment's
 * content is wrapped in q … Q, so whatever state it leaves does not move the number.
 */
export function stampPageNumber(
  doc: PDFDocument,
  page: PDFPage,
  embedder: FontEmbedder,
  line: FurnitureLine,
  odd: boolean,
): void {
  const shown = shownToUser(page.getRotation().angle, page.getCropBox());
  const fromRight = PAGE.width - line.x;
  const x = odd ? shown.width - fromRight : line.x;
  const out = new ContentStream(embedder, new PageFonts(page));
  const pad = line.size * 0.3;
  out.begin('Artifact');
  out.raw(`q ${shown.matrix.map(n).join(' ')} cm 1 g`);
  out.raw(
    `${n(x - pad)} ${n(line.baseline - line.size * 0.25)} ${n(line.width + 2 * pad)} ${n(line.size * 1.2)} re f 0 g`,
  );
  out.text({ ...line, x });
  out.raw('Q');
  out.end();
  page.node.wrapContentStreams(
    doc.context.register(doc.context.stream('q')),
    doc.context.register(doc.context.stream('Q')),
  );
  out.attach(doc, page);
}
