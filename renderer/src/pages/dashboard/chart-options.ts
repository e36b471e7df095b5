/*
 * The dashboard's charts as plain ECharts options, built from the stats alone: no DOM, no
 * React, no functions inside, so the same options can be rendered server-side (SVG) into
 * briefings. Money is plotted in 亿元 with two decimals.
 */
import type { BarSeriesOption, GaugeSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DashboardStats } from '../../api/contract-types';
import { STAGE_VALUES } from '../../components/enum-options';
import type { Translate } from '../../i18n/translate';

export type DashboardChartOption = ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

type Bucket = DashboardStats['totals'];

const COUNT_COLOR = '#5b8ff9';
const TOTAL_COLOR = '#1677ff';
const FUNDS_COLOR = '#52c41a';

/** 万元 → 亿元, two decimals, as a number to plot. */
export function yiValue(wan: number): number {
  return Math.round(wan / 100) / 100;
}

/** Funds in place as a percentage of total investment, one decimal; 0 when nothing is invested. */
export function fundsRate(bucket: Bucket): number {
  if (bucket.totalInvestment <= 0) return 0;
  return Math.round((bucket.fundsInPlace / bucket.totalInvestment) * 1000) / 10;
}

/** A stage bucket's label (its key is a stage). */
export function stageLabel(key: string, t: Translate): string {
  const stage = STAGE_VALUES.find((s) => s === key);
  return stage ? t(`stage.${stage}`) : key;
}

/** A chain's label: its name, or a word for folios on no chain. */
export function chainLabel(key: string, t: Translate): string {
  return key || t('dashboard.noChain');
}

const tooltip: TooltipComponentOption = {
  trigger: 'axis',
  axisPointer: { type: 'shadow' },
};

const legend: LegendComponentOption = { top: 0 };

function moneySeries(
  buckets: readonly Bucket[],
  t: Translate,
  yAxisIndex: number,
): BarSeriesOption[] {
  return [
    {
      type: 'bar',
      name: t('dashboard.series.total'),
      yAxisIndex,
      itemStyle: { color: TOTAL_COLOR },
      data: buckets.map((b) => yiValue(b.totalInvestment)),
    },
    {
      type: 'bar',
      name: t('dashboard.series.funds'),
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
export function stageChartOption(stats: DashboardStats, t: Translate): DashboardChartOption {
  return {
    tooltip,
    legend,
    grid: { left: 48, right: 64, top: 48, bottom: 32 },
    xAxis: {
      type: 'category',
      data: stats.byStage.map((b) => stageLabel(b.key, t)),
      axisLabel: { interval: 0 },
    },
    yAxis: [
      { type: 'value', name: t('dashboard.axis.count'), minInterval: 1 },
      { type: 'value', name: t('unit.yi'), splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('dashboard.series.count'),
        yAxisIndex: 0,
        itemStyle: { color: COUNT_COLOR },
        data: stats.byStage.map((b) => b.count),
      },
      ...moneySeries(stats.byStage, t, 1),
    ],
  };
}

/** Room for every chain's bar pair: the chain chart grows with the number of chains. */
export function chainChartHeight(stats: DashboardStats): number {
  return Math.max(240, 72 + stats.byChain.length * 40);
}

/**
 * Total investment against funds in place by chain, as horizontal bars; the n-th category
 * (from the top) is `stats.byChain[n]`, largest total first.
 */
export function chainChartOption(stats: DashboardStats, t: Translate): DashboardChartOption {
  return {
    tooltip,
    legend,
    grid: { left: 16, right: 48, top: 40, bottom: 24 },
    xAxis: { type: 'value', name: t('unit.yi') },
    yAxis: {
      type: 'category',
      inverse: true,
      data: stats.byChain.map((b) => chainLabel(b.key, t)),
    },
    series: moneySeries(stats.byChain, t, 0),
  };
}

/** Funds in place against total investment, as a gauge of the percentage. */
export function fundsGaugeOption(stats: DashboardStats, t: Translate): DashboardChartOption {
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
        data: [{ value: fundsRate(stats.totals), name: t('dashboard.gauge.rate') }],
      },
    ],
  };
}
