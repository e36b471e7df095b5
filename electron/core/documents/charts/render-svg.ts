// Draws an ECharts option to SVG without a DOM, in print-sized type, for the PDF writer.
import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DashboardChartOption } from '../../api/chart-options';

echarts.use([
  BarChart,
  GaugeChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * A paper chart's text: 黑体-like sans, dark enough to read once printed, and large enough: the
 * writers scale a 720 px chart to the 156 mm block (× 0.61), so 16 px prints at 9.8 pt.
 */
export const PRINT_FONT_PX = 16;
const PRINT_TEXT = { fontFamily: 'sans-serif', color: '#222', fontSize: PRINT_FONT_PX };
const PRINT_LABEL = { fontSize: PRINT_FONT_PX, color: '#222' };

type Axis = Record<string, unknown>;

/** Axis labels and names at the print size (ECharts' axes default to 12 px whatever textStyle). */
function printAxes(axes: unknown): unknown {
  const one = (axis: Axis): Axis => ({
    ...axis,
    axisLabel: { ...(axis.axisLabel as Axis | undefined), ...PRINT_LABEL },
    nameTextStyle: { ...(axis.nameTextStyle as Axis | undefined), ...PRINT_LABEL },
  });
  if (Array.isArray(axes)) return axes.map((a) => one(a as Axis));
  return axes && typeof axes === 'object' ? one(axes as Axis) : axes;
}

/**
 * An ECharts option drawn to SVG without a DOM (ECharts' server-side rendering), as the PDF
 * writer draws it. Nothing moves on paper, so animation is off.
 */
export function renderChartSvg(
  option: DashboardChartOption,
  width: number,
  height: number,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      ...option,
      xAxis: printAxes(option.xAxis),
      yAxis: printAxes(option.yAxis),
      legend: { ...(option.legend as Axis | undefined), textStyle: PRINT_LABEL },
      animation: false,
      textStyle: PRINT_TEXT,
    } as DashboardChartOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
