// Makes each contents line a borderless link to the page it names.
import { PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import type { LaidPage } from '../pdf/3-pages/paginate';
import { BLOCK, PAGE } from '../pdf/page-geometry';
import type { Slice } from '../pdf/2-slices/slice';

/**
 * Makes each contents line a link to the page it names (no border; on paper nothing shows), so
 * the contents works on screen as it does on paper.
 */
export function linkContents(
  doc: PDFDocument,
  laid: readonly LaidPage[],
  painted: readonly PDFPage[],
  targets: ReadonlyMap<Slice, number>,
): void {
  const pages = doc.getPages();
  laid.forEach((placed, i) => {
    const page = painted[i];
    if (!page) return;
    for (const { slice, offset } of placed) {
      const target = pages[(targets.get(slice) ?? 0) - 1];
      if (!target) continue;
      const top = BLOCK.top - offset;
      const annot = doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [BLOCK.left, top - slice.height, BLOCK.right, top],
        Border: [0, 0, 0],
        Dest: [target.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(PAGE.height), PDFNull],
      });
      page.node.addAnnot(doc.context.register(annot));
    }
  });
}
