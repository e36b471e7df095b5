/*
 * The charts of 工作台 and of the briefings as plain ECharts options, built from money buckets
 * alone: no DOM, no Node, no functions inside, so the dashboard draws them in the browser and
 * the briefings render the very same options to SVG server-side. Words come in through
 * `ChartLabels` (the renderer builds them from its translations, the briefings in Chinese).
 * Money is plotted in 亿元 with two decimals.
 *
 * The renderer value-imports this one file (see eslint.config.js): keep it free of imports
 * other than types.
 */
import type { BarSeriesOption, GaugeSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Stage } from '../model/enums';
import type { MoneyBucket } from './views';

export type DashboardChartOption = ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** Every word the charts print. */
export interface ChartLabels {
  stages: Readonly<Record<Stage, string>>;
  /** The category of folios on no chain. */
  noChain: string;
  /** Series names. */
  count: string;
  total: string;
  funds: string;
  /** Axis names. */
  countAxis: string;
  yi: string;
  /** The gauge's caption. */
  rate: string;
}

/** Money by stage (in the order given) and by chain, with the totals. */
export interface ChartStats {
  totals: MoneyBucket;
  byStage: readonly MoneyBucket[];
  byChain: readonly MoneyBucket[];
}

/*
 * Three series that still differ when printed in gray: light blue (gray ≈ 190), dark blue
 * (≈ 65) and a mid green (≈ 120). The old #5b8ff9 / #1677ff / #52c41a printed as three mid grays.
 */
export const COUNT_COLOR = '#9ec5fe';
export const TOTAL_COLOR = '#1d3f8f';
export const FUNDS_COLOR = '#3f9a1f';

/** 万元 → 亿元, two decimals, as a number to plot. */
export function yiValue(wan: number): number {
  return Math.round(wan / 100) / 100;
}

/** Funds in place as a percentage of total investment, one decimal; 0 when nothing is invested. */
export function fundsRate(bucket: MoneyBucket): number {
  if (bucket.totalInvestment <= 0) return 0;
  return Math.round((bucket.fundsInPlace / bucket.totalInvestment) * 1000) / 10;
}

/** A stage bucket's label (its key is a stage). */
export function stageLabel(key: string, labels: ChartLabels): string {
  return Object.hasOwn(labels.stages, key) ? labels.stages[key as Stage] : key;
}

/** A chain's label: its name, or a word for folios on no chain. */
export function chainLabel(key: string, labels: ChartLabels): string {
  return key || labels.noChain;
}

const tooltip: TooltipComponentOption = {
  trigger: 'axis',
  axisPointer: { type: 'shadow' },
};

const legend: LegendComponentOption = { top: 0 };

function moneySeries(
  buckets: readonly MoneyBucket[],
  labels: ChartLabels,
  yAxisIndex: number,
): BarSeriesOption[] {
  return [
    {
      type: 'bar',
      name: labels.total,
      yAxisIndex,
      itemStyle: { color: TOTAL_COLOR },
      data: buckets.map((b) => yiValue(b.totalInvestment)),
    },
    {
      type: 'bar',
      name: labels.funds,
      yAxisIndex,
      itemStyle: { color: FUNDS_COLOR },
      data: buckets.map((b) => yiValue(b.fundsInPlace)),
    },
  ];
}

/**
 * Folios and money by stage: one column per stage, in the order of `stats.byStage`, so the
 * n-th category is `stats.byStage[n]`. Counts on the left axis, 亿元 on the right.
 */
export function stageChartOption(stats: ChartStats, labels: ChartLabels): DashboardChartOption {
  return {
    tooltip,
    legend,
    grid: { left: 48, right: 64, top: 48, bottom: 32 },
    xAxis: {
      type: 'category',
      data: stats.byStage.map((b) => stageLabel(b.key, labels)),
      axisLabel: { interval: 0 },
    },
    yAxis: [
      { type: 'value', name: labels.countAxis, minInterval: 1 },
      { type: 'value', name: labels.yi, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: labels.count,
        yAxisIndex: 0,
        itemStyle: { color: COUNT_COLOR },
        data: stats.byStage.map((b) => b.count),
      },
      ...moneySeries(stats.byStage, labels, 1),
    ],
  };
}

/** Room for every chain's bar pair: the chain chart grows with the number of chains. */
export function chainChartHeight(stats: ChartStats): number {
  return Math.max(240, 72 + stats.byChain.length * 40);
}

/**
 * Total investment against funds in place by chain, as horizontal bars; the n-th category
 * (from the top) is `stats.byChain[n]`, largest total first.
 */
export function chainChartOption(stats: ChartStats, labels: ChartLabels): DashboardChartOption {
  return {
    tooltip,
    legend,
    grid: { left: 16, right: 48, top: 40, bottom: 24 },
    xAxis: { type: 'value', name: labels.yi },
    yAxis: {
      type: 'category',
      inverse: true,
      data: stats.byChain.map((b) => chainLabel(b.key, labels)),
    },
    series: moneySeries(stats.byChain, labels, 0),
  };
}

/** Funds in place against total investment, as a gauge of the percentage. */
export function fundsGaugeOption(stats: ChartStats, labels: ChartLabels): DashboardChartOption {
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        startAngle: 210,
        endAngle: -30,
        radius: '95%',
        center: ['50%', '58%'],
        progress: { show: true, width: 16, itemStyle: { color: FUNDS_COLOR } },
        axisLine: { lineStyle: { width: 16 } },
        axisTick: { show: false },
        splitLine: { length: 8, lineStyle: { width: 1 } },
        axisLabel: { distance: 22, fontSize: 11 },
        pointer: { show: false },
        title: { offsetCenter: [0, '30%'], fontSize: 14 },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '-5%'],
          fontSize: 28,
          formatter: '{value}%',
        },
        data: [{ value: fundsRate(stats.totals), name: labels.rate }],
      },
    ],
  };
}
