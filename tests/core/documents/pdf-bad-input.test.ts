// Checks the PDF writer on bad text and pictures: controls dropped, missing glyphs named or drawn 〓.
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import type { Block, Briefing } from '../../../electron/core/documents/model';
import { writeBriefingPdf } from '../../../electron/core/documents/pdf/write-pdf';
import { buildPdf, hasTool, runTool } from './helpers/build';
import { bodyText, readPdf } from './helpers/read-pdf';
import { stageChart } from './helpers/sample-briefing';

const briefing = (blocks: Block[]): Briefing => ({ title: { title: '异常输入' }, blocks });
const noFontSearch = { fonts: { discover: false as const } };

describe('text no reader can show', () => {
  it('drops control and invisible characters and still gives a valid PDF', async () => {
    const model = briefing([
      { kind: 'paragraph', text: '签约\u0000项目\u0008三个\u001b，\u200b开工\ufeff两个\u0085。' },
      { kind: 'table', columns: [{ title: '名\u0007称', width: 1 }], rows: [['甲\u0001乙']] },
    ]);
    const { read, bytes } = await buildPdf(model);
    expect(bodyText(read)).toBe('异常输入签约项目三个，开工两个。名称甲乙');
    const invisible = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u200b', '\ufeff'];
    expect([...briefingText(model).join('')].filter((ch) => invisible.includes(ch))).toEqual([]);
    if (hasTool('qpdf')) expect((await runTool('qpdf', ['--check'], bytes)).status).toBe(0);
  });

  it('stops with a message naming emoji and characters no face has (𠮷) and the words they are in, instead of drawing blanks', async () => {
    const result = await writeBriefingPdf(
      briefing([{ kind: 'paragraph', text: '吉祥😀，𠮷野家👍😀' }]),
      noFontSearch,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missingGlyphs).toEqual(['😀', '𠮷', '👍']);
    expect(result.message).toBe(
      '以下字符没有字体能显示：“😀”（见“吉祥😀，𠮷野家👍😀”）“𠮷”（见“吉祥😀，𠮷野家👍😀”）' +
        '“👍”（见“祥😀，𠮷野家👍😀”）。请改写这些字，或在设置中指定含有它们的字体文件。',
    );
  });

  it('draws them as 〓 and still names them when the user chose to go on', async () => {
    const result = await writeBriefingPdf(briefing([{ kind: 'paragraph', text: '𠮷野家😀' }]), {
      ...noFontSearch,
      missingGlyphs: 'replace',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.missingGlyphs).toEqual(['𠮷', '😀']);
    expect(bodyText(await readPdf(result.bytes))).toBe('异常输入〓野家〓');
  });
});

describe('pictures', () => {
  it('stops with a clear message when an image cannot be read', async () => {
    const result = await writeBriefingPdf(
      briefing([
        { kind: 'image', format: 'png', data: new Uint8Array([1, 2, 3]), caption: '区位图' },
      ]),
      noFontSearch,
    );
    expect(result).toMatchObject({
      ok: false,
      message: '图片“区位图”无法读取，请换一张 PNG 或 JPEG 图片',
    });
  });

  it('draws chart labels in an embedded Chinese face, never a standard font', async () => {
    const chart = stageChart();
    const { bytes, read } = await buildPdf(
      briefing([{ kind: 'chart', title: '图1', svg: chart.svg, data: chart.data }]),
    );
    const labels = (read.pages[0]?.items ?? [])
      .filter((i) => i.tags.includes('Figure'))
      .map((i) => i.str)
      .join('');
    expect(labels).toContain('各阶段项目计划投资');
    expect(labels).toContain('洽谈');
    if (hasTool('pdffonts')) {
      const fonts = (await runTool('pdffonts', [], bytes)).stdout;
      expect(fonts).not.toMatch(/Helvetica|Type 1/);
    }
  });

  it('stops when a chart label has a character no face can draw', async () => {
    const svg =
      '<svg width="200" height="100"><text x="10" y="50" style="font-family:sans-serif">𠮷</text></svg>';
    const result = await writeBriefingPdf(
      briefing([
        { kind: 'chart', title: '图', svg, data: { type: 'bar', categories: [], series: [] } },
      ]),
      noFontSearch,
    );
    expect(result).toMatchObject({ ok: false, missingGlyphs: ['𠮷'] });
  });
});
