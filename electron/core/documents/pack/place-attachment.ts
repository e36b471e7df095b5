// Places each page of an attached PDF on an A4 portrait page, scaled and turned to fit the area.
import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { ContentStream } from '../pdf/4-paint/content-stream';
import { PageFonts, type FontEmbedder } from '../pdf/4-paint/font-embedder';
import type { FurnitureLine } from '../pdf/2-slices/page-furniture';
import { BLOCK, MM, PAGE, PAGE_NUMBER } from '../pdf/page-geometry';

/**
 * Where an attached page goes on our A4 page: the sheet less a 10 mm edge, and above our page
 * number, so the number never covers anything of the original and no patch is painted over it.
 */
export const ATTACHMENT_AREA = {
  left: 10 * MM,
  right: PAGE.width - 10 * MM,
  bottom: BLOCK.bottom - PAGE_NUMBER.gap / 2,
  top: PAGE.height - 10 * MM,
} as const;

const n = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * The matrix drawing a form of `w` × `h` turned `turn` degrees clockwise and scaled by `s`, with
 * the turned box's lower left corner at (x, y).
 */
function placed(turn: number, s: number, w: number, h: number, x: number, y: number): number[] {
  switch (turn) {
    case 90:
      return [0, -s, s, 0, x, y + s * w];
    case 180:
      return [-s, 0, 0, -s, x + s * w, y + s * h];
    case 270:
      return [0, s, -s, 0, x + s * h, y];
    default:
      return [s, 0, 0, s, x, y];
  }
}

/** How a page of `w` × `h` shown turned `shown` degrees fits the area: turned a quarter if that is larger. */
export function fitOnA4(
  w: number,
  h: number,
  shown: number,
): { turn: number; scale: number; width: number; height: number } {
  const area = {
    width: ATTACHMENT_AREA.right - ATTACHMENT_AREA.left,
    height: ATTACHMENT_AREA.top - ATTACHMENT_AREA.bottom,
  };
  const best = [0, 90]
    .map((extra) => {
      const turn = (((shown + extra) % 360) + 360) % 360;
      const [tw, th] = turn % 180 === 0 ? [w, h] : [h, w];
      // Never enlarged: a small page stays its size.
      const scale = Math.min(1, area.width / tw, area.height / th);
      return { turn, scale, width: tw * scale, height: th * scale };
    })
    .sort((a, b) => b.scale - a.scale)[0];
  if (!best) throw new Error('unreachable');
  return best;
}

/**
 * Appends each page of `source` to `doc` as a new A4 portrait page holding the original, as it
 * is shown (its /Rotate applied), scaled and — for a landscape page — turned to fit the area
 * above the page number; then our number, as on every other page. Returns the new pages.
 */
export async function placeAttachmentPages(
  doc: PDFDocument,
  source: PDFDocument,
  embedder: FontEmbedder,
  numberLine: (n: number) => FurnitureLine,
  first: number,
): Promise<PDFPage[]> {
  const pages: PDFPage[] = [];
  for (const [i, original] of source.getPages().entries()) {
    const crop = original.getCropBox();
    const form = await doc.embedPage(original, {
      left: crop.x,
      bottom: crop.y,
      right: crop.x + crop.width,
      top: crop.y + crop.height,
    });
    const shown = original.getRotation().angle;
    const fit = fitOnA4(form.width, form.height, shown);
    const x = ATTACHMENT_AREA.left + (ATTACHMENT_AREA.right - ATTACHMENT_AREA.left - fit.width) / 2;
    const y =
      ATTACHMENT_AREA.bottom + (ATTACHMENT_AREA.top - ATTACHMENT_AREA.bottom - fit.height) / 2;
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const key = page.node.newXObject('Page', form.ref).toString();
    const out = new ContentStream(embedder, new PageFonts(page));
    const m = placed(fit.turn, fit.scale, form.width, form.height, x, y);
    out.raw(`q ${m.map(n).join(' ')} cm ${key} Do Q`);
    out.begin('Artifact');
    out.text(numberLine(first + i));
    out.end();
    out.attach(doc, page);
    pages.push(page);
  }
  return pages;
}
