// An ECharts chart in a box, loaded lazily, sized once visible, reporting clicks on a category.
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type { DashboardChartOption } from '../../../../electron/core/api/chart-options';

interface Props {
  option: DashboardChartOption;
  height: number;
  testId: string;
  /** Which axis holds the categories: 'x' for columns, 'y' for horizontal bars. */
  categoryAxis?: 'x' | 'y';
  /** Called with the category's index when anywhere in its band of the grid is clicked. */
  onCategoryClick?: (index: number) => void;
}

/** The category under a point of the grid, or null outside it. */
function categoryAt(chart: EChartsType, point: number[], axis: 'x' | 'y'): number | null {
  if (!chart.containPixel('grid', point)) return null;
  const value = chart.convertFromPixel({ gridIndex: 0 }, point);
  const index = Array.isArray(value) ? value[axis === 'x' ? 0 : 1] : undefined;
  return index === undefined || Number.isNaN(index) ? null : Math.round(index);
}

type Handlers = Pick<Props, 'onCategoryClick' | 'categoryAxis'>;

/** Clicks (and the pointer) on the grid, read through `current` so they follow new props. */
function wireClicks(chart: EChartsType, current: () => Handlers): void {
  const zr = chart.getZr();
  const target = (x: number, y: number) => {
    const { onCategoryClick: onClick, categoryAxis = 'x' } = current();
    const index = onClick ? categoryAt(chart, [x, y], categoryAxis) : null;
    return onClick && index !== null ? () => onClick(index) : null;
  };
  zr.on('click', (event) => target(event.offsetX, event.offsetY)?.());
  zr.on('mousemove', (event) => {
    zr.setCursorStyle(target(event.offsetX, event.offsetY) ? 'pointer' : 'default');
  });
}

/**
 * A small React home for one ECharts instance: made once its box has a size, given each new
 * option whole, resized with its box, disposed on unmount. A click anywhere in a category's band counts
 * (not only on the bar), so categories with small bars are as easy to open as large ones.
 */
export function EChart({ option, height, testId, categoryAxis = 'x', onCategoryClick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const latest = useRef({ option, onCategoryClick, categoryAxis });
  useEffect(() => {
    latest.current = { option, onCategoryClick, categoryAxis };
  });

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    let observer: ResizeObserver | null = null;
    let gone = false;
    // ECharts comes in its own chunk, so pages without charts (the folio list) start faster.
    void import('./echarts-setup').then(({ echarts }) => {
      if (gone) return;
      // Made once the box has a size (ECharts cannot lay out in a box of width 0).
      const start = () => {
        if (chartRef.current || element.clientWidth === 0) return;
        const chart = echarts.init(element, undefined, { renderer: 'svg' });
        chartRef.current = chart;
        wireClicks(chart, () => latest.current);
        chart.setOption(latest.current.option);
      };
      observer = new ResizeObserver(() => {
        if (chartRef.current) chartRef.current.resize();
        else start();
      });
      observer.observe(element);
      start();
    });
    return () => {
      gone = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} style={{ height }} data-testid={testId} />;
}
