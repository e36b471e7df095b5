// Writes one briefing, or several as sections of one file, to DOCX on the GB/T 9704 layout.
import { DocumentGridType, Document, Packer, SectionType, type ISectionOptions } from 'docx';
import type { Briefing } from '../model';
import { prepareBriefing } from '../prepare';
import { bodyChildren, type BodyChild } from './blocks';
import { pageFurniture, type Furniture } from './furniture';
import {
  CHAR_SPACING,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LINE_PITCH,
  MARGIN,
  PAGE,
  SIZE,
} from './geometry';
import { ListNumbering } from './numbering';
import { fontTableXml, runFont } from './run-fonts';
import { BodyXml } from './splice';
import { briefingStylesXml } from './styles';

export interface DocxResult {
  bytes: Uint8Array;
  /** Plain-Chinese notes, e.g. a chart whose data Word could not take. */
  problems: string[];
}

/** A Word section ready for docx: what `packDocx` puts together. */
export interface WordSection {
  section: ISectionOptions;
  problems: string[];
}

/** Where a section's page numbers start (the first section's continue from none). */
type PageStart = { start: number } | undefined;

/**
 * A Word section on the GB/T 9704 page: its children, furniture and line grid; `oddPage`, it
 * starts on a right-hand page (Word and LibreOffice put a blank page before it when needed).
 */
export function wordSection(
  children: readonly BodyChild[],
  furniture: Furniture,
  body: BodyXml,
  pageNumbers?: PageStart,
  oddPage = false,
): ISectionOptions {
  return {
    properties: {
      ...(oddPage ? { type: SectionType.ODD_PAGE } : {}),
      titlePage: furniture.titlePage,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
        ...(pageNumbers ? { pageNumbers } : {}),
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    headers: furniture.headers,
    footers: furniture.footers,
    children: body.placeholders(children),
  };
}

/** One briefing as a Word section: its own page set-up, furniture, numbering and text. */
function sectionOf(model: Briefing, body: BodyXml, lists: ListNumbering): WordSection {
  const prepared = prepareBriefing(model);
  const { children, problems } = bodyChildren(prepared, lists);
  return { section: wordSection(children, pageFurniture(prepared.marks), body), problems };
}

/** The file's title and author (core properties). */
export interface DocxMeta {
  title: string;
  author?: string | undefined;
  /** Word updates the fields (a contents field) when the file is opened. */
  updateFields?: boolean;
}

/** The sections as one DOCX: the styles, font table and list numbering, the body spliced in. */
export async function packDocx(
  sections: readonly WordSection[],
  meta: DocxMeta,
  body: BodyXml,
  lists: ListNumbering,
): Promise<DocxResult> {
  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    evenAndOddHeaderAndFooters: true,
    ...(meta.updateFields ? { features: { updateFields: true } } : {}),
    styles: {
      default: {
        document: {
          run: {
            font: runFont('fangsong'),
            size: SIZE.body * 2,
            characterSpacing: CHAR_SPACING,
            language: { eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: sections.map((s) => s.section),
  });
  const parts = { 'word/fontTable.xml': fontTableXml(), 'word/numbering.xml': lists.xml() };
  const bytes = body.splice(await Packer.toBuffer(doc), parts, briefingStylesXml());
  return { bytes, problems: sections.flatMap((s) => s.problems) };
}

/** The file's properties from its first briefing. */
const metaOf = (model: Briefing | undefined): DocxMeta => {
  const prepared = model ? prepareBriefing(model) : undefined;
  return { title: prepared?.title ?? '', author: prepared?.author };
};

/** Renders a briefing to DOCX on the GB/T 9704 layout, from the same prepared model as the PDF. */
export async function writeBriefingDocx(model: Briefing): Promise<DocxResult> {
  const body = new BodyXml();
  const lists = new ListNumbering();
  return packDocx([sectionOf(model, body, lists)], metaOf(model), body, lists);
}

/**
 * Several briefings as one Word file (a meeting pack without its attachments): each is a section
 * of its own, starting on a new page with its own title and heading numbers; page numbers run on.
 */
export async function writeBriefingsDocx(models: readonly Briefing[]): Promise<DocxResult> {
  const body = new BodyXml();
  const lists = new ListNumbering();
  const sections = models.map((m) => sectionOf(m, body, lists));
  return packDocx(sections, metaOf(models[0]), body, lists);
}
