// A render task (one briefing or a meeting pack, in DOCX and/or PDF) and the function that runs it.
import type { FontOptions } from '../fonts/font-set';
import { packBriefings, writePackDocx } from '../docx/pack-docx';
import { writeBriefingDocx } from '../docx/write-docx';
import { loadFontSet } from '../fonts/font-set';
import type { Briefing } from '../model';
import { assemblePack } from '../pack/assemble-pack';
import type { PackSpec } from '../pack/spec';
import type { MissingGlyphPolicy } from '../pdf/1-text/glyph-items';
import { layBriefing, newPdfTarget } from '../pdf/pipeline';
import { writeBriefingPdf } from '../pdf/write-pdf';

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What to write: one briefing, or a meeting pack (a PDF per numbered copy, Word without attachments). */
export type RenderWork =
  | { kind: 'briefing'; briefing: Briefing }
  | {
      kind: 'pack';
      spec: PackSpec;
      duplex: boolean;
      copyNumbers: string[];
    };

/** One document to write in one or both formats: plain data, so it can cross to a worker. */
export interface RenderTask {
  work: RenderWork;
  formats: readonly DocumentFormat[];
  /** Serialisable font options (no cache): files from 设置, shipped folders, discovery on/off. */
  fonts: Omit<FontOptions, 'cache'>;
  missingGlyphs: MissingGlyphPolicy;
  /** The files' creation date, as an ISO timestamp from the core's clock. */
  now: string;
}

export interface RenderedFile {
  format: DocumentFormat;
  bytes: Uint8Array;
  /** Known for PDF; Word paginates on opening, so null for DOCX. */
  pageCount: number | null;
  /** 份号 of a numbered copy of a pack. */
  copyNumber: string | null;
}

export type RenderOutcome =
  | {
      ok: true;
      files: RenderedFile[];
      problems: string[];
      missingGlyphs: string[];
      /** A pack's contents with the pages they start on. */
      contents: { title: string; level: number; page: number }[];
    }
  | { ok: false; message: string; missingGlyphs: string[] };

type PdfPart = Extract<RenderOutcome, { ok: true }>;

async function pdfOf(task: RenderTask): Promise<PdfPart | Extract<RenderOutcome, { ok: false }>> {
  const now = new Date(task.now);
  const { work } = task;
  if (work.kind === 'briefing') {
    const pdf = await writeBriefingPdf(work.briefing, {
      fonts: task.fonts,
      missingGlyphs: task.missingGlyphs,
      now,
    });
    if (!pdf.ok) return pdf;
    const file = {
      format: 'pdf' as const,
      bytes: pdf.bytes,
      pageCount: pdf.pageCount,
      copyNumber: null,
    };
    return {
      ok: true,
      files: [file],
      problems: pdf.problems,
      missingGlyphs: pdf.missingGlyphs,
      contents: [],
    };
  }
  const pack = await assemblePack(work.spec, {
    duplex: work.duplex,
    copyNumbers: work.copyNumbers,
    fonts: task.fonts,
    missingGlyphs: task.missingGlyphs,
    now,
  });
  if (!pack.ok) return { ok: false, message: pack.message, missingGlyphs: [] };
  const notices = pack.notices.map((n) =>
    n.included ? `“${n.name}”：${n.reason}` : `“${n.name}”未编入：${n.reason}`,
  );
  return {
    ok: true,
    files: pack.copies.map((c) => ({
      format: 'pdf' as const,
      bytes: c.bytes,
      pageCount: pack.pageCount,
      copyNumber: c.copyNumber,
    })),
    problems: [...notices, ...pack.problems],
    missingGlyphs: pack.missingGlyphs,
    contents: pack.contents,
  };
}

/**
 * The pages each briefing of a pack takes, laid out as the PDF lays them, for the Word pack's
 * contents; none when one cannot be laid out (Word then fills the numbers in itself).
 */
async function packPageCounts(spec: PackSpec, task: RenderTask): Promise<number[] | undefined> {
  try {
    const target = await newPdfTarget(await loadFontSet(task.fonts), 'replace');
    const counts: number[] = [];
    for (const briefing of packBriefings(spec))
      counts.push((await layBriefing(target, briefing)).pages.length);
    return counts;
  } catch {
    return undefined;
  }
}

async function docxFiles(task: RenderTask): Promise<{ files: RenderedFile[]; problems: string[] }> {
  const { work } = task;
  if (work.kind === 'briefing') {
    const docx = await writeBriefingDocx(work.briefing);
    const file = { format: 'docx' as const, bytes: docx.bytes, pageCount: null, copyNumber: null };
    return { files: [file], problems: docx.problems };
  }
  const pageCounts = await packPageCounts(work.spec, task);
  const pack = await writePackDocx(work.spec, {
    copyNumbers: work.copyNumbers,
    duplex: work.duplex,
    ...(pageCounts ? { pageCounts } : {}),
  });
  const files = pack.copies.map((c) => ({
    format: 'docx' as const,
    bytes: c.bytes,
    pageCount: null,
    copyNumber: c.copyNumber,
  }));
  return { files, problems: pack.problems };
}

/** Writes one document in the formats asked for; the PDF first, since it can refuse. */
export async function renderTask(task: RenderTask): Promise<RenderOutcome> {
  const done: PdfPart = { ok: true, files: [], problems: [], missingGlyphs: [], contents: [] };
  if (task.formats.includes('pdf')) {
    const pdf = await pdfOf(task);
    if (!pdf.ok) return pdf;
    Object.assign(done, pdf);
  }
  if (task.formats.includes('docx')) {
    const docx = await docxFiles(task);
    done.files = [...docx.files, ...done.files];
    done.problems = [...done.problems, ...docx.problems];
  }
  return done;
}
