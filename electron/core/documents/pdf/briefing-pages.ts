import { PDFDocument, type PDFFont, type PDFImage, type PDFPage } from '@cantoo/pdf-lib';
import type { FontSet } from '../fonts/font-set';
import type { Briefing } from '../model';
import { prepareBriefing, type PreparedBriefing } from '../prepare';
import { briefingSlices } from './briefing-layout';
import { FontEmbedder } from './font-embedder';
import { MissingGlyphs, type MissingGlyphPolicy } from './glyph-items';
import type { LayoutContext } from './layout-context';
import { paginate, type LaidPage } from './paginate';
import { facesUsed, paintPages, type Furniture } from './paint';
import { internalMarkLine, pageNumberLine, pageNumberProbe, watermarkLine } from './page-furniture';
import { chartFace, chartFonts, embedImages, spacedStyles, svgSize, svgText } from './pictures';

/**
 * One PDF being written: the document, its single font embedder (each face embedded once, however
 * many briefings are laid into it), the faces and the characters none of them has.
 */
export interface PdfTarget {
  doc: PDFDocument;
  embedder: FontEmbedder;
  fonts: FontSet;
  missing: MissingGlyphs;
}

/** A new document with its own font embedder: what one PDF (a briefing, a pack) is built in. */
export async function newPdfTarget(
  fonts: FontSet,
  policy: MissingGlyphPolicy = 'stop',
): Promise<PdfTarget> {
  const doc = await PDFDocument.create();
  return { doc, embedder: new FontEmbedder(doc), fonts, missing: new MissingGlyphs(policy) };
}

/** A briefing laid out into a target's document, not painted yet. */
export interface LaidBriefing {
  prepared: PreparedBriefing;
  pages: LaidPage[];
  /**
   * Embeds what the pages draw with and appends them to the document; the first page is printed
   * as page `firstNumber`.
   */
  paint(firstNumber: number): Promise<PDFPage[]>;
}

/**
 * Lays a briefing out on GB/T 9704 pages of `target.doc`. Characters no face has are collected in
 * `target.missing` (the caller decides whether to stop); an unreadable picture throws
 * `PictureError`.
 */
export async function layBriefing(target: PdfTarget, model: Briefing): Promise<LaidBriefing> {
  const { doc, embedder, fonts, missing } = target;
  const prepared = prepareBriefing(model);
  const images: Map<number, PDFImage> = await embedImages(doc, prepared.blocks);
  const charts = new Map<number, { svg: string; face: ReturnType<typeof chartFace> }>();
  prepared.blocks.forEach((b, i) => {
    if (b.kind === 'chart')
      charts.set(i, { svg: b.svg, face: chartFace(fonts, svgText(b.svg), missing) });
  });
  const ctx: LayoutContext = {
    fonts,
    missing,
    words: prepared.lexicon,
    pictureSize: (i) => {
      const image = images.get(i);
      if (image) return { width: image.width, height: image.height };
      const chart = charts.get(i);
      return chart ? svgSize(chart.svg) : { width: 0, height: 0 };
    },
  };
  const slices = briefingSlices(ctx, prepared);
  const furniture: Furniture = {
    pageNumber: (n) => pageNumberLine(ctx, n),
    internal: prepared.marks.internal ? internalMarkLine(ctx) : null,
    watermark: prepared.marks.draft ? watermarkLine(ctx) : null,
  };
  const furnitureLines = [pageNumberProbe(ctx)];
  if (furniture.internal) furnitureLines.push(furniture.internal);
  if (furniture.watermark) furnitureLines.push(furniture.watermark);
  const pages = paginate(slices);

  const paint = async (firstNumber: number): Promise<PDFPage[]> => {
    for (const face of facesUsed(pages, furnitureLines)) await embedder.embed(face);
    const svgs = new Map<number, { svg: string; fonts: Record<string, PDFFont> }>();
    for (const [i, chart] of charts)
      svgs.set(i, {
        svg: spacedStyles(chart.svg),
        fonts: await chartFonts(chart.svg, chart.face, embedder),
      });
    return paintPages(doc, pages, embedder, { images, svgs }, furniture, firstNumber);
  };
  return { prepared, pages, paint };
}
