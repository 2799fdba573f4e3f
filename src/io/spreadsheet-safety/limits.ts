/**
 * How much a spreadsheet upload may cost us. The defaults admit any real plan workbook or statistics
 * table (a 100,000-row observation sheet is about 3 MB zipped, 20 MB unzipped) and refuse what only an
 * attacker or a wrong file would send. docs/spreadsheets.md lists them.
 */
export interface SpreadsheetLimits {
  /** Upload size, checked before a byte is read (CSV and xlsx alike). */
  maxFileBytes: number;
  /** Zip entries in an .xlsx; a workbook has a few dozen. */
  maxEntries: number;
  /** Sum of the entries' uncompressed sizes. */
  maxTotalUncompressedBytes: number;
  /**
   * Compression ratio above which any entry is treated as a zip bomb. Parts Excel, WPS and ExcelJS write
   * compress 3:1 to 12:1 (a 100,000-row sheet of identical rows: 11.6:1); deflate's ceiling is 1032:1.
   */
  maxEntryRatio: number;
  /** The same for the whole file: the sum of unpacked sizes over the file's size. */
  maxTotalRatio: number;
}

const MiB = 1024 * 1024;

export const defaultSpreadsheetLimits: SpreadsheetLimits = {
  maxFileBytes: 30 * MiB,
  maxEntries: 2000,
  // Five times the 100,000-row observation sheet: room for real data, not for 19 sheets of 10 MB.
  maxTotalUncompressedBytes: 100 * MiB,
  maxEntryRatio: 100,
  maxTotalRatio: 50,
};

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
