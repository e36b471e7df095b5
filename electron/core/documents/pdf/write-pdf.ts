import { PDFDocument, type PDFFont, type PDFImage } from '@cantoo/pdf-lib';
import { loadFontSet, type FontOptions, type FontReportRow, type FontSet } from '../fonts/font-set';
import type { Briefing } from '../model';
import { prepareBriefing } from '../prepare';
import { briefingSlices } from './briefing-layout';
import { FontEmbedder } from './font-embedder';
import { MissingGlyphs, type MissingGlyphPolicy } from './glyph-items';
import type { LayoutContext } from './layout-context';
import { addOutline } from './outline';
import { paginate } from './paginate';
import { facesUsed, paintPages, type Furniture } from './paint';
import { internalMarkLine, pageNumberLine, pageNumberProbe, watermarkLine } from './page-furniture';
import {
  chartFace,
  chartFonts,
  embedImages,
  PictureError,
  spacedStyles,
  svgSize,
  svgText,
} from './pictures';

export interface PdfOptions {
  /** Where the faces come from (settings, the machine, the shipped faces). */
  fonts?: FontOptions;
  /** A font set already loaded (the bench reuses one). */
  fontSet?: FontSet;
  /**
   * `stop` (default): a character no face can draw stops the build, naming it. `replace`: it is
   * drawn as 〓 and still named in `missingGlyphs`, for a user who chose to go on.
   */
  missingGlyphs?: MissingGlyphPolicy;
  /** The file's creation date (default: now). */
  now?: Date;
}

export type PdfResult =
  | {
      ok: true;
      bytes: Uint8Array;
      pageCount: number;
      /** Characters drawn as 〓 (only with `missingGlyphs: 'replace'`). */
      missingGlyphs: string[];
      fonts: FontReportRow[];
      /** Plain-Chinese notes, e.g. a font file from 设置 that could not be read. */
      problems: string[];
    }
  | { ok: false; message: string; missingGlyphs: string[] };

const quoteAll = (chars: readonly string[]) => chars.map((c) => `“${c}”`).join('');

/** Renders a briefing to PDF on the GB/T 9704 layout. */
export async function writeBriefingPdf(
  model: Briefing,
  options: PdfOptions = {},
): Promise<PdfResult> {
  const prepared = prepareBriefing(model);
  const fonts = options.fontSet ?? (await loadFontSet(options.fonts));
  const missing = new MissingGlyphs(options.missingGlyphs ?? 'stop');
  const doc = await PDFDocument.create();
  const embedder = new FontEmbedder(doc);

  let images: Map<number, PDFImage>;
  try {
    images = await embedImages(doc, prepared.blocks);
  } catch (error) {
    if (error instanceof PictureError)
      return { ok: false, message: error.message, missingGlyphs: [] };
    throw error;
  }
  const charts = new Map<number, { svg: string; face: ReturnType<typeof chartFace> }>();
  prepared.blocks.forEach((b, i) => {
    if (b.kind === 'chart')
      charts.set(i, { svg: b.svg, face: chartFace(fonts, svgText(b.svg), missing) });
  });
  const ctx: LayoutContext = {
    fonts,
    missing,
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
  const numbers = pageNumberProbe(ctx);
  const notDrawable = missing.list();
  if (notDrawable.length > 0 && missing.policy === 'stop') {
    return {
      ok: false,
      message: `以下字符没有字体能显示：${quoteAll(notDrawable)}。请改写这些字，或在设置中指定含有它们的字体文件。`,
      missingGlyphs: notDrawable,
    };
  }

  const pages = paginate(slices);
  const furnitureLines = [numbers];
  if (furniture.internal) furnitureLines.push(furniture.internal);
  if (furniture.watermark) furnitureLines.push(furniture.watermark);
  for (const face of facesUsed(pages, furnitureLines)) await embedder.embed(face);
  const svgs = new Map<number, { svg: string; fonts: Record<string, PDFFont> }>();
  for (const [i, chart] of charts)
    svgs.set(i, {
      svg: spacedStyles(chart.svg),
      fonts: await chartFonts(chart.svg, chart.face, embedder),
    });

  const pdfPages = paintPages(doc, pages, embedder, { images, svgs }, furniture);
  addOutline(doc, pages, pdfPages);
  const title = prepared.title || '简报';
  doc.setTitle(title, { showInWindowTitleBar: true });
  if (prepared.author) doc.setAuthor(prepared.author);
  doc.setSubject(title);
  doc.setCreator('招商卷宗 Dossier Desk');
  doc.setProducer('招商卷宗 Dossier Desk (pdf-lib)');
  doc.setLanguage('zh-CN');
  const now = options.now ?? new Date();
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  // pdf-lib yields a timer tick every `objectsPerTick` objects (1 ms or more each): few, large steps.
  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: 2000 });
  return {
    ok: true,
    bytes,
    pageCount: pages.length,
    missingGlyphs: notDrawable,
    fonts: fonts.report(),
    problems: [...fonts.problems],
  };
}
