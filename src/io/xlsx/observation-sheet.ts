/**
 * One worksheet of an uploaded .xlsx as table rows, streamed with ExcelJS's WorkbookReader so a
 * 100,000-row sheet is never a whole workbook in memory. The file passes the safety gate first; the
 * sheet is the one named, or the first visible tab; its merged ranges are read before the rows so the
 * importer can refuse merged data cells as it meets them.
 */
import ExcelJS from 'exceljs';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { openXlsxSafely } from '../spreadsheet-safety/open-xlsx';
import { refuse } from '../spreadsheet-safety/spreadsheet-refusal';
import type { TableCell, TableRow } from '../table/table-row';
import { workbookByteStream } from './byte-stream';
import { decodeOoxmlEscapes, toTableCell } from './cell-value';
import { scanSheetPart } from './sheet-part-scan';
import { listSheetParts, type SheetPart } from './workbook-parts';

export interface SheetTable {
  /** The sheet read. */
  sheet: string;
  /** Every tab, in order. */
  sheets: string[];
  /** Merged ranges of the sheet, e.g. `B5:B7`. */
  merges: string[];
  /** Rows stored in the sheet, for a progress bar. */
  estimatedRows: number;
  rows: AsyncIterable<TableRow>;
}

function chooseSheet(parts: readonly SheetPart[], wanted: string | undefined): SheetPart {
  const names = parts.map((p) => p.name).join('、');
  if (wanted !== undefined) {
    const found = parts.find((p) => p.name === wanted) ?? parts.find((p) => p.name.trim() === wanted.trim());
    if (found) return found;
    refuse(
      'sheet_not_found',
      `工作表「${wanted}」不存在;本工作簿的工作表有:${names}`,
      `there is no sheet "${wanted}"; the workbook has: ${names}`,
    );
  }
  const first = parts.find((p) => !p.hidden) ?? parts[0];
  if (!first) refuse('sheet_not_found', '工作簿中没有工作表', 'the workbook has no sheets');
  return first;
}

export async function readObservationSheet(
  bytes: Buffer,
  options: { sheet?: string; limits?: SpreadsheetLimits } = {},
): Promise<SheetTable> {
  const archive = await openXlsxSafely(bytes, options.limits ?? defaultSpreadsheetLimits);
  const parts = await listSheetParts(archive);
  const chosen = chooseSheet(parts, options.sheet);
  const facts = await scanSheetPart(archive, chosen.part);
  return {
    sheet: chosen.name,
    sheets: parts.map((p) => p.name),
    merges: facts.merges,
    estimatedRows: facts.rows,
    rows: streamRows(bytes, chosen.name),
  };
}

async function* streamRows(bytes: Buffer, sheetName: string): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(workbookByteStream(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from numbers, so a real date arrives as a Date.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    // The reader sets `name` from workbook.xml; ExcelJS's typings leave it out of WorksheetReader.
    const isTarget = (worksheet as unknown as { name?: string }).name === sheetName;
    for await (const row of worksheet) {
      if (!isTarget) continue;
      yield { row: row.number, cells: rowCells(row.values), problems: [] };
    }
    if (isTarget) return;
  }
}

function rowCells(values: ExcelJS.Row['values']): TableCell[] {
  if (!Array.isArray(values)) return [];
  // values[0] is unused: ExcelJS numbers columns from 1, and leaves holes for empty cells.
  return Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => {
    const cell = toTableCell(values[i + 1]);
    return typeof cell === 'string' ? decodeOoxmlEscapes(cell) : cell;
  });
}
