/**
 * Report tables in Word: fixed layout on the 156 mm text width, 五号 仿宋_GB2312, single borders, the
 * header row repeated on every page (w:tblHeader), rows never split, an indicator row kept on the
 * page of its explanation row, and short tables kept whole (keep-with-next on their rows).
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, ReportTable, ReportTableRow } from '../report-model/report-model';
import { fonts, size, styleIds, textWidthTwips } from './docx-styles';
import { type Look, runs } from './docx-text';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};
const margins = { top: 30, bottom: 30, left: 50, right: 50 };

/** Tables of at most this many rows are kept on one page. */
const SHORT_TABLE_ROWS = 10;

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export function reportTable(table: ReportTable): (Paragraph | Table)[] {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = scaledWidths(table.columns.map((c) => c.width / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) =>
      cell(c.header, widths[i] ?? 0, 1, 'center', { font: fonts.hei, size: size.table }, 'E9EDF2', false),
    ),
  });
  const short = table.rows.length <= SHORT_TABLE_ROWS;
  const rows = table.rows.map((row, i) =>
    bodyRow(table, row, widths, (short && i < table.rows.length - 1) || keepsNext(table.rows, i)),
  );
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      style: styleIds.caption,
      children: runs(table.caption, { font: fonts.hei, size: size.four }),
    }),
    new Table({
      width: { size: textWidthTwips, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      margins,
      rows: [header, ...rows],
    }),
  ];
  if (table.note !== undefined) {
    out.push(
      new Paragraph({
        style: styleIds.note,
        children: runs(table.note, { font: fonts.fang, size: size.small }),
      }),
    );
  }
  return out;
}

/** A group heading stays with the indicator under it; an indicator row with its explanation. */
function keepsNext(rows: readonly ReportTableRow[], i: number): boolean {
  const next = rows[i + 1];
  return next !== undefined && (rows[i]?.kind === 'group' || next.kind === 'note');
}

function bodyRow(
  table: ReportTable,
  row: ReportTableRow,
  widths: readonly number[],
  keepNext: boolean,
): TableRow {
  let col = 0;
  const look: Look =
    row.kind === 'group'
      ? { font: fonts.hei, size: size.table }
      : row.kind === 'note'
        ? { font: fonts.fang, size: size.small, color: '333333' }
        : { font: fonts.fang, size: size.table };
  const children = row.cells.map((c) => {
    const span = c.colSpan ?? 1;
    const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
    const align = row.kind === 'body' ? (c.align ?? table.columns[col]?.align ?? 'left') : 'left';
    col += span;
    return cell(c.text, width, span, align, look, row.kind === 'group' ? 'F4F4F4' : null, keepNext);
  });
  return new TableRow({ cantSplit: true, children });
}

function cell(
  text: string,
  width: number,
  span: number,
  align: Align,
  look: Look,
  fill: string | null,
  keepNext: boolean,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span,
    verticalAlign: VerticalAlignTable.CENTER,
    ...(fill === null ? {} : { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } }),
    children: [
      new Paragraph({
        style: styleIds.tableText,
        alignment: alignments[align],
        keepNext,
        children: runs(text, look),
      }),
    ],
  });
}

/** Column widths in twips summing exactly to the text width (the last column takes the rounding). */
function scaledWidths(shares: readonly number[]): number[] {
  const widths = shares.map((s) => Math.floor(s * textWidthTwips));
  const rest = textWidthTwips - widths.reduce((s, w) => s + w, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
