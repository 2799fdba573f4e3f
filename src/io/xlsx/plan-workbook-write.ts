/**
 * A plan package → one .xlsx: 说明, 规划信息, then one sheet per list (plan-sheet-specs.ts). Row 1 holds
 * Chinese headers, row 2 the keys the reader maps by; both are frozen with the first column. Enum and
 * yes/no columns get dropdowns, text columns the text format, widths fit the content. With no package
 * the same layout is the empty template.
 */
import ExcelJS from 'exceljs';
import type { PlanPackage } from '../../contracts/plan-package';
import { cellValue, isTextKind, validationFor } from './cell-write';
import { fitWidth } from './column-width';
import { addGuideSheet } from './plan-guide-sheet';
import { metaColumns, metaFields, metaSheetName } from './plan-meta-fields';
import { type SheetSpec, tabularSheets } from './plan-sheet-specs';
import { type FlatRow, type FlatWorkbook, flattenPlan } from './plan-workbook-flatten';

/** Dropdowns reach this many rows below the data, so a person can add rows and still pick from a list. */
const spareRows = 200;
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const keyFont: Partial<ExcelJS.Font> = { color: { argb: 'FF808080' }, italic: true, size: 9 };

function styleHeaderRows(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = headerFill;
  ws.getRow(2).font = keyFont;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
}

function addMetaSheet(wb: ExcelJS.Workbook, meta: FlatWorkbook['meta']): void {
  const ws = wb.addWorksheet(metaSheetName);
  ws.addRow(metaColumns.map((c) => c.zh));
  ws.addRow(metaColumns.map((c) => c.key));
  for (const field of metaFields) {
    const row = ws.addRow([
      field.zh,
      field.key,
      cellValue(field.kind, meta.get(field.key)),
      field.hint ?? null,
    ]);
    const value = row.getCell(3);
    if (isTextKind(field.kind)) value.numFmt = '@';
    const validation = validationFor(field.kind);
    if (validation) value.dataValidation = validation;
  }
  metaColumns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  styleHeaderRows(ws);
}

function addTabularSheet(
  wb: ExcelJS.Workbook,
  spec: SheetSpec,
  rows: readonly FlatRow[],
  template: boolean,
): void {
  const ws = wb.addWorksheet(spec.name);
  ws.addRow(spec.columns.map((c) => c.zh));
  ws.addRow(spec.columns.map((c) => c.key));
  for (const data of rows) ws.addRow(spec.columns.map((c) => cellValue(c.kind, data[c.key])));
  const lastRow = 2 + rows.length + spareRows;
  spec.columns.forEach((column, index) => {
    const col = ws.getColumn(index + 1);
    col.width = template
      ? column.width
      : fitWidth([column.zh, column.key, ...rows.slice(0, 2000).map((r) => String(r[column.key] ?? ''))]);
    if (isTextKind(column.kind)) col.numFmt = '@';
    if (column.hint) ws.getCell(1, index + 1).note = column.hint;
    const validation = validationFor(column.kind);
    if (validation) {
      for (let r = 3; r <= lastRow; r++) ws.getCell(r, index + 1).dataValidation = validation;
    }
  });
  styleHeaderRows(ws);
}

function buildWorkbook(flat: FlatWorkbook, template: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lantu 蓝图';
  addGuideSheet(wb, tabularSheets);
  addMetaSheet(wb, flat.meta);
  for (const spec of tabularSheets) addTabularSheet(wb, spec, flat.sheets.get(spec.name) ?? [], template);
  return wb;
}

export async function writePlanWorkbook(pkg: PlanPackage): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(flattenPlan(pkg), false).xlsx.writeBuffer());
}

/** The empty plan workbook: headers, keys, dropdowns, instructions; only the format version is filled. */
export async function writePlanTemplate(): Promise<Buffer> {
  const flat: FlatWorkbook = { meta: new Map([['formatVersion', 1]]), sheets: new Map() };
  return Buffer.from(await buildWorkbook(flat, true).xlsx.writeBuffer());
}
