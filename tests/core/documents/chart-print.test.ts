// Checks printed charts: series colours that differ in gray, every label 9 pt or more once scaled.
import { describe, expect, it } from 'vitest';
import { COUNT_COLOR, FUNDS_COLOR, TOTAL_COLOR } from '../../../electron/core/api/chart-options';
import {
  chainChartBlock,
  stageChartBlock,
} from '../../../electron/core/documents/charts/chart-blocks';
import { writeBriefingDocx } from '../../../electron/core/documents/docx/write-docx';
import { BLOCK } from '../../../electron/core/documents/pdf/page-geometry';
import { readDocx } from './helpers/read-docx';

const bucket = (key: string, count: number, total: number, funds: number) => ({
  key,
  count,
  totalInvestment: total,
  fundsInPlace: funds,
});
const stats = {
  totals: bucket('', 6, 900_000, 300_000),
  byStage: [bucket('lead', 2, 300_000, 0), bucket('signed', 4, 600_000, 300_000)],
  byChain: [bucket('新能源', 3, 500_000, 200_000), bucket('', 3, 400_000, 100_000)],
};
const gray = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0);
};

describe('charts that print', () => {
  it('draws its series in colours that still differ in gray', () => {
    const grays = [COUNT_COLOR, TOTAL_COLOR, FUNDS_COLOR].map(gray).sort((a, b) => a - b);
    expect((grays[1] ?? 0) - (grays[0] ?? 0)).toBeGreaterThan(40);
    expect((grays[2] ?? 0) - (grays[1] ?? 0)).toBeGreaterThan(40);
  });

  it('prints every label at 9 pt or more once scaled to the text block', () => {
    const blocks = [
      { block: stageChartBlock(stats, '图1'), labels: ['项目数', '总投资', '到位资金', '签约'] },
      { block: chainChartBlock(stats, '图2'), labels: ['新能源', '总投资', '到位资金'] },
    ];
    for (const { block, labels } of blocks) {
      const width = Number(/<svg[^>]*width="(\d+)"/.exec(block.svg)?.[1]);
      const scale = Math.min(BLOCK.width, width) / width;
      const sizes = [...block.svg.matchAll(/font-size:\s*([\d.]+)px|font-size="([\d.]+)"/g)].map(
        (m) => Number(m[1] ?? m[2]),
      );
      expect(sizes.length).toBeGreaterThan(3);
      for (const size of sizes) expect(size * scale).toBeGreaterThanOrEqual(9);
      for (const label of labels) expect(block.svg).toContain(label);
    }
  });
});

/** The series names, categories, colours and axis titles of a Word chart part. */
function wordChart(xml: string) {
  const values = (inside: string) =>
    [...inside.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] ?? '');
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1] ?? '');
  return {
    barDir: /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1],
    names: series.map((s) => values(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(s)?.[1] ?? '')[0]),
    colors: series.map((s) => `#${/<a:srgbClr val="(\w+)"/.exec(s)?.[1]?.toLowerCase() ?? ''}`),
    categories: values(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(series[0] ?? '')?.[1] ?? ''),
    valueAxes: [...xml.matchAll(/<c:valAx>/g)].length,
    axisTitles: [...xml.matchAll(/<c:title>([\s\S]*?)<\/c:title>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''),
    ),
    reversed: /<c:catAx>[\s\S]*?<c:orientation val="maxMin"\/>[\s\S]*?<\/c:catAx>/.test(xml),
  };
}

describe('the Word chart is the PDF chart', () => {
  it('has the same series (项目数 too), colours, chart type, categories and axis titles', async () => {
    const stage = stageChartBlock(stats, '图1');
    const chain = chainChartBlock(stats, '图2');
    const docx = await readDocx(
      (await writeBriefingDocx({ title: { title: '图表' }, blocks: [stage, chain] })).bytes,
    );
    const [first, second] = await Promise.all(
      ['word/charts/chart1.xml', 'word/charts/chart2.xml'].map(async (n) =>
        wordChart((await docx.part(n)) ?? ''),
      ),
    );
    // Stage: standing bars, 项目数 on the left axis (个), money on the right (亿元).
    expect(first).toMatchObject({
      barDir: 'col',
      names: ['项目数', '总投资', '到位资金'],
      colors: [COUNT_COLOR, TOTAL_COLOR, FUNDS_COLOR],
      categories: ['线索', '签约'],
      valueAxes: 2,
      reversed: false,
    });
    expect(first?.axisTitles.sort()).toEqual(['个', '亿元']);
    // Chain: lying bars, first chain on top as in the PDF, 亿元 along the bottom.
    expect(second).toMatchObject({
      barDir: 'bar',
      names: ['总投资', '到位资金'],
      colors: [TOTAL_COLOR, FUNDS_COLOR],
      categories: ['新能源', '未填产业链'],
      valueAxes: 1,
      reversed: true,
    });
    expect(second?.axisTitles).toEqual(['亿元']);
    // Every name the Word chart shows is one the PDF's drawing prints.
    for (const name of [...(first?.names ?? []), ...(first?.categories ?? [])])
      expect(stage.svg).toContain(name);
    for (const name of [...(second?.names ?? []), ...(second?.categories ?? [])])
      expect(chain.svg).toContain(name);
  });
});
