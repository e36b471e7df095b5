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

/** A paper chart's text: 黑体-like sans, dark enough to read once printed. */
const PRINT_TEXT = { fontFamily: 'sans-serif', color: '#222', fontSize: 13 };

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
    chart.setOption({ ...option, animation: false, textStyle: PRINT_TEXT });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
