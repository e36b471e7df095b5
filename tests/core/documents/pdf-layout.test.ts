// Checks PDF layout: Chinese line breaks, full 28-character lines, tables across pages, headings kept.
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import type { Block, Briefing } from '../../../electron/core/documents/model';
import { NO_LINE_END, NO_LINE_START } from '../../../electron/core/documents/pdf/1-text/line-break';
import { BLOCK } from '../../../electron/core/documents/pdf/page-geometry';
import { buildPdf, hasTool, runTool } from './helpers/build';
import { bodyItems, bodyText, printedLines } from './helpers/read-pdf';
import { MIXED, PROJECT_COLUMNS } from './helpers/sample-briefing';

const briefing = (blocks: Block[], title = '测试简报'): Briefing => ({ title: { title }, blocks });
const squeeze = (s: string) => s.replace(/\s/g, '');
const flat = (model: Briefing) => squeeze(briefingText(model).join(''));

describe('Chinese line breaking on the page', () => {
  it('starts no printed line with 。，、；：？！）》」 and ends none with （《「', async () => {
    // Punctuation at every offset of the 28-character grid, so greedy filling would hit each rule.
    const blocks: Block[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'paragraph',
      text: `${'招商引资'.repeat(8).slice(0, i + 1)}。（项目）《规划》「批复」，资金、用地；进度：如何？好！${MIXED}`,
    }));
    const model = briefing(blocks);
    const { read } = await buildPdf(model);
    const lines = read.pages.flatMap(printedLines);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      expect(NO_LINE_START.has(line[0] ?? ''), line).toBe(false);
      expect(NO_LINE_END.has(line[line.length - 1] ?? ''), line).toBe(false);
    }
    expect(bodyText(read)).toBe(flat(model));
  }, 30_000);

  it('fills a line of body text with exactly 28 characters, flush with both edges of the block', async () => {
    const { read } = await buildPdf(
      briefing([{ kind: 'paragraph', text: '招'.repeat(26 + 28 + 10) }], ''),
    );
    const [first, second] = printedLines(read.pages[0] ?? { width: 0, height: 0, items: [] });
    expect(first).toHaveLength(26);
    expect(second).toHaveLength(28);
    const items = bodyItems(read.pages[0] ?? { width: 0, height: 0, items: [] });
    const full = items.find((i) => i.str.length === 28);
    expect(full?.x).toBeCloseTo(BLOCK.left, 1);
  });

  it('wraps 200-character unbroken Latin strings and URLs inside the block', async () => {
    const url = `https://zsj.example.gov.cn/${'a1b2c3d4'.repeat(25)}?q=${'x'.repeat(40)}`;
    const latin = 'Z'.repeat(200);
    const model = briefing([
      { kind: 'paragraph', text: `见${url}。` },
      { kind: 'paragraph', text: latin },
      {
        kind: 'table',
        columns: [
          { title: '链接', width: 1 },
          { title: '备注', width: 3 },
        ],
        rows: [[url, latin]],
      },
    ]);
    const { read } = await buildPdf(model);
    for (const page of read.pages) {
      for (const item of bodyItems(page))
        expect(item.x + item.width).toBeLessThanOrEqual(BLOCK.right + 0.5);
    }
    expect(bodyText(read)).toBe(flat(model));
  });
});

describe('tables across pages', () => {
  it('repeats the header row on every page a 60-row table continues on', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(i + 1),
      `项目${i + 1}`,
      '签约',
      String(1000 + i),
      '无',
    ]);
    const model = briefing([
      {
        kind: 'table',
        caption: '表1　清单',
        columns: PROJECT_COLUMNS,
        rows,
        totals: ['', '合计', '', '61770', ''],
      },
    ]);
    const { read } = await buildPdf(model);
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.slice(1).forEach((page) => {
      const repeated = page.items
        .filter((i) => i.tags.includes('Artifact') && i.y > BLOCK.bottom)
        .map((i) => i.str)
        .join('');
      expect(repeated).toContain('项目名称');
      expect(repeated).toContain('投资额');
      const firstBody = Math.max(...bodyItems(page).map((i) => i.y));
      const header = Math.min(...page.items.filter((i) => i.str === '序号').map((i) => i.y));
      expect(header).toBeGreaterThan(firstBody);
    });
    // The header is printed once as text; the repeats are page furniture.
    expect(bodyText(read)).toBe(flat(model));
    const lastPage = read.pages[read.pages.length - 1];
    const lastLines = printedLines(lastPage ?? { width: 0, height: 0, items: [] }).map(squeeze);
    expect(lastLines.some((l) => l.startsWith('合计'))).toBe(true);
    expect(lastLines.some((l) => /^60项目60/.test(l))).toBe(true);
  });

  it('builds a 10,000-row table', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      String(i + 1),
      `燧弘项目${i + 1}`,
      '洽谈',
      String(i),
      '—',
    ]);
    const { read, pageCount } = await buildPdf(
      briefing([{ kind: 'table', columns: PROJECT_COLUMNS, rows }]),
    );
    expect(pageCount).toBeGreaterThan(200);
    const lastLines = printedLines(
      read.pages[read.pages.length - 1] ?? { width: 0, height: 0, items: [] },
    ).map(squeeze);
    expect(lastLines.some((l) => l.includes('燧弘项目10000洽谈9999'))).toBe(true);
  }, 120_000);
});

describe('keeping things together', () => {
  it('never leaves a heading as the last line of a page', async () => {
    // Paragraphs of growing length push a heading onto every line position of a page in turn.
    const blocks: Block[] = [];
    for (let k = 1; k <= 24; k += 1) {
      blocks.push({ kind: 'heading', level: 1, text: `第${k}项` });
      blocks.push({ kind: 'paragraph', text: '推'.repeat(26 + 28 * (k % 5)) });
    }
    const { read } = await buildPdf(briefing(blocks));
    for (const page of read.pages) {
      const lines = printedLines(page);
      const last = lines[lines.length - 1] ?? '';
      expect(last, `page ends with “${last}”`).not.toMatch(/^[一二三四五六七八九十]+、/);
    }
  });
});

describe('an empty briefing', () => {
  it('is a valid one-page PDF with nothing but the page number', async () => {
    const { read, bytes, pageCount } = await buildPdf(briefing([], ''));
    expect(pageCount).toBe(1);
    expect(bodyText(read)).toBe('');
    expect(
      read.pages[0]?.items
        .filter((i) => i.str.trim())
        .map((i) => i.str)
        .join(''),
    ).toContain('1');
    if (hasTool('qpdf')) expect((await runTool('qpdf', ['--check'], bytes)).status).toBe(0);
  });
});
