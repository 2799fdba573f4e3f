/**
 * One value into one cell, by the column's kind: text escaped (cell-text.ts), enums as their Chinese
 * word, booleans as 是/否, numbers as numbers. Shared by the plan workbook and the template.
 */
import type ExcelJS from 'exceljs';
import { encodeCellText } from './cell-text';
import { labelOf, no, yes } from './enum-labels';
import type { CellKind } from './plan-sheet-specs';
import type { FlatValue } from './plan-workbook-flatten';

export function cellValue(kind: CellKind, value: FlatValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? yes : no;
  if (kind.type === 'enum') return encodeCellText(labelOf(kind.labels, value));
  return encodeCellText(value);
}

/** Text-like columns are formatted as text (@), so Excel keeps 2023-09 and 01 as typed. */
export function isTextKind(kind: CellKind): boolean {
  return kind.type === 'text' || kind.type === 'code' || kind.type === 'period' || kind.type === 'date';
}

/** A dropdown for enum and yes/no columns; typing something else is still possible, and the reader says why it is wrong. */
export function validationFor(kind: CellKind): ExcelJS.DataValidation | null {
  const options =
    kind.type === 'enum' ? Object.values(kind.labels) : kind.type === 'boolean' ? [yes, no] : null;
  if (!options) return null;
  return {
    type: 'list',
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`"${options.join(',')}"`],
  };
}
