/**
 * What a report chart shows, as plain data: the report builder (services/evaluation-report) decides
 * the numbers, io/charts only draws them. Keeping the spec free of ECharts types lets the same chart
 * be drawn as SVG for HTML and PDF and as PNG for Word, and lets tests read the plotted values.
 */

/** A point on the plan-year axis (x = 2023 is the 2023 figure) in the indicator's unit. */
export interface ChartPoint {
  x: number;
  y: number;
  /** Printed next to the point, already formatted like the report's tables (106.52). */
  label?: string;
}

/**
 * The role decides the look, the same in every chart: the plan's path dashed grey, actual values
 * solid blue, the projection dotted orange, annual amounts or rates as bars, annual targets green.
 */
export type ChartSeriesRole = 'path' | 'actual' | 'projection' | 'annual' | 'annual_target';

export interface ChartSeries {
  role: ChartSeriesRole;
  /** Legend text in the report's language: 规划路径, 实际值, 趋势推算 … */
  name: string;
  points: ChartPoint[];
}

/** A horizontal reference line: the five-year target, or the realised mean rate. */
export interface ChartMark {
  role: 'target' | 'mean';
  /** Printed on the line, already formatted: 目标 160, 实际年均 14.77%. */
  label: string;
  y: number;
}

export interface ChartSpec {
  /** Stable id, e.g. `chart-T01`, used for anchors and file names. */
  id: string;
  /** The indicator's code, so a chart can be traced back to its evaluation result. */
  code: string;
  /** Caption printed under the chart: 图3-1 地区生产总值(亿元). */
  caption: string;
  /** The values' unit as the report prints it (the caption carries it too). */
  unit: string;
  /** Plan-year axis bounds: the base year and the target year. */
  xMin: number;
  xMax: number;
  series: ChartSeries[];
  marks: ChartMark[];
}
