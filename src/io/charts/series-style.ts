/**
 * One look per series role, the same in every chart of every report, so a reader learns it once:
 * plan path dashed grey, actual solid blue, labels where the builder put them, projection dotted orange,
 * yearly bars light blue with values, annual targets dashed green.
 */
import type { ChartSeries } from './chart-spec';

const colors = {
  path: '#8c8c8c',
  actual: '#1f5fa8',
  projection: '#e07b00',
  annual: '#8fb4dc',
  annual_target: '#2e8b57',
} as const;

export function seriesOption(s: ChartSeries): Record<string, unknown> {
  const data = s.points.map((p) => [p.x, p.y]);
  const color = colors[s.role];
  switch (s.role) {
    case 'annual':
      return {
        type: 'bar',
        name: s.name,
        data,
        barWidth: 10,
        itemStyle: { color },
        label: {
          show: true,
          position: 'top',
          fontSize: 7,
          formatter: (p: { dataIndex: number }) => s.points[p.dataIndex]?.label ?? '',
        },
      };
    case 'actual':
      return {
        type: 'line',
        name: s.name,
        data,
        symbol: 'circle',
        symbolSize: 4,
        itemStyle: { color },
        lineStyle: { color, width: 1.8 },
        label: {
          show: true,
          position: 'top',
          fontSize: 7,
          color,
          formatter: (p: { dataIndex: number }) => s.points[p.dataIndex]?.label ?? '',
        },
        z: 3,
      };
    case 'projection':
      return dashed(s, data, color, 'dotted');
    case 'annual_target':
      return { ...dashed(s, data, color, 'dashed'), symbol: 'diamond', symbolSize: 4 };
    case 'path':
      return dashed(s, data, color, 'dashed');
  }
}

function dashed(s: ChartSeries, data: number[][], color: string, type: 'dashed' | 'dotted') {
  return {
    type: 'line',
    name: s.name,
    data,
    symbol: 'none',
    itemStyle: { color },
    lineStyle: { color, width: 1.2, type },
  };
}
