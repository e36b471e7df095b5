// Test fixtures for meeting packs: attached PDFs, briefings, a trip-like pack, built and read back.
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { assemblePack } from '../../../../electron/core/documents/pack/assemble-pack';
import type {
  PackOptions,
  PackSection,
  PackSpec,
} from '../../../../electron/core/documents/pack/spec';
import type { Briefing } from '../../../../electron/core/documents/model';
import { readPdf, type ReadPage, type ReadPdf } from '../helpers/read-pdf';
import { sampleChapter } from '../helpers/sample-briefing';

/** A small PDF as another program would make it: `label page N` on each page, in Helvetica. */
export async function attachedPdf(
  label: string,
  pages: number,
  size: [number, number] = [595.28, 841.89],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i += 1)
    doc.addPage(size).drawText(`${label} page ${i}`, { x: 60, y: 400, font, size: 24 });
  return doc.save();
}

/** A briefing of `chapters` sample chapters under its own title. */
export function briefing(title: string, chapters = 1): Briefing {
  return {
    title: { title, issuer: '陇南市投资促进局', date: '2025年3月18日' },
    blocks: Array.from({ length: chapters }, (_, i) => sampleChapter(i + 1)).flat(),
  };
}

export const COVER: PackSpec['cover'] = {
  title: '天水市赴长三角招商考察会议材料',
  subtitle: '（2025年3月10日—12日）',
  date: '2025年3月8日',
  classification: '秘密★1年',
  internal: true,
  issuer: '天水市投资促进局',
};

/** A trip-like pack: agenda, two meetings (brief + brochure PDF), a photo. */
export async function tripSections(): Promise<PackSection[]> {
  const { rampPng } = await import('../helpers/png');
  return [
    { title: '一、考察行程', content: briefing('考察行程安排') },
    {
      title: '二、对接企业',
      children: [
        { title: '（一）燧弘新材料项目简报', content: briefing('燧弘新材料项目简报', 2) },
        {
          title: '（二）燧弘企业宣传册',
          content: { kind: 'pdf', name: '宣传册.pdf', bytes: await attachedPdf('Brochure', 3) },
        },
        { title: '（三）陇原智造项目简报', content: briefing('陇原智造项目简报') },
      ],
    },
    {
      title: '三、现场照片',
      content: { kind: 'image', name: '现场.png', format: 'png', bytes: rampPng(400, 300) },
    },
  ];
}

export interface BuiltPack {
  copies: { copyNumber: string | null; bytes: Uint8Array; read: ReadPdf }[];
  pageCount: number;
  contents: { title: string; level: number; page: number }[];
  notices: { name: string; reason: string }[];
}

/** Builds a pack that must build (shipped faces only) and reads every copy with pdf.js. */
export async function buildPack(
  sections: PackSection[],
  options: Partial<PackOptions> = {},
): Promise<BuiltPack> {
  const result = await assemblePack(
    { cover: COVER, sections },
    { duplex: false, copyNumbers: [], discover: false, ...options },
  );
  if (!result.ok) throw new Error(result.message);
  const copies = [];
  for (const c of result.copies) copies.push({ ...c, read: await readPdf(c.bytes) });
  return { ...result, copies };
}

/** A page's text, all items joined, whitespace removed. */
export const pageText = (page: ReadPage | undefined): string =>
  (page?.items ?? [])
    .map((i) => i.str)
    .join('')
    .replace(/\s/g, '');

/** The printed page number found on a page (`— N —`), or null. */
export function printedNumber(page: ReadPage | undefined): number | null {
  const m = /—(\d+)—/.exec(pageText(page));
  return m ? Number(m[1]) : null;
}
