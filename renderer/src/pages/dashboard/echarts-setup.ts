// ECharts with only the parts the dashboard draws (bar charts, SVG renderer), for a small bundle.
import { BarChart, GaugeChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the dashboard draws, so the bundle carries no more of ECharts than that.
// SVG: a handful of bars draws as fast as on canvas, stays sharp when zoomed or printed, and
// matches the SVG the briefings will render server-side from the same options.
echarts.use([BarChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
