// Checks the dashboard chart options: stage, chain and gauge charts, plain data that renders to SVG.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary, translate } from '../../../../renderer/src/i18n/translate';
import type { Translate } from '../../../../renderer/src/i18n/translate';
import {
  chainChartOption,
  fundsGaugeOption,
  fundsRate,
  stageChartOption,
} from '../../../../electron/core/api/chart-options';
import type { DashboardChartOption } from '../../../../electron/core/api/chart-options';
import { chartLabels } from '../../../../renderer/src/pages/dashboard/chart-labels';
import { echarts } from '../../../../renderer/src/pages/dashboard/echarts-setup';
import { dashboardStats } from './stats-fixture';

beforeAll(() => loadDictionary('en'));

const t = chartLabels((key, params) => translate('zh-CN', key, params));

interface Series {
  name?: string;
  data?: unknown[];
}
const seriesOf = (option: { series?: unknown }) => option.series as Series[];
const categories = (axis: unknown) => (axis as { data: string[] }).data;

/** What a briefing will do with the same option: render it to SVG without a DOM. */
function renderToSvg(option: DashboardChartOption): string {
  const chart = echarts.init(null, undefined, {
    renderer: 'svg',
    ssr: true,
    width: 800,
    height: 400,
  });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('dashboard chart options', () => {
  it('stage chart: one column per stage in path order, counts and money in 亿元', () => {
    const stats = dashboardStats();
    const option = stageChartOption(stats, t);

    expect(categories(option.xAxis)).toEqual([
      '线索',
      '洽谈',
      '具备签约条件',
      '签约',
      '开工',
      '投产',
      '达效',
      '暂缓',
      '终止',
    ]);
    const [count, total, funds] = seriesOf(option);
    expect(count?.name).toBe('项目数');
    expect(count?.data).toEqual(stats.byStage.map((b) => b.count));
    expect(total?.name).toBe('总投资');
    // 1,799,780 万元 = 179.978 亿元, plotted with two decimals.
    expect(total?.data?.[3]).toBe(179.98);
    expect(funds?.data?.[3]).toBe(23.21);
  });

  it('chain chart: chains largest first from the top, total against funds in place', () => {
    const stats = dashboardStats();
    const option = chainChartOption(stats, t);

    expect(categories(option.yAxis)).toEqual(['集成电路封测', '数字经济']);
    expect((option.yAxis as { inverse?: boolean }).inverse).toBe(true);
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['总投资', [150, 49.98]],
      ['到位资金', [20, 3.21]],
    ]);
  });

  it('names folios on no chain in words', () => {
    const stats = dashboardStats({
      byChain: [{ key: '', count: 1, totalInvestment: 100, fundsInPlace: 0 }],
    });
    expect(categories(chainChartOption(stats, t).yAxis)).toEqual(['未填产业链']);
  });

  it('gauge: funds in place as a percentage of total investment, 0 when nothing is invested', () => {
    const stats = dashboardStats();
    const gauge = seriesOf(fundsGaugeOption(stats, t))[0];
    expect(gauge?.data).toEqual([{ value: 11.6, name: '到位率' }]);
    expect(fundsRate({ key: 'all', count: 0, totalInvestment: 0, fundsInPlace: 0 })).toBe(0);
  });

  it('options are plain data that render to SVG without a DOM, as briefings will', () => {
    const stats = dashboardStats();
    for (const option of [
      stageChartOption(stats, t),
      chainChartOption(stats, t),
      fundsGaugeOption(stats, t),
    ]) {
      expect(JSON.parse(JSON.stringify(option))).toEqual(option);
    }
    expect(renderToSvg(stageChartOption(stats, t))).toContain('具备签约条件');
    expect(renderToSvg(chainChartOption(stats, t))).toContain('集成电路封测');
    expect(renderToSvg(fundsGaugeOption(stats, t))).toContain('11.6%');
  });

  it('labels follow the language', () => {
    const en: Translate = (key, params) => translate('en', key, params);
    const option = stageChartOption(dashboardStats(), chartLabels(en));
    expect(seriesOf(option).map((s) => s.name)).toEqual([
      'Folios',
      'Total investment',
      'Funds in place',
    ]);
  });
});
