/**
 * A row of a plain table as read from CSV or a worksheet, before anything knows what its columns
 * mean. Row numbers are the ones a person sees in Excel or WPS: the first row is 1, and a CSV record
 * with a line break inside quotes is still one row.
 */
import type { Bilingual } from '../../contracts/issue';

export type TableCell = string | number | boolean | Date | null;

/** A problem the reader itself found in one cell: a quote never closed, a cell too long, a merged block. */
export interface CellProblem {
  /** 1-based column (A = 1). */
  column: number;
  code: string;
  message: Bilingual;
}

export interface TableRow {
  row: number;
  /** cells[0] is column A. */
  cells: TableCell[];
  problems: CellProblem[];
}

export function isBlankRow(row: TableRow): boolean {
  return row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}
