// Checks the DOCX writer on bad input: charts Word cannot take, non-images, line ends, 10,000-row tables.
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { writeBriefingDocx } from '../../../electron/core/documents/docx/write-docx';
import type { Briefing } from '../../../electron/core/documents/model';
import { docxText, readDocx, docxParts } from './helpers/read-docx';
import { PROJECT_COLUMNS, stageChart } from './helpers/sample-briefing';

const briefing = (blocks: Briefing['blocks']): Briefing => ({
  title: { title: '关于项目推进情况的简报' },
  blocks,
});

describe('DOCX writer: bad input', () => {
  it('keeps a chart Word cannot take as its title, and says so', async () => {
    const model = briefing([
      {
        kind: 'chart',
        title: '图1　空图表',
        svg: stageChart().svg,
        data: { type: 'bar', categories: [], series: [] },
      },
    ]);
    const result = await writeBriefingDocx(model);
    const docx = await readDocx(result.bytes);
    expect(docxText(docx.document, docx.numbering)).toEqual(briefingText(model));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('图1　空图表');
    expect(docx.names.some((n) => n.startsWith('word/charts/'))).toBe(false);
  });

  it('names an image that is not a PNG or JPEG and keeps its caption', async () => {
    const model = briefing([
      { kind: 'image', format: 'png', data: new Uint8Array([1, 2, 3]), caption: '图2　损坏的图片' },
    ]);
    const result = await writeBriefingDocx(model);
    expect(docxText(...docxParts(await readDocx(result.bytes)))).toEqual(briefingText(model));
    expect(result.problems).toEqual(['图片“图2　损坏的图片”不是可读的 PNG 或 JPEG。']);
  });

  it('turns line ends into breaks, page breaks into no text, and keeps long Latin strings whole', async () => {
    const url = 'https://example.gov.cn/' + 'a'.repeat(200);
    const model = briefing([
      { kind: 'paragraph', text: '第一行\r\n第二行\n' + url },
      { kind: 'pageBreak' },
      { kind: 'list', ordered: false, items: ['甲', [{ text: '乙', bold: true }]] },
      { kind: 'paragraph', text: '' },
    ]);
    const { document, numbering } = await readDocx((await writeBriefingDocx(model)).bytes);
    expect(docxText(document, numbering)).toEqual(briefingText(model));
    expect(document).toContain('<w:br w:type="page"/>');
    expect(document).toContain(url);
  });

  it('writes a 10,000-row table with its header marked to repeat', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => [String(i + 1), `项目${i + 1}`, '洽谈', '100', ''] as const,
    );
    const model = briefing([
      { kind: 'table', caption: '表1　项目清单', columns: PROJECT_COLUMNS, rows },
    ]);
    const { document } = await readDocx((await writeBriefingDocx(model)).bytes);
    const text = docxText(document);
    expect(text).toHaveLength(briefingText(model).length);
    expect(text.at(-1)).toBe('10000\t项目10000\t洽谈\t100\t');
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  }, 30_000);
});
