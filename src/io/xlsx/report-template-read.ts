/**
 * Reading a filled reporting template back: which round and unit it belongs to (the hidden sheet),
 * and each data row's cells by column header — so a reporter who moved a column loses nothing.
 * The file passes the spreadsheet safety gate, then ExcelJS's streaming reader reads it row by row
 * under the limits of what a template can contain (report-template-limits): a sheet, row or column
 * beyond them is refused as soon as the reader meets it, so no upload is ever a whole workbook in memory.
 */
import ExcelJS from 'exceljs';
import type { InputIssue } from '../../contracts/issue';
import { openXlsxSafely } from '../spreadsheet-safety/open-xlsx';
import { SpreadsheetRefusal } from '../spreadsheet-safety/spreadsheet-refusal';
import type { TableCell } from '../table/table-row';
import { workbookByteStream } from './byte-stream';
import { decodeOoxmlEscapes, toTableCell } from './cell-value';
import {
  identitySheet,
  type TemplateColumnKey,
  type TemplateIdentity,
  templateColumns,
  templateFormat,
  templateSheet,
} from './report-template';
import { type TemplateLimits, tooManyColumns, tooManyRows, tooManySheets } from './report-template-limits';
import { scanSheetPart } from './sheet-part-scan';
import { listSheetParts } from './workbook-parts';

export interface TemplateUploadRow {
  /** The row number a person sees in Excel. */
  row: number;
  cells: Partial<Record<TemplateColumnKey, TableCell>>;
  /** Column letter of each key, for messages ("第5行 J列"). */
  letters: Partial<Record<TemplateColumnKey, string>>;
}

export interface TemplateUpload {
  identity: TemplateIdentity | null;
  rows: TemplateUploadRow[];
  issues: InputIssue[];
}

interface StoredRow {
  number: number;
  cells: TableCell[];
}

function issue(code: string, zh: string, en: string, field: string | null = null): InputIssue {
  return { file: templateSheet, item: null, field, code, severity: 'error', message: { zh, en } };
}

function letter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Cells from column 1; ExcelJS's `values[0]` is unused and empty cells are holes. */
function rowCells(values: ExcelJS.Row['values']): TableCell[] {
  if (!Array.isArray(values)) return [];
  return Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => {
    const cell = toTableCell(values[i + 1]);
    return typeof cell === 'string' ? decodeOoxmlEscapes(cell) : cell;
  });
}

function text(cell: TableCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** The two sheets the template reads, stream-read under the limits; other sheets are only counted. */
async function readSheets(bytes: Buffer, limits: TemplateLimits): Promise<Map<string, StoredRow[]>> {
  const wanted = new Map<string, StoredRow[]>([
    [templateSheet, []],
    [identitySheet, []],
  ]);
  const input = workbookByteStream(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      // The reader sets `name` from workbook.xml; ExcelJS's typings leave it out of WorksheetReader.
      const name = (worksheet as unknown as { name?: string }).name ?? '';
      const keep = wanted.get(name);
      let count = 0;
      for await (const row of worksheet) {
        count += 1;
        if (count > limits.maxRows) {
          throw new SpreadsheetRefusal('template_too_many_rows', tooManyRows(name, row.number, limits));
        }
        const values = Array.isArray(row.values) ? row.values : [];
        if (values.length - 1 > limits.maxColumns) {
          throw new SpreadsheetRefusal(
            'template_too_many_columns',
            tooManyColumns(name, row.number, values.length - 1, limits),
          );
        }
        keep?.push({ number: row.number, cells: rowCells(row.values) });
      }
    }
  } finally {
    // A refusal leaves the unzip stream mid-entry; close it so nothing is left reading.
    input.destroy();
  }
  return wanted;
}

function readIdentity(rows: readonly StoredRow[]): TemplateIdentity | null {
  const values = new Map(rows.map((r) => [text(r.cells[0]), text(r.cells[1])]));
  const round = Number(values.get('round'));
  if (values.get('format') !== templateFormat || !Number.isInteger(round) || !values.get('plan')) return null;
  return {
    plan: values.get('plan') ?? '',
    round,
    unit: values.get('unit') || null,
    generatedAt: values.get('generatedAt') ?? '',
  };
}

function dataRows(rows: readonly StoredRow[], headerIndex: number, columnOf: Map<TemplateColumnKey, number>) {
  const out: TemplateUploadRow[] = [];
  for (const stored of rows.slice(headerIndex + 1)) {
    const cells: TemplateUploadRow['cells'] = {};
    const letters: TemplateUploadRow['letters'] = {};
    for (const [key, column] of columnOf) {
      cells[key] = stored.cells[column - 1] ?? null;
      letters[key] = letter(column);
    }
    if (Object.values(cells).every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    out.push({ row: stored.number, cells, letters });
  }
  return out;
}

export async function readReportTemplate(bytes: Buffer, limits: TemplateLimits): Promise<TemplateUpload> {
  const archive = await openXlsxSafely(bytes, limits.spreadsheet);
  const parts = await listSheetParts(archive);
  if (parts.length > limits.maxSheets) {
    const names = parts.map((p) => p.name).join('、');
    throw new SpreadsheetRefusal('template_too_many_sheets', tooManySheets(parts.length, names, limits));
  }
  const sheets = await readSheets(bytes, limits);
  const identity = readIdentity(sheets.get(identitySheet) ?? []);
  const issues: InputIssue[] = [];
  if (!identity) {
    issues.push(
      issue(
        'template_identity_missing',
        '这不是本系统生成的填报模板(缺少识别信息);请在“填报”页面下载本轮模板后填写',
        'this is not a Lantu reporting template (its identification is missing); download the round’s template and fill that in',
      ),
    );
  }
  const part = parts.find((p) => p.name === templateSheet);
  if (!part) {
    const names = parts
      .filter((p) => !p.hidden)
      .map((p) => p.name)
      .join('、');
    issues.push(
      issue(
        'sheet_not_found',
        `找不到工作表「${templateSheet}」;本文件的工作表有:${names}`,
        `there is no sheet "${templateSheet}"; the file has: ${names}`,
      ),
    );
    return { identity, rows: [], issues };
  }
  // The header row is the one holding 填报编号; templates put it on row 3, people sometimes insert rows.
  const rows = sheets.get(templateSheet) ?? [];
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => text(c) === '填报编号'));
  if (headerIndex < 0) {
    issues.push(
      issue('column_missing', '缺少“填报编号”列', 'the column 填报编号 (report id) is missing', '填报编号'),
    );
    return { identity, rows: [], issues };
  }
  const columnOf = new Map<TemplateColumnKey, number>();
  rows[headerIndex]?.cells.forEach((cell, i) => {
    const found = templateColumns.find((c) => c.header === text(cell));
    if (found) columnOf.set(found.key, i + 1);
  });
  for (const required of ['reportId', 'value'] as const) {
    if (!columnOf.has(required)) {
      const header = templateColumns.find((c) => c.key === required)?.header ?? required;
      issues.push(issue('column_missing', `缺少“${header}”列`, `the column ${header} is missing`, header));
    }
  }
  const headerRow = rows[headerIndex]?.number ?? 0;
  // ExcelJS's streaming reader skips <mergeCell>; the part scan finds them.
  for (const range of (await scanSheetPart(archive, part.part)).merges) {
    const first = Number(/\d+/.exec(range)?.[0] ?? 0);
    if (first > headerRow) {
      issues.push(
        issue(
          'merged_cells',
          `数据区有合并单元格 ${range},请取消合并后再上传`,
          `merged cells ${range} in the data; unmerge them and upload again`,
          range,
        ),
      );
    }
  }
  return { identity, rows: dataRows(rows, headerIndex, columnOf), issues };
}
