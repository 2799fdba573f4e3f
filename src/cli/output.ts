/**
 * The one place the CLI turns rows into text: an aligned table for people, JSON and CSV for programs.
 */
import { writeCsvRecords } from '../io/csv/csv-write';
import { displayWidth, fitCell } from './display-width';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Longest display width before the cell is cut (table format only). */
  max?: number;
  align?: 'left' | 'right';
}

export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) =>
    Math.min(c.max ?? 60, Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? '')))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        const width = widths[i] ?? 0;
        if (columns[i]?.align === 'right' && displayWidth(v) <= width) {
          return ' '.repeat(width - displayWidth(v)) + v;
        }
        return fitCell(v, width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join('\n');
}

/**
 * CSV for spreadsheets, through the shared writer: every line of a cell beginning with = + - @ (or tab/CR,
 * full-width or after blanks) gets an apostrophe, so an export can never carry a formula into someone's
 * Excel; plain negative numbers stay numbers.
 */
export function renderCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return writeCsvRecords([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))]);
}

export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Numbers for people: no trailing zeros, at most `digits` decimals, never "NaN". */
export function formatNumber(value: number | null | undefined, digits = 2, empty = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return String(Number(value.toFixed(digits)));
}
