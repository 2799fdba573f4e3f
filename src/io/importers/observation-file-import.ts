/**
 * An observation file on disk → import result: the size is checked before reading, the content
 * (not the extension) decides between workbook and CSV, and a refused file becomes one issue.
 */
import { basename } from 'node:path';
import { readCsvTable } from '../csv/observation-table';
import { sniffFileKind } from '../spreadsheet-safety/file-signature';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { readUpload } from '../spreadsheet-safety/read-upload';
import { SpreadsheetRefusal } from '../spreadsheet-safety/spreadsheet-refusal';
import { readObservationSheet } from '../xlsx/observation-sheet';
import {
  importObservationStream,
  type ObservationImportOptions,
  type ObservationImportResult,
} from './observation-import';

export interface FileImportOptions extends Omit<ObservationImportOptions, 'file' | 'merges'> {
  /** Worksheet to read; the first visible one when absent. */
  sheet?: string;
  limits?: SpreadsheetLimits;
  /** Called once the size of the job is known (rows, estimated), then as rows are read. */
  onStart?: (estimatedRows: number | null) => void;
  onRow?: (rowsRead: number) => void;
}

export interface FileImportResult extends ObservationImportResult {
  format: 'csv' | 'xlsx';
  /** CSV: the detected encoding; xlsx: null. */
  encoding: string | null;
  /** xlsx: the sheet read. */
  sheet: string | null;
}

/**
 * Rows named one by one in an answer. A person fixes a file from its first errors, and a
 * 100,000-row file of errors would otherwise be a 70 MB answer whose copying and serialising stall
 * the server.
 */
export const listedRows = 1000;

export interface ListedImportResult extends FileImportResult {
  /** How many rows were rejected and skipped, and issues found; the lists hold the first `listedRows` of each. */
  rejectedCount: number;
  skippedCount: number;
  issueCount: number;
}

export function listFirstRows(result: FileImportResult): ListedImportResult {
  return {
    ...result,
    rejected: result.rejected.slice(0, listedRows),
    skipped: result.skipped.slice(0, listedRows),
    issues: result.issues.slice(0, listedRows),
    rejectedCount: result.rejected.length,
    skippedCount: result.skipped.length,
    issueCount: result.issues.length,
  };
}

function refused(file: string, error: SpreadsheetRefusal): FileImportResult {
  return {
    format: 'csv',
    encoding: null,
    sheet: null,
    accepted: [],
    rejected: [],
    skipped: [],
    blankRows: 0,
    headerRow: null,
    columns: {},
    ignoredColumns: [],
    issues: [error.toIssue(file)],
  };
}

/** Counting line breaks is cheap and close enough for a progress bar. */
function estimateLines(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines += 1;
  return lines + 1;
}

export async function importObservationFile(
  path: string,
  options: FileImportOptions,
): Promise<FileImportResult> {
  const file = basename(path);
  const limits = options.limits ?? defaultSpreadsheetLimits;
  try {
    const bytes = readUpload(path, limits);
    const kind = sniffFileKind(bytes);
    if (kind === 'zip' || kind === 'ole2' || /\.xlsx?$/i.test(path)) {
      const table = await readObservationSheet(bytes, { sheet: options.sheet, limits });
      options.onStart?.(table.estimatedRows);
      const result = await importObservationStream(
        table.rows,
        { ...options, file: `${file} › ${table.sheet}`, merges: table.merges },
        options.onRow,
      );
      return { ...result, format: 'xlsx', encoding: null, sheet: table.sheet };
    }
    const table = readCsvTable(bytes, { limits });
    options.onStart?.(estimateLines(bytes));
    const result = await importObservationStream(table.rows, { ...options, file }, options.onRow);
    return { ...result, format: 'csv', encoding: table.encoding, sheet: null };
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return refused(file, error);
    throw error;
  }
}
