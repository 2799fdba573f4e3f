/**
 * A list view → .xlsx, the way an office hands a table to its leaders: a title row, an optional
 * subtitle (as-of date, data set), a red 示例数据 notice when any value is simulated, Chinese headers
 * frozen in place, widths that fit, number formats per column. Text is escaped against formula
 * injection; numbers stay numbers. The lead uses it for the indicator table, the ledger, the audit log.
 */
import ExcelJS from 'exceljs';
import { encodeCellText } from './cell-text';
import { fitWidth } from './column-width';

export type ExportValue = string | number | Date | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportValue;
  /** Excel number format, e.g. `0.00`, `#,##0`, `yyyy-mm-dd`. */
  numFmt?: string;
  /** Width in characters; fitted to the content when absent. */
  width?: number;
}

export interface TableExport<Row> {
  title: string;
  /** Defaults to the title, made legal (31 characters, none of []:*?/\). */
  sheetName?: string;
  subtitle?: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  /** Some values are demo data (示例数据): say so above the table. */
  containsDemo?: boolean;
}

export const demoNotice =
  '注意:本表含示例数据(模拟生成),不是真实统计数据,不得引用 / Contains demo data (simulated), not real statistics';

export function sheetNameOf(text: string): string {
  const cleaned = text
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned || 'Sheet1';
}

function cell(value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return encodeCellText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

function shown(value: ExportValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value);
}

export function buildTableSheet<Row>(wb: ExcelJS.Workbook, spec: TableExport<Row>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetNameOf(spec.sheetName ?? spec.title));
  const width = Math.max(spec.columns.length, 1);
  const banner = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text]);
    row.font = font;
    ws.mergeCells(row.number, 1, row.number, width);
  };
  banner(spec.title, { bold: true, size: 14 });
  if (spec.subtitle) banner(spec.subtitle, { color: { argb: 'FF595959' } });
  if (spec.containsDemo) banner(demoNotice, { bold: true, color: { argb: 'FFC00000' } });

  const header = ws.addRow(spec.columns.map((c) => encodeCellText(c.header)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: header.number }];

  const values = spec.rows.map((row) => spec.columns.map((c) => c.value(row)));
  for (const line of values) ws.addRow(line.map(cell));
  spec.columns.forEach((column, i) => {
    const col = ws.getColumn(i + 1);
    col.width = column.width ?? fitWidth([column.header, ...values.slice(0, 5000).map((v) => shown(v[i]))]);
    if (column.numFmt) col.numFmt = column.numFmt;
    else if (values.some((v) => v[i] instanceof Date)) col.numFmt = 'yyyy-mm-dd';
  });
  return ws;
}

export async function writeTableXlsx<Row>(spec: TableExport<Row>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lantu 蓝图';
  buildTableSheet(wb, spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
