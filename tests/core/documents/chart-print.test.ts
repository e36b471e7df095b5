import { describe, expect, it } from 'vitest';
import { COUNT_COLOR, FUNDS_COLOR, TOTAL_COLOR } from '../../../electron/core/api/chart-options';
import {
  chainChartBlock,
  stageChartBlock,
} from '../../../electron/core/documents/charts/chart-blocks';
import { BLOCK } from '../../../electron/core/documents/pdf/page-geometry';

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
