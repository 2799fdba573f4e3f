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
  /** Compression ratio above which a large entry is treated as a zip bomb … */
  maxEntryRatio: number;
  /** … when the entry also unpacks to more than this. Small, highly repetitive parts are normal. */
  ratioCheckAboveBytes: number;
}

const MiB = 1024 * 1024;

export const defaultSpreadsheetLimits: SpreadsheetLimits = {
  maxFileBytes: 30 * MiB,
  maxEntries: 2000,
  maxTotalUncompressedBytes: 200 * MiB,
  maxEntryRatio: 100,
  ratioCheckAboveBytes: 10 * MiB,
};

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
