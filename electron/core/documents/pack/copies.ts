// Saves one PDF per numbered copy from a single laid-out pack, stamping each cover's 份号.
import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { ContentStream } from '../pdf/4-paint/content-stream';
import { PageFonts, type FontEmbedder } from '../pdf/4-paint/font-embedder';
import { outlineOps } from '../pdf/4-paint/outline-text';
import type { FurnitureLine } from '../pdf/2-slices/page-furniture';
import { savePdf } from '../pdf/write-pdf';

export interface PackCopy {
  copyNumber: string | null;
  bytes: Uint8Array;
}

/**
 * Saves one file per copy from a single laid-out pack: the cover gets one content stream for its
 * 份号, whose object is swapped for each copy before saving. The 份号 is drawn as glyph outlines
 * (an artifact, not text), so copying the cover's text never picks it up and no font subset
 * needs its glyphs.
 */
export async function saveCopies(
  doc: PDFDocument,
  cover: PDFPage,
  embedder: FontEmbedder,
  copies: readonly { copyNumber: string; line: FurnitureLine }[],
): Promise<PackCopy[]> {
  if (copies.length === 0) return [{ copyNumber: null, bytes: await savePdf(doc) }];
  const pageFonts = new PageFonts(cover);
  const streams = copies.map(({ line }) => {
    const out = new ContentStream(embedder, pageFonts);
    out.begin('Artifact');
    out.raw(`q 0 g ${outlineOps(line)} Q`);
    out.end();
    return out.stream(doc);
  });
  const [first] = streams;
  if (!first) return [];
  const ref = doc.context.register(first);
  cover.node.addContentStream(ref);
  const saved: PackCopy[] = [];
  for (const [i, { copyNumber }] of copies.entries()) {
    const stream = streams[i];
    if (stream) doc.context.assign(ref, stream);
    saved.push({ copyNumber, bytes: await savePdf(doc) });
  }
  return saved;
}
