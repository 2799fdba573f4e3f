/**
 * Charts in the PDF, two to a row as vector graphics: the ECharts SVG is drawn with svg-to-pdfkit,
 * one SVG unit per point, its text set in the embedded Noto Sans SC subset.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { CHART_HEIGHT, CHART_WIDTH, renderChartSvg } from '../charts/indicator-chart';
import type { ReportChartGrid } from '../report-model/report-model';
import { type Doc, ensureSpace, FONT, FONT_BOLD, lineGapFor, sizes, textWidth } from './pdf-layout';

const CAPTION_HEIGHT = 16;
const ROW_GAP = 10;

export function drawChartGrid(doc: Doc, grid: ReportChartGrid): void {
  const left = doc.page.margins.left;
  const gutter = textWidth - 2 * CHART_WIDTH;
  // The lead sentence goes with the first row of charts, never alone at the foot of a page.
  const lineGap = lineGapFor(doc, FONT, sizes.body, sizes.bodyLine);
  const leadHeight = doc.heightOfString(grid.lead, { width: textWidth, indent: 2 * sizes.body, lineGap });
  ensureSpace(doc, leadHeight + CHART_HEIGHT + CAPTION_HEIGHT);
  doc
    .fillColor('#000000')
    .text(grid.lead, left, doc.y, { width: textWidth, indent: 2 * sizes.body, lineGap });
  for (let i = 0; i < grid.charts.length; i += 2) {
    const pair = grid.charts.slice(i, i + 2);
    // Long captions (and English ones) take two lines; the row makes room for the longer one.
    doc.font(FONT).fontSize(sizes.tableNote);
    const captionHeight = Math.max(
      CAPTION_HEIGHT,
      ...pair.map((c) => doc.heightOfString(c.caption, { width: CHART_WIDTH, align: 'center' }) + 4),
    );
    ensureSpace(doc, CHART_HEIGHT + captionHeight);
    const y = doc.y;
    pair.forEach((chart, j) => {
      const x = left + j * (CHART_WIDTH + gutter);
      SVGtoPDF(doc, renderChartSvg(chart), x, y, {
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        assumePt: true,
        fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT),
      });
      doc.font(FONT).fontSize(sizes.tableNote).fillColor('#000000');
      doc.text(chart.caption, x, y + CHART_HEIGHT + 2, { width: CHART_WIDTH, align: 'center' });
    });
    doc.x = left;
    doc.y = y + CHART_HEIGHT + captionHeight + ROW_GAP;
  }
}
