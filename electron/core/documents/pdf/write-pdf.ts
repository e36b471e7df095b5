// Writes one briefing to PDF with its fonts, bookmarks and document info; names missing characters.
import type { PDFDocument } from '@cantoo/pdf-lib';
import { briefingText } from '../briefing-text';
import { loadFontSet, type FontOptions, type FontReportRow, type FontSet } from '../fonts/font-set';
import type { Briefing } from '../model';
import { layBriefing, newPdfTarget, paintBriefing, type LaidBriefing } from './pipeline';
import type { MissingGlyphPolicy } from './1-text/glyph-items';
import { addOutline } from './5-file/outline';
import { PictureError } from './4-paint/pictures';

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

/** Renders a briefing to PDF on the GB/T 9704 layout. */
export async function writeBriefingPdf(
  model: Briefing,
  options: PdfOptions = {},
): Promise<PdfResult> {
  const fonts = options.fontSet ?? (await loadFontSet(options.fonts));
  const target = await newPdfTarget(fonts, options.missingGlyphs);
  const { doc } = target;
  let laid: LaidBriefing;
  try {
    laid = await layBriefing(target, model);
  } catch (error) {
    if (error instanceof PictureError)
      return { ok: false, message: error.message, missingGlyphs: [] };
    throw error;
  }
  const notDrawable = target.missing.list();
  if (notDrawable.length > 0 && target.missing.policy === 'stop')
    return {
      ok: false,
      message: missingGlyphsMessage(notDrawable, briefingText(model)),
      missingGlyphs: notDrawable,
    };

  const pdfPages = await paintBriefing(target, laid, 1);
  addOutline(doc, laid.pages, pdfPages);
  const title = laid.prepared.title || '简报';
  setDocumentInfo(doc, { title, author: laid.prepared.author, now: options.now });
  const bytes = await savePdf(doc);
  return {
    ok: true,
    bytes,
    pageCount: laid.pages.length,
    missingGlyphs: notDrawable,
    fonts: fonts.report(),
    problems: [...fonts.problems],
  };
}

/** The cell or line (at most 12 characters around it) where a character first appears. */
function foundIn(ch: string, lines: readonly string[]): string | undefined {
  for (const line of lines)
    for (const cell of line.split('\t')) {
      const chars = [...cell];
      const at = chars.indexOf(ch);
      if (at < 0) continue;
      const from = Math.max(0, at - 6);
      return chars.slice(from, from + 12).join('');
    }
  return undefined;
}

/**
 * The message that stops a build over characters no face can draw, naming each character and,
 * when the briefing's text is given, the words it stands in so the user can find the field.
 */
export function missingGlyphsMessage(chars: readonly string[], lines: readonly string[] = []) {
  const named = chars.map((c) => {
    const where = foundIn(c, lines);
    return where ? `“${c}”（见“${where}”）` : `“${c}”`;
  });
  return `以下字符没有字体能显示：${named.join('')}。请改写这些字，或在设置中指定含有它们的字体文件。`;
}

/** Title (shown in the window's title bar), author, subject, creator, language and dates. */
export function setDocumentInfo(
  doc: PDFDocument,
  info: { title: string; author: string; now: Date | undefined },
): void {
  // A title set in two lines on the page is one line in a reader's title bar.
  const title = info.title.replace(/\s*\n\s*/g, ' ');
  doc.setTitle(title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  doc.setSubject(title);
  doc.setCreator('招商卷宗 Dossier Desk');
  doc.setProducer('招商卷宗 Dossier Desk (pdf-lib)');
  doc.setLanguage('zh-CN');
  const now = info.now ?? new Date();
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}

// pdf-lib yields a timer tick every `objectsPerTick` objects (1 ms or more each): few, large steps.
export const savePdf = (doc: PDFDocument) =>
  doc.save({ useObjectStreams: true, objectsPerTick: 2000 });
