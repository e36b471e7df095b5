// Checks that dates, figures with their units and names stay whole in narrow cells, in the PDF and the DOCX alike.
import { describe, expect, it } from 'vitest';
import { writeBriefingDocx } from '../../../electron/core/documents';
import type { Briefing } from '../../../electron/core/documents/model';
import { BLOCK } from '../../../electron/core/documents/pdf/page-geometry';
import { cellEms, cellLines } from '../../../electron/core/documents/words/cell-lines';
import { Lexicon } from '../../../electron/core/documents/words/lexicon';
import { buildPdf } from './helpers/build';
import { readDocx } from './helpers/read-docx';
import { columnLines } from './helpers/read-pdf';

/** Every day of 2026 as 2026-MM-DD, the widest digits included. */
const DATES = Array.from({ length: 365 }, (_, d) =>
  new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10),
);
const FIGURES = ['150,000.00 万元', '1,234.56亿元', '12.35 亿元', '99,999.99万元', '8,888台'];
const NAMES = ['何晓东', '欧阳晓东', '马晓军', '管委会', '市商务局'];
const lexicon = new Lexicon(NAMES);

// The project brief's checklist: 期限 is 0.16 of the block.
const COLUMNS = [
  { title: '序号', width: 0.08 },
  { title: '事项', width: 0.34 },
  { title: '责任人', width: 0.18 },
  { title: '期限', width: 0.16 },
  { title: '金额', width: 0.24 },
];

describe('narrow cells in the line estimate', () => {
  it('holds every date of a year on one line of a 期限 cell', () => {
    for (const date of DATES) expect(cellLines(date, cellEms(0.16))).toEqual([date]);
  });

  it('keeps amounts with 万元 or 亿元, and names, whole in the columns that fit them', () => {
    for (const figure of FIGURES) expect(cellLines(figure, cellEms(0.24))).toEqual([figure]);
    for (const name of NAMES) expect(cellLines(name, cellEms(0.18), lexicon)).toEqual([name]);
    expect(cellLines('联系人何晓东、马晓军', cellEms(0.18), lexicon)).toEqual([
      '联系人',
      '何晓东、',
      '马晓军',
    ]);
  });

  it('breaks a figure wider than its cell at its seams, never inside a number', () => {
    // Three ems: no date of the form 2026-09-24 fits.
    expect(cellLines('2026-09-24', 3)).toEqual(['2026-', '09-24']);
    expect(cellLines('150,000.00 万元', 5.2)).toEqual(['150,000.00', '万元']);
    // A number wider than its cell breaks after a thousands comma, not at its decimal point.
    expect(cellLines('150,000.00', 3.2)).toEqual(['150,', '000.00']);
    expect(cellLines('1,234.56亿元', 4.2)).toEqual(['1,234.56', '亿元']);
    expect(cellLines('2025年12月31日', 4.3)).toEqual(['2025年', '12月31日']);
    expect(cellLines('08:30—09:45', 3.7)).toEqual(['08:30—', '09:45']);
  });

  it('treats dates written with / or . and bare numbers as one word', () => {
    expect(cellLines('截止2026/9/24', 4.6)).toEqual(['截止', '2026/9/24']);
    expect(cellLines('截止2026.09.24', 5.2)).toEqual(['截止', '2026.09.24']);
    expect(cellLines('编号1234567890', 6)).toEqual(['编号', '1234567890']);
  });
});

const table: Briefing = {
  title: { title: '对账清单' },
  lexicon: NAMES,
  blocks: [
    {
      kind: 'table',
      columns: COLUMNS,
      rows: DATES.filter((_, d) => d % 23 === 0).map((date, n) => [
        String(n + 1),
        '完成用地预审',
        NAMES[n % NAMES.length] ?? '',
        date,
        FIGURES[n % FIGURES.length] ?? '',
      ]),
    },
  ],
};

describe('narrow cells on the page', () => {
  const rows = table.blocks[0]?.kind === 'table' ? table.blocks[0].rows : [];
  const left = (i: number) =>
    BLOCK.left + COLUMNS.slice(0, i).reduce((s, c) => s + c.width, 0) * BLOCK.width;

  it('prints each date, figure and name on one line of its cell in the PDF', async () => {
    const { read } = await buildPdf(table);
    const lines = read.pages.flatMap((page) =>
      [2, 3, 4].map((c) => columnLines(page, left(c), left(c + 1))),
    );
    const printed = new Set(lines.flat().map((l) => l.replace(/\s/g, '')));
    for (const row of rows)
      for (const cell of row.slice(2)) expect(printed).toContain(cell.replace(/\s/g, ''));
  });

  it('writes no wrap inside a date, figure or name in the DOCX', async () => {
    const xml = (await readDocx((await writeBriefingDocx(table)).bytes)).document;
    const cells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    for (const row of rows)
      for (const text of row.slice(2)) {
        const cell = cells.find((c) => c.includes(`>${text}<`));
        expect(cell, text).toBeDefined();
        expect(cell).not.toContain('textWrapping');
      }
  });
});
