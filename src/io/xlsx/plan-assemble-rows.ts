/**
 * The building blocks of assembling plan-workbook rows into package JSON: picking present cells,
 * null groups, provenance and investment objects, and an Assembler that records in the locator where
 * each value came from.
 */
import type { InputIssue } from '../../contracts/issue';
import type { KeyedRow, Scalar, SheetRead } from './plan-sheet-read';
import { type CellRef, type JsonPath, rowItem, type WorkbookLocator } from './plan-workbook-locator';

export type Json = Record<string, unknown>;

/** Leaves out absent values, so an empty optional cell is a missing field, not `undefined`. */
export function pick(row: KeyedRow, keys: Record<string, string>): Json {
  const out: Json = {};
  for (const [field, key] of Object.entries(keys)) {
    const value = row.values.get(key);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

export function has(row: KeyedRow, prefix: string): boolean {
  for (const key of row.values.keys()) if (key.startsWith(prefix)) return true;
  return false;
}

export function orNull(row: KeyedRow, key: string): Scalar | null {
  return row.values.get(key) ?? null;
}

export function provenance(row: KeyedRow, prefix = 'provenance.'): Json | undefined {
  if (!has(row, prefix)) return undefined;
  return pick(row, { ref: `${prefix}ref`, quote: `${prefix}quote`, note: `${prefix}note` });
}

export function investment(row: KeyedRow): Json | null {
  if (!has(row, 'investment.')) return null;
  return pick(row, {
    value: 'investment.value',
    unit: 'investment.unit',
    comparator: 'investment.comparator',
    text: 'investment.text',
  });
}

export class Assembler {
  readonly issues: InputIssue[] = [];

  constructor(
    private readonly sheets: Map<string, SheetRead>,
    private readonly locator: WorkbookLocator,
  ) {}

  rows(sheet: string): KeyedRow[] {
    return this.sheets.get(sheet)?.rows ?? [];
  }

  /** Records the row and each of its cells under `base`; `pathOf` turns a column key into a path. */
  record(
    file: string,
    base: JsonPath,
    row: KeyedRow,
    pathOf: (key: string) => JsonPath = (k) => k.split('.'),
  ): void {
    const first = row.refs.values().next().value;
    if (first) this.locator.record(file, base, { sheet: first.sheet, row: first.row, column: null });
    for (const [key, ref] of row.refs) this.locator.record(file, [...base, ...pathOf(key)], ref);
  }

  unknown(ref: CellRef | undefined, zh: string, en: string): void {
    this.issues.push({
      file: ref?.sheet ?? '',
      item: ref?.row ? rowItem(ref.row) : null,
      field: ref?.column ?? null,
      code: 'unknown_reference',
      severity: 'error',
      message: { zh, en },
    });
  }
}
