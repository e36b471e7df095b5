/**
 * The PDF pipeline's driver: stages 1–3 (`layBriefing`: text → slices → pages) and stage 4
 * (`paintBriefing`), for one briefing or for each briefing of a pack in one document.
 */
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage } from '@cantoo/pdf-lib';
import type { LoadedFace } from '../fonts/face';
import type { FontSet } from '../fonts/font-set';
import type { Briefing } from '../model';
import { prepareBriefing, type PreparedBriefing } from '../prepare';
import { briefingSlices } from './2-slices/briefing-layout';
import { FontEmbedder } from './4-paint/font-embedder';
import { MissingGlyphs, type MissingGlyphPolicy } from './1-text/glyph-items';
import type { LayoutContext } from './1-text/layout-context';
import { paginate, type LaidPage } from './3-pages/paginate';
import { facesUsed, paintPages, type Furniture } from './4-paint/paint';
import {
  internalMarkLine,
  pageNumberLine,
  pageNumberProbe,
  watermarkLine,
  type FurnitureLine,
} from './2-slices/page-furniture';
import {
  chartFace,
  chartFonts,
  embedImages,
  spacedStyles,
  svgSize,
  svgText,
} from './4-paint/pictures';

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

/**
 * A briefing laid out into a target's document, not painted yet: plain data handed from layout
 * (stages 1–3) to painting (stage 4), with nothing hidden in a closure.
 */
export interface LaidBriefing {
  prepared: PreparedBriefing;
  pages: LaidPage[];
  /** Images embedded while laying out (their size decides the layout), by block index. */
  images: Map<number, PDFImage>;
  /** Charts' SVG and the face their labels are drawn in, by block index. */
  charts: Map<number, { svg: string; face: LoadedFace }>;
  furniture: Furniture;
  /** Every furniture line, so painting embeds the faces they use. */
  furnitureLines: FurnitureLine[];
}

/**
 * Stages 1–3: prepares a briefing and lays it out on GB/T 9704 pages of `target.doc`.
 * Characters no face has are collected in `target.missing` (the caller decides whether to stop);
 * an unreadable picture throws `PictureError`.
 */
export async function layBriefing(target: PdfTarget, model: Briefing): Promise<LaidBriefing> {
  const { doc, fonts, missing } = target;
  const prepared = prepareBriefing(model);
  const images: Map<number, PDFImage> = await embedImages(doc, prepared.blocks);
  const charts = new Map<number, { svg: string; face: LoadedFace }>();
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
  return { prepared, pages, images, charts, furniture, furnitureLines };
}

/**
 * Stage 4: embeds what a laid briefing's pages draw with and appends them to the target's
 * document; the first page is printed as page `firstNumber`.
 */
export async function paintBriefing(
  target: PdfTarget,
  laid: LaidBriefing,
  firstNumber: number,
): Promise<PDFPage[]> {
  const { doc, embedder } = target;
  for (const face of facesUsed(laid.pages, laid.furnitureLines)) await embedder.embed(face);
  const svgs = new Map<number, { svg: string; fonts: Record<string, PDFFont> }>();
  for (const [i, chart] of laid.charts)
    svgs.set(i, {
      svg: spacedStyles(chart.svg),
      fonts: await chartFonts(chart.svg, chart.face, embedder),
    });
  return paintPages(
    doc,
    laid.pages,
    embedder,
    { images: laid.images, svgs },
    laid.furniture,
    firstNumber,
  );
}
