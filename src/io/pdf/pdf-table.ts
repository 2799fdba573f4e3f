/**
 * Report tables in the PDF: column weights scaled to the text width, 五号 (10.5 pt) text, borders
 * on every cell, rows kept whole, and the header row repeated at the top of every page the table
 * continues on — what a reader of a printed 表2 expects.
 */
import type { Align, ReportTable, ReportTableRow } from '../report-model/report-model';
import { bottom, type Doc, ensureSpace, FONT, FONT_BOLD, sizes, textWidth } from './pdf-layout';

const PAD_X = 3;
const PAD_Y = 3;
const LINE_GAP = 1.5;
const BORDER = '#444444';
/** Tables of at most this many rows are not split across pages. */
const SHORT_TABLE_ROWS = 10;

interface Cell {
  text: string;
  x: number;
  width: number;
  align: Align;
}

export function drawTable(doc: Doc, table: ReportTable): void {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * textWidth);
  const left = doc.page.margins.left;
  const header: Cell[] = layoutCells(
    table.columns.map((c) => ({ text: c.header })),
    widths,
    left,
    () => 'center',
  );
  const headerHeight = rowHeight(doc, header, FONT_BOLD, sizes.table);
  const heights = table.rows.map((row) => bodyRowHeight(doc, table, row, widths, left));
  // A short table stays whole; a long one at least keeps its caption with the header and first row.
  const keep = table.rows.length <= SHORT_TABLE_ROWS ? heights.length : Math.min(2, heights.length);
  ensureSpace(doc, 24 + headerHeight + heights.slice(0, keep).reduce((s, h) => s + h, 0));
  doc.font(FONT_BOLD).fontSize(sizes.caption).fillColor('#000000');
  doc.text(table.caption, left, doc.y, { width: textWidth, align: 'center' });
  doc.moveDown(0.3);
  drawRow(doc, header, headerHeight, FONT_BOLD, sizes.table, '#eef1f5');
  table.rows.forEach((row, i) => {
    const h = heights[i] ?? 0;
    if (doc.y + keptHeight(table.rows, heights, i) > bottom(doc)) {
      doc.addPage();
      drawRow(doc, header, headerHeight, FONT_BOLD, sizes.table, '#eef1f5');
    }
    const cells = bodyCells(table, row, widths, left);
    const { font, size, fill } = rowLook(row);
    drawRow(doc, cells, h, font, size, fill);
  });
  if (table.note !== undefined) {
    doc.moveDown(0.2);
    doc.font(FONT).fontSize(sizes.tableNote).fillColor('#333333');
    doc.text(table.note, left, doc.y, { width: textWidth });
  }
  doc.fillColor('#000000');
  doc.moveDown(0.6);
}

/**
 * The height that must fit for row i to start here: a group heading goes with the first indicator
 * under it, an indicator row with its explanation row.
 */
function keptHeight(rows: readonly ReportTableRow[], heights: readonly number[], i: number): number {
  let end = i + 1;
  if (rows[i]?.kind === 'group' && rows[end]?.kind === 'body') end += 1;
  while (rows[end]?.kind === 'note') end += 1;
  return heights.slice(i, end).reduce((s, h) => s + h, 0);
}

function rowLook(row: ReportTableRow): { font: string; size: number; fill: string | null } {
  if (row.kind === 'group') return { font: FONT_BOLD, size: sizes.table, fill: '#f4f4f4' };
  if (row.kind === 'note') return { font: FONT, size: sizes.tableNote, fill: null };
  return { font: FONT, size: sizes.table, fill: null };
}

function bodyCells(table: ReportTable, row: ReportTableRow, widths: number[], left: number): Cell[] {
  return layoutCells(row.cells, widths, left, (col, cellAlign) =>
    row.kind === 'body' ? (cellAlign ?? table.columns[col]?.align ?? 'left') : 'left',
  );
}

function bodyRowHeight(
  doc: Doc,
  table: ReportTable,
  row: ReportTableRow,
  widths: number[],
  left: number,
): number {
  const { font, size } = rowLook(row);
  return rowHeight(doc, bodyCells(table, row, widths, left), font, size);
}

/** Places cells on the column grid; a cell with colSpan takes the width of the columns it covers. */
function layoutCells(
  cells: readonly { text: string; colSpan?: number; align?: Align }[],
  widths: readonly number[],
  left: number,
  alignOf: (col: number, cellAlign: Align | undefined) => Align,
): Cell[] {
  let col = 0;
  let x = left;
  return cells.map((c) => {
    const span = c.colSpan ?? 1;
    const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
    const cell = { text: c.text, x, width, align: alignOf(col, c.align) };
    col += span;
    x += width;
    return cell;
  });
}

function rowHeight(doc: Doc, cells: readonly Cell[], font: string, size: number): number {
  doc.font(font).fontSize(size);
  const heights = cells.map((c) => textHeight(doc, c));
  return Math.max(...heights, doc.currentLineHeight(true)) + 2 * PAD_Y;
}

/**
 * Lines of a cell are measured and set one by one: pdfkit counts a "\n" inside a string as a
 * character of the line before it, which wraps "2025年\n目标" after 2025 in a column it fits.
 */
function textHeight(doc: Doc, c: Cell): number {
  return c.text.split('\n').reduce((h, line) => h + doc.heightOfString(line, cellOptions(c)), 0);
}

function cellOptions(c: Cell) {
  return { width: c.width - 2 * PAD_X, align: c.align, lineGap: LINE_GAP };
}

function drawRow(
  doc: Doc,
  cells: readonly Cell[],
  height: number,
  font: string,
  size: number,
  fill: string | null,
): void {
  const y = doc.y;
  for (const c of cells) {
    if (fill !== null) doc.rect(c.x, y, c.width, height).fill(fill);
    doc.rect(c.x, y, c.width, height).lineWidth(0.6).strokeColor(BORDER).stroke();
    doc.font(font).fontSize(size).fillColor('#000000');
    // Vertically centred, as Word centres these cells.
    let top = y + Math.max(PAD_Y, (height - textHeight(doc, c)) / 2);
    for (const line of c.text.split('\n')) {
      doc.text(line, c.x + PAD_X, top, cellOptions(c));
      top += doc.heightOfString(line, cellOptions(c));
    }
  }
  doc.x = doc.page.margins.left;
  doc.y = y + height;
}
