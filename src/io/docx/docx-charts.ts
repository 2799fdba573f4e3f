/**
 * Charts in Word: PNG images (WPS and older Word do not show SVG) two to a row in a borderless
 * table, each with its caption, rows kept whole. The PNGs are rendered before the document is
 * assembled, all at once (chart-png.ts explains why).
 */
import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { renderPngs } from '../charts/chart-png';
import type { ChartSpec } from '../charts/chart-spec';
import { CHART_HEIGHT, CHART_WIDTH, renderChartSvg } from '../charts/indicator-chart';
import type { ReportChartGrid, ReportModel } from '../report-model/report-model';
import { fonts, size, styleIds, textWidthTwips } from './docx-styles';
import { bodyParagraph, runs } from './docx-text';

export async function renderChartPngs(model: ReportModel): Promise<Map<string, Buffer>> {
  const charts = model.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.type === 'charts' ? b.charts : []));
  return renderPngs(charts.map((c) => ({ id: c.id, svg: renderChartSvg(c), width: CHART_WIDTH })));
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** Points to the 96-dpi pixels Word's image sizes are given in. */
const px = (pt: number) => Math.round((pt * 96) / 72);

export function chartGrid(grid: ReportChartGrid, pngs: ReadonlyMap<string, Buffer>): (Paragraph | Table)[] {
  const half = Math.floor(textWidthTwips / 2);
  const rows: TableRow[] = [];
  for (let i = 0; i < grid.charts.length; i += 2) {
    const pair = grid.charts.slice(i, i + 2);
    const cells = [0, 1].map((j) => {
      const chart = pair[j];
      return new TableCell({
        width: { size: half, type: WidthType.DXA },
        children: chart === undefined ? [new Paragraph({})] : chartCell(chart, pngs.get(chart.id)),
      });
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return [
    bodyParagraph({ type: 'paragraph', style: 'body', text: grid.lead, keepWithNext: true }),
    new Table({
      width: { size: textWidthTwips, type: WidthType.DXA },
      columnWidths: [half, textWidthTwips - half],
      borders: noBorders,
      rows,
    }),
  ];
}

function chartCell(chart: ChartSpec, png: Buffer | undefined): Paragraph[] {
  // An image in a paragraph with a fixed line height would be cut to one line: this one is automatic.
  // No keepNext here: inside a table it would chain every row to the next and push the grid off the page.
  const image =
    png === undefined
      ? []
      : [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: px(CHART_WIDTH), height: px(CHART_HEIGHT) },
            altText: { name: chart.id, title: chart.caption, description: chart.caption },
          }),
        ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: 'auto' },
      children: image,
    }),
    new Paragraph({
      style: styleIds.chartCaption,
      children: runs(chart.caption, { font: fonts.fang, size: size.small }),
    }),
  ];
}
