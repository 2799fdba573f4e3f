/**
 * Reading a filled reporting template back: which round and unit it belongs to (the hidden sheet),
 * and each data row's cells by column header — so a reporter who moved a column loses nothing.
 * The file passes the spreadsheet safety gate before ExcelJS sees it.
 */
import ExcelJS from 'exceljs';
import type { InputIssue } from '../../contracts/issue';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { openXlsxSafely } from '../spreadsheet-safety/open-xlsx';
import type { TableCell } from '../table/table-row';
import { toTableCell } from './cell-value';
import {
  identitySheet,
  type TemplateColumnKey,
  type TemplateIdentity,
  templateColumns,
  templateFormat,
  templateSheet,
} from './report-template';

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

function readIdentity(wb: ExcelJS.Workbook): TemplateIdentity | null {
  const ws = wb.getWorksheet(identitySheet);
  if (!ws) return null;
  const values = new Map<string, string>();
  ws.eachRow((row) => values.set(String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')));
  const round = Number(values.get('round'));
  if (values.get('format') !== templateFormat || !Number.isInteger(round) || !values.get('plan')) return null;
  return {
    plan: values.get('plan') ?? '',
    round,
    unit: values.get('unit') || null,
    generatedAt: values.get('generatedAt') ?? '',
  };
}

export async function readReportTemplate(
  bytes: Buffer,
  limits: SpreadsheetLimits = defaultSpreadsheetLimits,
): Promise<TemplateUpload> {
  await openXlsxSafely(bytes, limits);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const identity = readIdentity(wb);
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
  const ws = wb.getWorksheet(templateSheet);
  if (!ws) {
    const names = wb.worksheets
      .filter((w) => w.state === 'visible')
      .map((w) => w.name)
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
  let headerRow = 0;
  ws.eachRow((row, number) => {
    if (
      headerRow === 0 &&
      row.values &&
      (row.values as unknown[]).some((v) => String(v ?? '').trim() === '填报编号')
    )
      headerRow = number;
  });
  if (headerRow === 0) {
    issues.push(
      issue('column_missing', '缺少“填报编号”列', 'the column 填报编号 (report id) is missing', '填报编号'),
    );
    return { identity, rows: [], issues };
  }
  const columnOf = new Map<TemplateColumnKey, number>();
  ws.getRow(headerRow).eachCell((cell, column) => {
    const found = templateColumns.find((c) => c.header === String(cell.value ?? '').trim());
    if (found) columnOf.set(found.key, column);
  });
  for (const required of ['reportId', 'value'] as const) {
    if (!columnOf.has(required)) {
      const header = templateColumns.find((c) => c.key === required)?.header ?? required;
      issues.push(issue('column_missing', `缺少“${header}”列`, `the column ${header} is missing`, header));
    }
  }
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const rows: TemplateUploadRow[] = [];
  ws.eachRow((row, number) => {
    if (number <= headerRow) return;
    const cells: TemplateUploadRow['cells'] = {};
    const letters: TemplateUploadRow['letters'] = {};
    for (const [key, column] of columnOf) {
      cells[key] = toTableCell(row.getCell(column).value ?? undefined);
      letters[key] = letter(column);
    }
    if (Object.values(cells).every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    rows.push({ row: number, cells, letters });
  });
  for (const range of merges) {
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
  return { identity, rows, issues };
}
