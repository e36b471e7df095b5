import {
  type ChartLabels,
  type ChartStats,
  chainChartHeight,
  chainChartOption,
  chainLabel,
  stageChartOption,
  stageLabel,
  yiValue,
} from '../../api/chart-options';
import type { MoneyBucket } from '../../api/views';
import { STAGE_LABELS } from '../../model/display-text';
import type { ChartBlock, ChartData } from '../model';
import { renderChartSvg } from './render-svg';

/** The charts' words on paper: Chinese, as the dashboard shows them in zh-CN. */
export const PAPER_CHART_LABELS: ChartLabels = {
  stages: STAGE_LABELS,
  noChain: '未填产业链',
  count: '项目数',
  total: '总投资',
  funds: '到位资金',
  countAxis: '个',
  yi: '亿元',
  rate: '到位率',
};

/** Drawn this wide (px); the writers scale the chart to the text block's width. */
const WIDTH = 720;
const STAGE_HEIGHT = 340;

/** Money of the buckets in 亿元, for the native Word chart (one axis: money only). */
function moneyData(buckets: readonly MoneyBucket[], categories: string[]): ChartData {
  const labels = PAPER_CHART_LABELS;
  return {
    type: 'bar',
    categories,
    series: [
      { name: `${labels.total}（亿元）`, values: buckets.map((b) => yiValue(b.totalInvestment)) },
      { name: `${labels.funds}（亿元）`, values: buckets.map((b) => yiValue(b.fundsInPlace)) },
    ],
  };
}

/** 项目数 and money by stage: the dashboard's stage chart, on paper. */
export function stageChartBlock(stats: ChartStats, title: string): ChartBlock {
  const labels = PAPER_CHART_LABELS;
  return {
    kind: 'chart',
    title,
    svg: renderChartSvg(stageChartOption(stats, labels), WIDTH, STAGE_HEIGHT),
    data: moneyData(
      stats.byStage,
      stats.byStage.map((b) => stageLabel(b.key, labels)),
    ),
  };
}

/** Total investment against funds in place by chain: the dashboard's chain chart, on paper. */
export function chainChartBlock(stats: ChartStats, title: string): ChartBlock {
  const labels = PAPER_CHART_LABELS;
  return {
    kind: 'chart',
    title,
    svg: renderChartSvg(chainChartOption(stats, labels), WIDTH, chainChartHeight(stats)),
    data: moneyData(
      stats.byChain,
      stats.byChain.map((b) => chainLabel(b.key, labels)),
    ),
  };
}
