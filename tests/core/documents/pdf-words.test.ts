// Checks words kept whole on the page: table cells, captions, balanced titles, figures with their units.
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../electron/core/documents/model';
import { BLOCK } from '../../../electron/core/documents/pdf/page-geometry';
import { writeBriefingDocx } from '../../../electron/core/documents';
import { prepareBriefing } from '../../../electron/core/documents/prepare';
import { readDocx } from './helpers/read-docx';
import { buildPdf, hasTool } from './helpers/build';
import { renderGray } from './helpers/raster';
import { bodyItems, bodyText, columnLines, printedLines } from './helpers/read-pdf';

/** The printed lines of one table column: body items inside its x range, by baseline. */
// Narrow columns: 4 cells of 1/7 of the block (about four 12 pt characters), one of 3/7.
const COLUMNS = [
  { title: '姓名', width: 1 },
  { title: '单位', width: 1 },
  { title: '金额', width: 1.6 },
  { title: '时间', width: 1.6 },
  { title: '备注', width: 1.8 },
];
const share = (i: number) =>
  COLUMNS.slice(0, i).reduce((s, c) => s + c.width, 0) / COLUMNS.reduce((s, c) => s + c.width, 0);

const hostile: Briefing = {
  title: { title: '张家川县年产2万台新能源电池生产线建设项目调度备忘录' },
  lexicon: ['马晓军', '市自然资源局', '张家川县'],
  blocks: [
    {
      kind: 'table',
      caption: '张家川县招商工作专班重点项目推进情况及要素保障需求汇总表（金额单位：万元）',
      columns: COLUMNS,
      rows: [
        ['联系人何晓东', '经开区管委会', '总投资150,000 万元', '上午08:30—09:45', '年产2万台'],
        ['副组长马晓军', '市自然资源局', '到位32,500 万元', '下午14:30—16:00', '到位率30.7%'],
      ],
    },
    {
      kind: 'paragraph',
      text: '项目总投资150,000 万元，已到位资金32,500 万元，到位率21.6%，计划2026年12月31日前投产，年产2万台新能源电池，带动就业1,200 人。GDP增速8.5%。',
    },
  ],
};

describe('words kept whole on the page', () => {
  it('breaks narrow table cells between words, never inside a name or a figure', async () => {
    const { read } = await buildPdf(hostile);
    const page = read.pages[0];
    if (!page) throw new Error('no page');
    const column = (i: number) => {
      const lines = columnLines(
        page,
        BLOCK.left + share(i) * BLOCK.width,
        BLOCK.left + share(i + 1) * BLOCK.width,
      );
      // The body rows: what follows the column's header cell.
      return lines.slice(lines.indexOf(COLUMNS[i]?.title ?? '') + 1).join('|');
    };
    const [names, units, money, times, notes] = [0, 1, 2, 3, 4].map(column);
    expect(names).toContain('何晓东');
    expect(names).toContain('马晓军');
    expect(units).toContain('经开区|管委会');
    expect(units).not.toContain('管委|会');
    // 市自然资源局 is a workspace name longer than the cell: then, and only then, it breaks inside.
    expect(units).toContain('市自然资|源局');
    for (const figure of ['150,000 万元', '32,500 万元', '08:30—09:45', '14:30—16:00', '2万台'])
      expect(`${money}|${times}|${notes}`.replace(/\s/g, '')).toContain(figure.replace(/\s/g, ''));
    expect(money).not.toMatch(/万\|元/);
  });

  it('prints a long caption whole, over as many lines as it needs', async () => {
    const { read } = await buildPdf(hostile);
    expect(bodyText(read)).toContain('（金额单位：万元）');
  });

  it('sets the title in the lines prepare.ts balanced, which break between words', async () => {
    const { read } = await buildPdf(hostile);
    const lines = printedLines(read.pages[0] ?? { width: 0, height: 0, items: [] });
    const expected = prepareBriefing(hostile).titleLines;
    expect(expected).toHaveLength(2);
    expect(lines.slice(0, 2)).toEqual(expected);
    expect(expected.join('|')).not.toMatch(/张家\|川县|2万\|台|新能源电\|池|备忘\|录/);
  });

  it('breaks the Word title at the same points, with line breaks inside the title paragraph', async () => {
    const docx = await writeBriefingDocx(hostile);
    const xml = (await readDocx(docx.bytes)).document;
    const expected = prepareBriefing(hostile).titleLines;
    const runs = expected.map(
      (line, i) => `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${line}</w:t>`,
    );
    for (const run of runs) expect(xml).toContain(run);
  });

  it('never splits a figure with its unit in body text, nor spaces out its digits', async () => {
    const { read } = await buildPdf({ ...hostile, blocks: hostile.blocks.slice(1) });
    const lines = printedLines(read.pages[0] ?? { width: 0, height: 0, items: [] }).slice(2);
    const joined = lines.join('|');
    expect(joined).not.toMatch(/\d\|[万元%]|万\|元|\d\|\d/);
    // Justified lines print their figures as runs of their own, not letter-spaced: pdf.js puts
    // no space inside 150,000 or 8.5.
    const items = bodyItems(read.pages[0] ?? { width: 0, height: 0, items: [] });
    expect(items.map((i) => i.str).join('')).not.toMatch(/1 5 0|8 \. 5/);
  });
});

describe('marks out of the text layer', () => {
  it.runIf(hasTool('pdftoppm'))(
    'draws 草稿 on every page, yet no reader extracts or copies it',
    async () => {
      const model: Briefing = {
        title: { title: '关于一名领导的考察安排' },
        blocks: [{ kind: 'paragraph', text: '一名领导带队考察。' }],
        marks: { draft: true },
      };
      const { bytes, read } = await buildPdf(model);
      const all = read.pages.flatMap((p) => p.items.map((i) => i.str)).join('');
      expect(all).not.toContain('草');
      expect(all).not.toContain('稿');
      expect(bodyText(read)).toContain('一名领导带队考察。');
      // Gray ink across the page's middle, where the diagonal 草稿 is.
      const page = await renderGray(bytes, 1);
      let gray = 0;
      for (let y = Math.round(page.height * 0.35); y < page.height * 0.65; y += 1)
        for (let x = Math.round(page.width * 0.3); x < page.width * 0.7; x += 1) {
          const v = page.at(x, y);
          if (v > 150 && v < 245) gray += 1;
        }
      expect(gray).toBeGreaterThan(200);
    },
  );
});
