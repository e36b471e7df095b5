// Writes one briefing, or several as sections of one file, to DOCX on the GB/T 9704 layout.
import { DocumentGridType, Document, Packer } from 'docx';
import type { Briefing } from '../model';
import { prepareBriefing } from '../prepare';
import { bodyChildren } from './blocks';
import { pageFurniture } from './furniture';
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

type PreparedSection = ReturnType<typeof sectionOf>;

/** One briefing as a Word section: its own page set-up, furniture, numbering and text. */
function sectionOf(model: Briefing, body: BodyXml, lists: ListNumbering) {
  const prepared = prepareBriefing(model);
  const { children, problems } = bodyChildren(prepared, lists);
  const furniture = pageFurniture(prepared.marks);
  const section = {
    properties: {
      titlePage: furniture.titlePage,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    headers: furniture.headers,
    footers: furniture.footers,
    children: body.placeholders(children),
  };
  return { prepared, section, problems };
}

async function pack(
  sections: readonly PreparedSection[],
  body: BodyXml,
  lists: ListNumbering,
): Promise<DocxResult> {
  const first = sections[0]?.prepared;
  const doc = new Document({
    title: first?.title ?? '',
    creator: first?.author,
    lastModifiedBy: first?.author,
    evenAndOddHeaderAndFooters: true,
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

/** Renders a briefing to DOCX on the GB/T 9704 layout, from the same prepared model as the PDF. */
export async function writeBriefingDocx(model: Briefing): Promise<DocxResult> {
  const body = new BodyXml();
  const lists = new ListNumbering();
  return pack([sectionOf(model, body, lists)], body, lists);
}

/**
 * Several briefings as one Word file (a meeting pack without its attachments): each is a section
 * of its own, starting on a new page with its own title and heading numbers; page numbers run on.
 */
export async function writeBriefingsDocx(models: readonly Briefing[]): Promise<DocxResult> {
  const body = new BodyXml();
  const lists = new ListNumbering();
  return pack(
    models.map((m) => sectionOf(m, body, lists)),
    body,
    lists,
  );
}
