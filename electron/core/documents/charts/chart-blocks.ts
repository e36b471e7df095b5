// The dashboard's stage and chain charts as briefing chart blocks, with their Chinese labels for paper.
import {
  type ChartLabels,
  type ChartStats,
  chainChartHeight,
  chainChartOption,
  stageChartOption,
} from '../../api/chart-options';
import { STAGE_LABELS } from '../../model/display-text';
import type { ChartBlock } from '../model';
import { chartDataFromOption } from './chart-data';
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

/** 项目数 and money by stage: the dashboard's stage chart, on paper. */
export function stageChartBlock(stats: ChartStats, title: string): ChartBlock {
  const option = stageChartOption(stats, PAPER_CHART_LABELS);
  return {
    kind: 'chart',
    title,
    svg: renderChartSvg(option, WIDTH, STAGE_HEIGHT),
    data: chartDataFromOption(option),
  };
}

/** Total investment against funds in place by chain: the dashboard's chain chart, on paper. */
export function chainChartBlock(stats: ChartStats, title: string): ChartBlock {
  const option = chainChartOption(stats, PAPER_CHART_LABELS);
  return {
    kind: 'chart',
    title,
    svg: renderChartSvg(option, WIDTH, chainChartHeight(stats)),
    data: chartDataFromOption(option),
  };
}
