import { describe, expect, it } from 'vitest';
import { svgText } from './chart-png';
import type { ChartSpec } from './chart-spec';
import { CHART_HEIGHT, CHART_WIDTH, renderChartSvg } from './indicator-chart';

const gdp: ChartSpec = {
  id: 'chart-T01',
  code: 'T01',
  caption: '图1 地区生产总值(亿元)',
  unit: '亿元',
  xMin: 2020,
  xMax: 2025,
  series: [
    {
      role: 'path',
      name: '规划路径',
      points: [
        { x: 2020, y: 83.14 },
        { x: 2025, y: 160 },
      ],
    },
    {
      role: 'actual',
      name: '实际值',
      points: [
        { x: 2020, y: 83.14 },
        { x: 2023, y: 106.52, label: '106.52' },
      ],
    },
    {
      role: 'projection',
      name: '趋势推算',
      points: [
        { x: 2023, y: 106.52 },
        { x: 2025, y: 126 },
      ],
    },
  ],
  marks: [{ role: 'target', label: '目标 160', y: 160 }],
};

describe('renderChartSvg', () => {
  const svg = renderChartSvg(gdp);

  it('draws an SVG of the report size with the CJK font family', () => {
    expect(svg.startsWith(`<svg width="${CHART_WIDTH}" height="${CHART_HEIGHT}"`)).toBe(true);
    expect(svg).toContain("font-family:'Noto Sans SC'");
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('prints the legend, the labels the builder gave and plain years', () => {
    const text = svgText(svg);
    for (const s of ['规划路径', '实际值', '趋势推算', '目标 160', '106.52', '2020', '2025']) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('2,020');
    // Only the labelled point carries a value label.
    expect(text).not.toContain('83.14');
  });

  it('is the same for the same spec, with ids of its own and no CSS classes', () => {
    expect(renderChartSvg(gdp)).toBe(svg);
    expect(svg).toContain('clip-path="url(#chart-T01-c0)"');
    expect(svg).not.toMatch(/zr\d|class=|<style/);
  });
});
