/**
 * Reading a 任务分工方案 back — Lantu's own or an office's, with the layout variations they have:
 * the header on any of the first ten rows, columns in any order and under other names (工作任务,
 * 牵头部门, 责任单位, 配合部门, 完成时间 …), merged category rows (第X章 …, 一、…), a missing 任务编号
 * column, dates as date cells or as text (2025年12月31日, 2025年底, 2025-12-31). Each data row comes back
 * with its row number and the column letters, so results can say "第7行 C列".
 */
import ExcelJS from 'exceljs';
import type { Bilingual } from '../../contracts/issue';
import { restoreCellText } from '../spreadsheet-safety/formula-injection';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { columnLetter } from '../spreadsheet-safety/merged-cells';
import { openXlsxSafely } from '../spreadsheet-safety/open-xlsx';
import { toTableCell } from './cell-value';

export type DivisionColumn = 'serial' | 'text' | 'lead' | 'co' | 'deadline' | 'code';

/** Header words per column, most specific first; a header matches when it contains one of them. */
const headerWords: Record<DivisionColumn, readonly string[]> = {
  code: ['任务编号', '编号'],
  serial: ['序号'],
  lead: ['牵头单位', '牵头部门', '责任单位', '牵头'],
  co: ['配合单位', '配合部门', '协办单位', '配合'],
  deadline: ['完成时限', '完成时间', '时限', '期限'],
  text: ['重点任务', '工作任务', '任务内容', '主要任务', '任务'],
};

export interface DivisionRow {
  row: number;
  category: string | null;
  cells: Partial<Record<DivisionColumn, string>>;
  /** Deadline as YYYY-MM-DD, null when the cell is empty, or the reason it cannot be read. */
  deadline: { kind: 'date'; value: string } | { kind: 'empty' } | { kind: 'error'; message: Bilingual };
  letters: Partial<Record<DivisionColumn, string>>;
}

export interface DivisionSheetRead {
  rows: DivisionRow[];
  /** Problems with the whole sheet (no header, no task column). */
  problems: Bilingual[];
}

function text(value: ExcelJS.CellValue | undefined): string {
  const cell = toTableCell(value);
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return restoreCellText(String(cell)).trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
}

/** 2025年12月31日 / 2025-12-31 / 2025.12.31 / 2025年12月 / 2025年底 / 2025年 / a date cell. */
export function readDeadline(value: ExcelJS.CellValue | undefined): DivisionRow['deadline'] {
  const cell = toTableCell(value);
  if (cell instanceof Date) return { kind: 'date', value: cell.toISOString().slice(0, 10) };
  const raw = cell === null ? '' : String(cell).trim().replace(/\s/g, '');
  if (raw === '') return { kind: 'empty' };
  const full = /^(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/.exec(raw);
  if (full) {
    const day = validDay(Number(full[1]), Number(full[2]), Number(full[3]));
    if (day) return { kind: 'date', value: day };
  }
  const month = /^(\d{4})[年.\-/](\d{1,2})月?(底|末)?$/.exec(raw);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m >= 1 && m <= 12)
      return { kind: 'date', value: `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}` };
  }
  const year = /^(\d{4})年?(底|末|年底|年末)?$/.exec(raw);
  if (year) return { kind: 'date', value: `${year[1]}-12-31` };
  return {
    kind: 'error',
    message: {
      zh: `无法识别完成时限“${raw}”,请写成 2025年12月31日、2025年底 或 2025-12-31`,
      en: `cannot read the deadline "${raw}"; write 2025年12月31日, 2025年底 or 2025-12-31`,
    },
  };
}

function columnFor(header: string, taken: Set<DivisionColumn>): DivisionColumn | null {
  for (const column of ['code', 'serial', 'lead', 'co', 'deadline', 'text'] as const) {
    if (taken.has(column)) continue;
    if (headerWords[column].some((w) => header.includes(w))) return column;
  }
  return null;
}

export async function readTaskDivision(
  bytes: Buffer,
  limits: SpreadsheetLimits = defaultSpreadsheetLimits,
): Promise<DivisionSheetRead> {
  await openXlsxSafely(bytes, limits);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.state === 'visible');
  if (!ws)
    return {
      rows: [],
      problems: [{ zh: '工作簿中没有可见的工作表', en: 'the workbook has no visible sheet' }],
    };
  let headerRow = 0;
  const columnOf = new Map<DivisionColumn, number>();
  for (let r = 1; r <= Math.min(10, ws.rowCount) && headerRow === 0; r += 1) {
    const found = new Map<DivisionColumn, number>();
    const row = ws.getRow(r);
    for (let c = 1; c <= Math.max(row.cellCount, 1); c += 1) {
      const column = columnFor(text(row.getCell(c).value), new Set(found.keys()));
      if (column) found.set(column, c);
    }
    if (found.has('text') && found.has('lead')) {
      headerRow = r;
      for (const [k, v] of found) columnOf.set(k, v);
    }
  }
  if (headerRow === 0) {
    return {
      rows: [],
      problems: [
        {
          zh: '前10行中找不到表头(须有“任务”和“牵头单位”两列)',
          en: 'no header in the first ten rows (a task column and a lead-unit column are needed)',
        },
      ],
    };
  }
  const rows: DivisionRow[] = [];
  let category: string | null = null;
  const textColumn = columnOf.get('text') ?? 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cells: DivisionRow['cells'] = {};
    const letters: DivisionRow['letters'] = {};
    for (const [key, column] of columnOf) {
      if (key !== 'deadline') cells[key] = text(row.getCell(column).value);
      letters[key] = columnLetter(column);
    }
    const values = Array.from({ length: Math.max(row.cellCount, textColumn) }, (_, i) =>
      text(row.getCell(i + 1).value),
    );
    const filled = values.filter((v) => v !== '');
    if (filled.length === 0) continue;
    // A category row: one text across the row (merged, so every cell repeats it) and no serial number.
    if (new Set(filled).size === 1 && !/^\d+$/.test(cells.serial ?? '')) {
      category = filled[0] ?? null;
      continue;
    }
    const deadlineColumn = columnOf.get('deadline');
    rows.push({
      row: r,
      category,
      cells,
      deadline:
        deadlineColumn === undefined ? { kind: 'empty' } : readDeadline(row.getCell(deadlineColumn).value),
      letters,
    });
  }
  return { rows, problems: [] };
}
