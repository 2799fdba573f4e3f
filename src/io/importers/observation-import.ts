/**
 * Historic observations from a plain table (CSV or a worksheet) → accepted observations and rejected
 * rows, each rejection naming its row and column in Chinese and English. Pure: rows in, results out;
 * the CLI, and later the reporting-round import, supply the rows and decide what to write.
 *
 * The header is the first row, among the first 20 non-blank ones, in which the indicator, period and
 * value columns are all recognised; rows above it (a title, a unit line) are skipped. Blank rows are
 * skipped, rows whose value is blank or a dash are listed as skipped, and a repeated
 * indicator + period + measure is rejected on its second occurrence.
 */
import type { Bilingual, InputIssue } from '../../contracts/issue';
import type { ObservationsFile, PackageIndicator, PackageObservation } from '../../contracts/plan-package';
import { type CellRange, mergedCellsMessage, mergesInDataRows } from '../spreadsheet-safety/merged-cells';
import { isBlankRow, type TableRow } from '../table/table-row';
import { IndicatorIndex } from './indicator-match';
import {
  type ColumnMapping,
  columnLabel,
  headerText,
  type MappedColumns,
  mapColumns,
  missingFields,
} from './observation-columns';
import { type RowContext, type RowProblem, readObservationRow } from './observation-row';

export interface ObservationImportOptions {
  /** How issues name the input: the file name, with the sheet for a workbook. */
  file: string;
  indicators: readonly PackageIndicator[];
  mapping?: ColumnMapping;
  defaultSource?: string;
  /** Published data must name a source (default true). */
  requireSource?: boolean;
  /** Merged ranges of the sheet; data cells inside one are refused. */
  merges?: readonly string[];
}

export interface AcceptedRow {
  row: number;
  observation: PackageObservation;
  /** What the importer did to the value, e.g. a 万/亿 conversion. */
  notes: Bilingual[];
}

export interface RejectedRow {
  row: number;
  problems: RowProblem[];
}

export interface ObservationImportResult {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
  /** Rows with an indicator and period but no value (blank, —, 无). */
  skipped: { row: number; reason: Bilingual }[];
  blankRows: number;
  headerRow: number | null;
  /** Field → column label, as recognised. */
  columns: Partial<Record<string, string>>;
  ignoredColumns: string[];
  /** File-level problems and every row problem, for printing and for the API. */
  issues: InputIssue[];
}

const headerSearchRows = 20;

function rowItem(row: number): string {
  return `第${row}行 / row ${row}`;
}

/** Feeds rows one at a time; `finish` returns the result. Used by the sync and the streaming entry points. */
export class ObservationImporter {
  private readonly index: IndicatorIndex;
  private readonly result: ObservationImportResult;
  private columns: MappedColumns | null = null;
  private mergesInData: CellRange[] = [];
  private headers: string[] = [];
  private readonly seen = new Map<string, number>();
  private readonly pending: TableRow[] = [];
  private failed = false;

  constructor(private readonly options: ObservationImportOptions) {
    this.index = new IndicatorIndex(options.indicators);
    this.result = {
      accepted: [],
      rejected: [],
      skipped: [],
      blankRows: 0,
      headerRow: null,
      columns: {},
      ignoredColumns: [],
      issues: [],
    };
  }

  add(row: TableRow): void {
    if (this.failed) return;
    if (this.columns) {
      this.addData(row);
      return;
    }
    if (isBlankRow(row)) return;
    this.pending.push(row);
    const columns = mapColumns(row.cells, this.options.mapping);
    if (missingFields(columns).length === 0) this.adoptHeader(row, columns);
    else if (this.pending.length >= headerSearchRows) this.failHeader();
  }

  finish(): ObservationImportResult {
    if (!this.columns && !this.failed) this.failHeader();
    return this.result;
  }

  private adoptHeader(row: TableRow, columns: MappedColumns): void {
    this.columns = columns;
    this.headers = row.cells.map(headerText);
    this.result.headerRow = row.row;
    this.result.ignoredColumns = columns.ignored;
    for (const [field, ref] of Object.entries(columns.fields)) this.result.columns[field] = ref?.label;
    for (const p of columns.problems) this.fileIssue(p.code, p.message, p.severity, rowItem(row.row));
    this.mergesInData = mergesInDataRows(this.options.merges ?? [], row.row);
    this.pending.length = 0;
  }

  private failHeader(): void {
    this.failed = true;
    const first = this.pending[0];
    if (!first) {
      this.fileIssue('table_empty', { zh: '表格没有任何数据', en: 'the table has no data' });
      return;
    }
    // Name what is missing from the most promising row: the one that recognised the most columns.
    const best = this.pending
      .map((row) => ({ row, columns: mapColumns(row.cells, this.options.mapping) }))
      .sort((a, b) => Object.keys(b.columns.fields).length - Object.keys(a.columns.fields).length)[0];
    const candidate = best ?? { row: first, columns: mapColumns(first.cells, this.options.mapping) };
    const found = candidate.row.cells.map(headerText).filter(Boolean).join('、') || '(空)';
    const missing = missingFields(candidate.columns).join(';');
    this.fileIssue(
      'columns_missing',
      {
        zh: `找不到必需的列:${missing}。表头(第${candidate.row.row}行)为:${found}。可用 --mapping 指定列的含义`,
        en: `required columns not found: ${missing}. The header (row ${candidate.row.row}) reads: ${found}. Use --mapping to name the columns`,
      },
      'error',
      rowItem(candidate.row.row),
    );
  }

  /** Built once the columns are known, not per row. */
  private rowContext: RowContext | undefined;

  private addData(row: TableRow): void {
    const columns = this.columns;
    if (!columns) return;
    if (isBlankRow(row) && row.problems.length === 0) {
      this.result.blankRows += 1;
      return;
    }
    // Most rows have no reader problems and the sheet no merges: allocate nothing for them.
    const problems: RowProblem[] =
      row.problems.length === 0
        ? []
        : row.problems.map((p) => ({ column: this.label(p.column - 1), code: p.code, message: p.message }));
    for (const range of this.mergesInData) {
      if (row.row >= range.top && row.row <= range.bottom) {
        problems.push({
          column: this.label(range.left - 1),
          code: 'merged_cells',
          message: mergedCellsMessage(range),
        });
      }
    }
    this.rowContext ??= {
      columns,
      indicators: this.index,
      defaultSource: this.options.defaultSource,
      requireSource: this.options.requireSource ?? true,
    };
    const outcome = readObservationRow(row.cells, this.rowContext);
    if (outcome.kind === 'rejected' || problems.length > 0) {
      const all = [...problems, ...(outcome.kind === 'rejected' ? outcome.problems : [])];
      this.reject(row.row, all);
      return;
    }
    if (outcome.kind === 'no_value') {
      this.result.skipped.push({ row: row.row, reason: outcome.reason });
      return;
    }
    const { observation } = outcome;
    const key = `${observation.indicator}@${observation.period}/${observation.measure}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      this.reject(row.row, [
        {
          column: columns.fields.period?.label ?? 'period',
          code: 'duplicate_observation',
          message: {
            zh: `与第${earlier}行重复(同一指标、期间和口径:${key})`,
            en: `duplicates row ${earlier} (same indicator, period and measure: ${key})`,
          },
        },
      ]);
      return;
    }
    this.seen.set(key, row.row);
    this.result.accepted.push({ row: row.row, observation, notes: outcome.notes });
  }

  private label(index: number): string {
    return columnLabel(this.headers[index] ?? '', index);
  }

  private reject(row: number, problems: RowProblem[]): void {
    this.result.rejected.push({ row, problems });
    for (const p of problems) {
      this.result.issues.push({
        file: this.options.file,
        item: rowItem(row),
        field: p.column,
        code: p.code,
        severity: 'error',
        message: p.message,
      });
    }
  }

  private fileIssue(
    code: string,
    message: Bilingual,
    severity: 'error' | 'warning' = 'error',
    item: string | null = null,
  ): void {
    this.result.issues.push({ file: this.options.file, item, field: null, code, severity, message });
  }
}

export function importObservationRows(
  rows: Iterable<TableRow>,
  options: ObservationImportOptions,
): ObservationImportResult {
  const importer = new ObservationImporter(options);
  for (const row of rows) importer.add(row);
  return importer.finish();
}

/** The streaming form, for worksheets; `onRow` is called with the number of rows read so far. */
export async function importObservationStream(
  rows: AsyncIterable<TableRow> | Iterable<TableRow>,
  options: ObservationImportOptions,
  onRow?: (rowsRead: number) => void,
): Promise<ObservationImportResult> {
  const importer = new ObservationImporter(options);
  let count = 0;
  const take = (row: TableRow) => {
    importer.add(row);
    count += 1;
    if (onRow && count % 1000 === 0) onRow(count);
  };
  // A CSV's rows are a plain iterable: `for await` over it would cost a promise per row (a million
  // of them in the ingest bench) and yield to nothing, since no I/O can run between microtasks.
  if (Symbol.iterator in rows) for (const row of rows) take(row);
  else for await (const row of rows) take(row);
  onRow?.(count);
  return importer.finish();
}

/** The accepted rows as an observation set file of the plan package (dataset "published"). */
export function toObservationsFile(
  result: ObservationImportResult,
  meta: { label: string; labelEn: string; description: string },
): ObservationsFile {
  return { dataset: 'published', ...meta, observations: result.accepted.map((a) => a.observation) };
}
