/** The numbers, colours and axis titles of a dashboard chart, read from the very ECharts option the PDF draws, for Word's native chart. */
import type { DashboardChartOption } from '../../api/chart-options';
import type { ChartData, ChartSeriesData } from '../model';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): Rec[] => (Array.isArray(v) ? v : [v]).filter(isRec);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * A bar chart's data as the PDF shows it: the category axis' labels in order, every bar series
 * (name, values, colour, which value axis) and the value axes' titles. A category axis on the
 * vertical side makes lying bars.
 */
export function chartDataFromOption(option: DashboardChartOption): ChartData {
  const xs = records(option.xAxis);
  const ys = records(option.yAxis);
  const horizontal = ys.some((a) => a.type === 'category');
  const categoryAxis = (horizontal ? ys : xs).find((a) => a.type === 'category');
  const valueAxes = (horizontal ? xs : ys).filter((a) => a.type === 'value');
  const categories = Array.isArray(categoryAxis?.data) ? categoryAxis.data.map(String) : [];
  const series: ChartSeriesData[] = records(option.series)
    .filter((s) => s.type === 'bar')
    .map((s) => {
      const values = Array.isArray(s.data)
        ? s.data.map((v) => (typeof v === 'number' ? v : 0))
        : [];
      const color = isRec(s.itemStyle) ? text(s.itemStyle.color) : undefined;
      const secondary = !horizontal && s.yAxisIndex === 1;
      return {
        name: text(s.name) ?? '',
        values,
        ...(color ? { color } : {}),
        ...(secondary ? { secondary } : {}),
      };
    });
  const valueAxis = text(valueAxes[0]?.name);
  const secondaryAxis = series.some((s) => s.secondary) ? text(valueAxes[1]?.name) : undefined;
  return {
    type: 'bar',
    direction: horizontal ? 'horizontal' : 'vertical',
    categories,
    series,
    ...(valueAxis ? { valueAxis } : {}),
    ...(secondaryAxis ? { secondaryAxis } : {}),
  };
}
