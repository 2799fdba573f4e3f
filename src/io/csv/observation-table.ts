/**
 * A CSV upload as table rows: size checked, encoding detected (BOM → UTF-8/UTF-16; strict UTF-8;
 * else GB18030), delimiter detected, records read in chunks. The rows are produced lazily, so a
 * 100,000-row file is never held as one array of records.
 */
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { checkUploadSize } from '../spreadsheet-safety/read-upload';
import type { TableRow } from '../table/table-row';
import { CsvRecordReader, type Delimiter } from './csv-records';
import { type DetectedEncoding, decodeChunks, detectEncoding, type TextEncoding } from './decode-text';

export interface CsvTable {
  encoding: TextEncoding;
  /** Known after the first row has been read. */
  delimiter: () => Delimiter | null;
  rows: Iterable<TableRow>;
}

export function readCsvTable(
  bytes: Uint8Array,
  options: { delimiter?: Delimiter; limits?: SpreadsheetLimits } = {},
): CsvTable {
  checkUploadSize(bytes.length, options.limits ?? defaultSpreadsheetLimits);
  const detected = detectEncoding(bytes);
  const reader = new CsvRecordReader({ delimiter: options.delimiter });
  return {
    encoding: detected.encoding,
    delimiter: () => reader.detectedDelimiter,
    rows: csvRows(bytes, detected, reader),
  };
}

function* csvRows(
  bytes: Uint8Array,
  detected: DetectedEncoding,
  reader: CsvRecordReader,
): Generator<TableRow> {
  for (const text of decodeChunks(bytes, detected)) yield* reader.push(text);
  yield* reader.end();
}
