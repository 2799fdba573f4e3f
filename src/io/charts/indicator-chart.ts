/**
 * An indicator chart as SVG, drawn on the server with ECharts (tree-shaken `echarts/core`, SSR
 * renderer). One SVG unit is one typographic point: the PDF places it 1:1, Word gets a PNG of it
 * (chart-png.ts), HTML scales it to the column. Text uses the bundled CJK font family.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './chart-spec';
import { CJK_FONT_STACK } from './cjk-fonts';
import { seriesOption } from './series-style';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** Size of one chart in points: half the 156 mm text block of an A4 page (GB/T 9704), less a gutter. */
export const CHART_WIDTH = 215;
export const CHART_HEIGHT = 150;

export function renderChartSvg(spec: ChartSpec, width = CHART_WIDTH, height = CHART_HEIGHT): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec));
    return stable(chart.renderToSVGString(), spec.id);
  } finally {
    chart.dispose();
  }
}

/**
 * zrender numbers its ids and CSS classes per instance and per process (zr0-c0, zr7-cls-5), so the
 * same chart would differ from run to run and two charts on one HTML page would share clip-path
 * ids. Ids take the chart's own prefix; the classes and their <style>, which only style :hover,
 * go — a report is not interactive.
 */
function stable(svg: string, id: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/zr\d+-/g, `${id}-`);
}

function chartOption(spec: ChartSpec): echarts.EChartsCoreOption {
  const hasBars = spec.series.some((s) => s.role === 'annual');
  const series: Record<string, unknown>[] = spec.series.map((s) => seriesOption(s));
  const first = series[0];
  if (first !== undefined && spec.marks.length > 0) first.markLine = markLines(spec);
  series.push(extentKeeper(spec));
  return {
    // SSR renders the final frame; animation would only cost time.
    animation: false,
    textStyle: { fontFamily: CJK_FONT_STACK, fontSize: 8, color: '#333' },
    // ECharts 6 keeps axis labels inside the grid's outer bounds by default.
    grid: { left: 6, right: 14, top: 16, bottom: 34 },
    legend: {
      bottom: 2,
      // Four entries (当年值, 规划路径, 累计完成, 趋势推算) must fit on one line of a half-page chart.
      itemWidth: 10,
      itemHeight: 5,
      itemGap: 5,
      textStyle: { fontSize: 7 },
      data: spec.series.map((s) => s.name),
    },
    xAxis: {
      type: 'value',
      min: spec.xMin,
      max: spec.xMax,
      interval: 1,
      splitLine: { show: false },
      axisLabel: { fontSize: 7.5, formatter: (v: number) => String(v) },
    },
    // No axis name: the caption under the chart states the unit, and a name at the top-left corner
    // would collide with the target's label.
    yAxis: {
      type: 'value',
      scale: !hasBars,
      splitLine: { lineStyle: { color: '#e6e6e6' } },
      axisLabel: { fontSize: 7.5 },
    },
    series,
  };
}

function markLines(spec: ChartSpec): Record<string, unknown> {
  return {
    silent: true,
    symbol: 'none',
    data: spec.marks.map((m) => ({
      yAxis: m.y,
      lineStyle: { color: m.role === 'target' ? '#c0392b' : '#e07b00', type: 'dashed', width: 1 },
      label: {
        formatter: m.label,
        // At the left end: the latest value, labelled at the right, would collide with it.
        position: m.role === 'target' ? 'insideStartTop' : 'insideStartBottom',
        fontSize: 7.5,
        color: m.role === 'target' ? '#c0392b' : '#b35f00',
      },
    })),
  };
}

/**
 * ECharts sizes the value axis from the series alone; an invisible series through the marks' values
 * keeps a target above the data on the chart instead of off it.
 */
function extentKeeper(spec: ChartSpec): Record<string, unknown> {
  return {
    type: 'line',
    silent: true,
    symbol: 'none',
    lineStyle: { opacity: 0 },
    data: spec.marks.map((m) => [spec.xMin, m.y]),
  };
}
