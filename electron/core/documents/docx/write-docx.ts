import { DocumentGridType, Document, Packer } from 'docx';
import type { Briefing } from '../model';
import { prepareBriefing } from '../prepare';
import { bodyChildren } from './blocks';
import { pageFurniture } from './furniture';
import {
  CHAR_SPACE,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LINE_PITCH,
  MARGIN,
  PAGE,
  SIZE,
} from './geometry';
import { runFont } from './run-fonts';

export interface DocxResult {
  bytes: Uint8Array;
  /** Plain-Chinese notes, e.g. a chart whose data Word could not take. */
  problems: string[];
}

/** Renders a briefing to DOCX on the GB/T 9704 layout, from the same prepared model as the PDF. */
export async function writeBriefingDocx(model: Briefing): Promise<DocxResult> {
  const prepared = prepareBriefing(model);
  const { children, problems } = bodyChildren(prepared);
  const furniture = pageFurniture(prepared.marks);
  const doc = new Document({
    title: prepared.title,
    creator: prepared.author,
    lastModifiedBy: prepared.author,
    evenAndOddHeaderAndFooters: true,
    styles: {
      // The grid's charSpace is measured from the default size, so it must be the body's 16 pt.
      default: {
        document: {
          run: { font: runFont('fangsong'), size: SIZE.body * 2, language: { eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: furniture.titlePage,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE_PITCH,
            charSpace: CHAR_SPACE,
          },
        },
        headers: furniture.headers,
        footers: furniture.footers,
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return { bytes: new Uint8Array(buffer), problems };
}
