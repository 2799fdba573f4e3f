/**
 * Where each value of a package read from a workbook came from, so that a problem found later — by a
 * zod schema (path `indicators[3].target.year`) or by a cross-file rule (file indicators.json, item
 * T04, field target.year) — is reported at its sheet, row and column, the way a person finds it.
 */
import type { InputIssue } from '../../contracts/issue';

export interface CellRef {
  sheet: string;
  /** Spreadsheet row (1-based); null for a sheet-level problem. */
  row: number | null;
  /** Column label, e.g. `目标年 (N)`; null for a whole row. */
  column: string | null;
  /** Set when the column (or 规划信息 row) is absent: its Chinese name. Problems there are reported once. */
  missing?: string;
}

export type JsonPath = readonly PropertyKey[];

function key(file: string, path: JsonPath): string {
  return `${file}|${path.map(String).join('.')}`;
}

export function rowItem(row: number): string {
  return `第${row}行 / row ${row}`;
}

export class WorkbookLocator {
  private readonly cells = new Map<string, CellRef>();
  /** For a path with no cell of its own (`target`), the first cell recorded under it (`target.year`). */
  private readonly firstUnder = new Map<string, CellRef>();
  /** Item names the rules use (a code, `T01@2023`) → the path of that item. Later rows win: a duplicate is the later one. */
  private readonly items = new Map<string, JsonPath>();
  private readonly sheetOfFile = new Map<string, string>();

  constructor(defaultSheets: Record<string, string>) {
    for (const [file, sheet] of Object.entries(defaultSheets)) this.sheetOfFile.set(file, sheet);
  }

  setFileSheet(file: string, sheet: string): void {
    this.sheetOfFile.set(file, sheet);
  }

  record(file: string, path: JsonPath, ref: CellRef): void {
    this.cells.set(key(file, path), ref);
    for (let n = path.length - 1; n >= 1; n--) {
      const prefix = key(file, path.slice(0, n));
      if (!this.firstUnder.has(prefix)) this.firstUnder.set(prefix, ref);
    }
  }

  nameItem(file: string, item: string, path: JsonPath): void {
    this.items.set(`${file}|${item}`, path);
  }

  locate(file: string, path: JsonPath): CellRef {
    for (let n = path.length; n >= 1; n--) {
      const k = key(file, path.slice(0, n));
      const found = this.cells.get(k) ?? (n === path.length ? this.firstUnder.get(k) : undefined);
      if (found) return found;
    }
    return { sheet: this.sheetOfFile.get(file) ?? file, row: null, column: null };
  }

  /** Resolves a rule's item (`T04`, `annualTargets[2] T01@2023`, `observations[5]`) to a path. */
  itemPath(file: string, item: string | null): JsonPath {
    if (item === null) return [];
    const indexed = /^(\w+)\[(\d+)\]/.exec(item);
    if (indexed?.[1] && indexed[2]) return [indexed[1], Number(indexed[2])];
    return this.items.get(`${file}|${item}`) ?? [];
  }

  /** A rule's issue (file, item, field as in a package folder) → the same issue at its cell. */
  relocate(issue: InputIssue): InputIssue {
    const fieldPath = issue.field ? issue.field.split('.') : [];
    const ref = this.locate(issue.file, [...this.itemPath(issue.file, issue.item), ...fieldPath]);
    return toCellIssue(issue, ref);
  }
}

export function toCellIssue(issue: InputIssue, ref: CellRef): InputIssue {
  return { ...issue, file: ref.sheet, item: ref.row === null ? null : rowItem(ref.row), field: ref.column };
}
