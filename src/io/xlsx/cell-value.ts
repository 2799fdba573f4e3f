/**
 * ExcelJS cell values (rich text, formulas with cached results, hyperlinks, error values) reduced to
 * the plain cells an importer reads: text, number, boolean, date or empty.
 */
import type { CellValue } from 'exceljs';
import type { TableCell } from '../table/table-row';

/** OOXML writes characters XML cannot carry as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
export function decodeOoxmlEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function toTableCell(value: CellValue | undefined): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (!isRecord(value)) return String(value);
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRecord(run) ? String(run.text ?? '') : '')).join('');
  }
  if ('result' in value) return toTableCell(value.result as CellValue | undefined);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if (typeof value.error === 'string') return value.error;
  if ('text' in value) return toTableCell(value.text as CellValue | undefined);
  return null;
}
