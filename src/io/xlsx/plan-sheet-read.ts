/**
 * Reads one sheet of the plan workbook into keyed rows: columns are found by the key in row 2 (or, if
 * that row was deleted, by the Chinese header in row 1), so they may be in any order. Every value
 * keeps the cell it came from. Blank rows are skipped; unreadable cells and merged data cells become
 * issues at their cell.
 */
import type ExcelJS from 'exceljs';
import type { InputIssue } from '../../contracts/issue';
import { halfWidth } from '../numbers/half-width';
import { columnLetter, mergedCellsMessage, mergesInDataRows } from '../spreadsheet-safety/merged-cells';
import { readCell } from './cell-read';
import { toTableCell } from './cell-value';
import { type MetaField, metaColumns, metaFields } from './plan-meta-fields';
import type { CellKind, ColumnSpec, SheetSpec } from './plan-sheet-specs';
import { type CellRef, rowItem } from './plan-workbook-locator';

export type Scalar = string | number | boolean;

export interface KeyedRow {
  row: number;
  values: Map<string, Scalar>;
  /** For every key of the sheet, the cell it lives in (or a marker that the column is missing). */
  refs: Map<string, CellRef>;
}

export interface SheetRead {
  rows: KeyedRow[];
  issues: InputIssue[];
}

function headerKey(text: string): string {
  return halfWidth(text).replace(/\s+/g, '').toLowerCase();
}

function cellText(ws: ExcelJS.Worksheet, row: number, column: number): string {
  const value = toTableCell(ws.getRow(row).getCell(column).value);
  return value === null ? '' : String(value).trim();
}

function columnRef(sheet: string, row: number, header: string, column: number): CellRef {
  return { sheet, row, column: `${header} (${columnLetter(column)})` };
}

function issue(
  sheet: string,
  row: number | null,
  field: string | null,
  code: string,
  severity: 'error' | 'warning',
  zh: string,
  en: string,
): InputIssue {
  return {
    file: sheet,
    item: row === null ? null : rowItem(row),
    field,
    code,
    severity,
    message: { zh, en },
  };
}

interface HeaderMap {
  /** 1-based column → its spec. */
  columns: Map<number, { key: string; zh: string; kind: CellKind }>;
  dataStart: number;
  issues: InputIssue[];
}

function mapHeader(
  ws: ExcelJS.Worksheet,
  specs: readonly { key: string; zh: string; kind: CellKind }[],
): HeaderMap {
  const byKey = new Map(specs.map((c) => [c.key, c]));
  const byZh = new Map(specs.map((c) => [headerKey(c.zh), c]));
  const width = Math.max(ws.columnCount, ws.actualColumnCount);
  const keyRow = Array.from({ length: width }, (_, i) => byKey.has(cellText(ws, 2, i + 1))).some(Boolean);
  const out: HeaderMap = { columns: new Map(), dataStart: keyRow ? 3 : 2, issues: [] };
  const used = new Map<string, number>();
  const ignored: string[] = [];
  for (let c = 1; c <= width; c++) {
    const spec = byKey.get(cellText(ws, 2, c)) ?? byZh.get(headerKey(cellText(ws, 1, c)));
    if (!spec) {
      const header = cellText(ws, 1, c) || cellText(ws, 2, c);
      if (header) ignored.push(`${header} (${columnLetter(c)})`);
      continue;
    }
    const earlier = used.get(spec.key);
    if (earlier !== undefined) {
      out.issues.push(
        issue(
          ws.name,
          1,
          `${spec.zh} (${columnLetter(c)})`,
          'column_duplicate',
          'error',
          `“${spec.zh}”列出现两次(${columnLetter(earlier)} 列和 ${columnLetter(c)} 列),请删除其中一列`,
          `the column "${spec.zh}" (${spec.key}) appears twice (${columnLetter(earlier)} and ${columnLetter(c)}); delete one`,
        ),
      );
      continue;
    }
    used.set(spec.key, c);
    out.columns.set(c, spec);
  }
  if (ignored.length > 0) {
    out.issues.push(
      issue(
        ws.name,
        1,
        null,
        'column_ignored',
        'warning',
        `未识别的列已忽略:${ignored.join('、')}`,
        `unrecognised columns were ignored: ${ignored.join(', ')}`,
      ),
    );
  }
  return out;
}

function mergeIssues(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  header: (column: number) => string,
): InputIssue[] {
  return mergesInDataRows(ws.model.merges ?? [], headerRow).map((range) => ({
    file: ws.name,
    item: rowItem(Math.max(range.top, headerRow + 1)),
    field: `${header(range.left)} (${columnLetter(range.left)})`,
    code: 'merged_cells',
    severity: 'error' as const,
    message: mergedCellsMessage(range),
  }));
}

export function readTabularSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): SheetRead {
  const header = mapHeader(ws, spec.columns);
  const headerOf = (c: number) => header.columns.get(c)?.zh ?? cellText(ws, 1, c);
  const issues = [...header.issues, ...mergeIssues(ws, header.dataStart - 1, headerOf)];
  const present = new Set([...header.columns.values()].map((c) => c.key));
  const missing = spec.columns.filter((c: ColumnSpec) => !present.has(c.key));
  const rows: KeyedRow[] = [];
  for (let r = header.dataStart; r <= ws.rowCount; r++) {
    const values = new Map<string, Scalar>();
    const refs = new Map<string, CellRef>();
    let blank = true;
    const rowIssues: InputIssue[] = [];
    for (const [c, column] of header.columns) {
      const ref = columnRef(ws.name, r, column.zh, c);
      refs.set(column.key, ref);
      const read = readCell(column.kind, toTableCell(ws.getRow(r).getCell(c).value));
      if (read.kind === 'empty') continue;
      blank = false;
      if (read.kind === 'value') values.set(column.key, read.value);
      else
        rowIssues.push({
          file: ws.name,
          item: rowItem(r),
          field: ref.column,
          code: 'cell_invalid',
          severity: 'error',
          message: read.message,
        });
    }
    if (blank) continue;
    for (const column of missing) {
      refs.set(column.key, {
        sheet: ws.name,
        row: r,
        column: `${column.zh}(缺少此列 / column missing)`,
        missing: column.zh,
      });
    }
    issues.push(...rowIssues);
    rows.push({ row: r, values, refs });
  }
  return { rows, issues };
}

export interface MetaRead {
  values: Map<string, Scalar>;
  refs: Map<string, CellRef>;
  issues: InputIssue[];
}

/** 规划信息: one field per row, found by its key (or its Chinese label), the value in the 值 column. */
export function readMetaSheet(ws: ExcelJS.Worksheet): MetaRead {
  const layout = mapHeader(
    ws,
    metaColumns.map((c) => ({ ...c, kind: { type: 'text' } as const })),
  );
  const columnOf = (key: string) => [...layout.columns].find(([, c]) => c.key === key)?.[0];
  const keyColumn = columnOf('key') ?? 2;
  const labelColumn = columnOf('label') ?? 1;
  const valueColumn = columnOf('value') ?? 3;
  const byKey = new Map(metaFields.map((f) => [f.key, f]));
  const byLabel = new Map(metaFields.map((f) => [headerKey(f.zh), f]));
  const headerOf = (c: number) => layout.columns.get(c)?.zh ?? cellText(ws, 1, c);
  const out: MetaRead = {
    values: new Map(),
    refs: new Map(),
    issues: mergeIssues(ws, layout.dataStart - 1, headerOf),
  };
  const seen = new Map<string, number>();
  for (let r = layout.dataStart; r <= ws.rowCount; r++) {
    const keyText = cellText(ws, r, keyColumn);
    const field: MetaField | undefined =
      byKey.get(keyText) ?? byLabel.get(headerKey(cellText(ws, r, labelColumn)));
    const raw = toTableCell(ws.getRow(r).getCell(valueColumn).value);
    if (!field) {
      if (keyText || raw !== null) {
        out.issues.push(
          issue(
            ws.name,
            r,
            null,
            'field_unknown',
            'warning',
            `未知字段「${keyText || cellText(ws, r, labelColumn)}」,已忽略`,
            `unknown field "${keyText}" was ignored`,
          ),
        );
      }
      continue;
    }
    const ref = columnRef(ws.name, r, field.zh, valueColumn);
    const earlier = seen.get(field.key);
    if (earlier !== undefined) {
      out.issues.push(
        issue(
          ws.name,
          r,
          ref.column,
          'field_duplicate',
          'error',
          `字段「${field.zh}」重复(第${earlier}行已有)`,
          `field "${field.key}" repeats row ${earlier}`,
        ),
      );
      continue;
    }
    seen.set(field.key, r);
    out.refs.set(field.key, ref);
    const read = readCell(field.kind, raw);
    if (read.kind === 'value') out.values.set(field.key, read.value);
    if (read.kind === 'error') {
      out.issues.push({
        file: ws.name,
        item: rowItem(r),
        field: ref.column,
        code: 'cell_invalid',
        severity: 'error',
        message: read.message,
      });
    }
  }
  for (const field of metaFields) {
    if (!out.refs.has(field.key)) {
      out.refs.set(field.key, {
        sheet: ws.name,
        row: null,
        column: `${field.zh}(缺少此行 / row missing)`,
        missing: field.zh,
      });
    }
  }
  return out;
}
