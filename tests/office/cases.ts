// The office tests' cases: each briefing as DOCX and PDF, with the text readers must find in them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { briefingText } from '../../electron/core/documents/briefing-text';
import { writeBriefingDocx } from '../../electron/core/documents/docx/write-docx';
import type { Block, Briefing } from '../../electron/core/documents/model';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { PROJECT_COLUMNS, sampleBriefing } from '../core/documents/helpers/sample-briefing';
import { demoBriefings } from './demo-cases';

/** One briefing as both files, and what readers we did not write must find in them. */
export interface OfficeCase {
  name: string;
  docx: Uint8Array;
  pdf: Uint8Array;
  /** Pages of our PDF; LibreOffice's conversion of the DOCX is held to it (see PAGE_TOLERANCE). */
  pdfPages: number;
  /** The text, one entry per line, as `briefingText` gives it (DOCX and PDF alike)... */
  text: string[];
  /** ...except where the PDF drew 〓 for a character no face has... */
  pdfText: string[];
  /** ...which are these. */
  missingGlyphs: string[];
  /** Table headers (cells joined), which the PDF repeats at the top of later pages. */
  tableHeaders: string[];
  /** Whether the 内部资料 and 草稿 marks are on. */
  marks: { internal: boolean; draft: boolean };
  /** The model itself (pictures' bytes left out once on disk: the checks read its text). */
  model: Briefing;
}

const MISSING_MARK = '〓';

/** Builds both files of a model, as the app would (machine fonts off so every run is alike). */
export async function caseOf(name: string, model: Briefing): Promise<OfficeCase> {
  const pdf = await writeBriefingPdf(model, {
    fonts: { discover: false },
    missingGlyphs: 'replace',
  });
  if (!pdf.ok) throw new Error(pdf.message);
  const docx = await writeBriefingDocx(model);
  const text = briefingText(model);
  const replaced = (line: string) =>
    [...line].map((c) => (pdf.missingGlyphs.includes(c) ? MISSING_MARK : c)).join('');
  return {
    name,
    docx: docx.bytes,
    pdf: pdf.bytes,
    pdfPages: pdf.pageCount,
    text,
    pdfText: text.map(replaced),
    missingGlyphs: pdf.missingGlyphs,
    tableHeaders: model.blocks.flatMap((b) =>
      b.kind === 'table' ? [b.columns.map((c) => c.title).join('')] : [],
    ),
    marks: { internal: model.marks?.internal === true, draft: model.marks?.draft === true },
    model,
  };
}

/** The case as JSON: pictures' bytes become empty (the checks read text, not pictures). */
export function caseJson(c: Omit<OfficeCase, 'docx' | 'pdf'>): string {
  return JSON.stringify(c, (_key, value: unknown) => (value instanceof Uint8Array ? [] : value));
}

const URL = `https://zsj.example.gov.cn/${'project-dossier-'.repeat(11)}index.html`;

/** Control characters, emoji (drawn as 〓), a 200-character URL and a long Latin word. */
function badInput(): Briefing {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: '含控制\u0001字符\u000b的标题\u0007' },
    {
      kind: 'paragraph',
      text: `签约\u0000项目\u0008三个\u001b，开工两个。客商很满意😀👍，详见${URL}。`,
    },
    { kind: 'paragraph', text: `${'A'.repeat(200)}项目代号。` },
    {
      kind: 'table',
      caption: '表1\u3000链接清单',
      columns: PROJECT_COLUMNS,
      rows: [['1', URL, '洽谈', '100', '无😀']],
    },
  ];
  return { title: { title: '异常输入\u0000测试简报', issuer: '招商\u001f局' }, blocks };
}

function bigTable(rows: number): Briefing {
  const base = sampleBriefing(1, { rows });
  return { ...base, marks: {}, blocks: base.blocks.filter((b) => b.kind !== 'keyValue') };
}

/**
 * The briefings every check runs over, beside the demo workspace's real template outputs
 * (demo-cases.ts). Adding one is one line here.
 */
export const CASE_MODELS: ReadonlyArray<{ name: string; model: () => Briefing }> = [
  {
    name: 'sample, 3 chapters with chart and image',
    model: () => sampleBriefing(3, { pictures: true, rows: 30 }),
  },
  { name: 'long, 24 chapters', model: () => sampleBriefing(24, { pictures: true, rows: 12 }) },
  { name: 'bad input', model: badInput },
  { name: '2,000-row table', model: () => bigTable(2000) },
  { name: 'empty briefing', model: () => ({ title: { title: '' }, blocks: [] }) },
];

/** Builds every case (global-setup.ts does, once per run). */
export async function buildOfficeCases(): Promise<OfficeCase[]> {
  const cases: OfficeCase[] = [];
  for (const c of CASE_MODELS) cases.push(await caseOf(c.name, c.model()));
  for (const c of await demoBriefings()) cases.push(await caseOf(c.name, c.model));
  return cases;
}

/** Every case, as global-setup.ts left them on disk. */
export async function officeCases(): Promise<OfficeCase[]> {
  const dir = inject('officeCasesDir');
  const count = (await readdir(dir)).filter((f) => f.endsWith('.json')).length;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const rest = JSON.parse(
        await readFile(join(dir, `case-${i}.json`), 'utf8'),
        (key, value: unknown) =>
          key === 'data' && Array.isArray(value) ? new Uint8Array(0) : value,
      ) as Omit<OfficeCase, 'docx' | 'pdf'>;
      const docx = new Uint8Array(await readFile(join(dir, `case-${i}.docx`)));
      const pdf = new Uint8Array(await readFile(join(dir, `case-${i}.pdf`)));
      return { ...rest, docx, pdf };
    }),
  );
}
