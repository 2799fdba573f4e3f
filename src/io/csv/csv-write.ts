/**
 * The one CSV writer (exports and the CLI): every text field defused line by line against formula
 * injection, and every field holding CR, LF, the delimiter or a quote quoted. csv-stringify quotes a
 * lone LF or CR only with `quote_record_delimiter`, which it turns off once a record delimiter such
 * as CRLF is given — so an unquoted `审核通过\n=cmd|…` became a line of its own starting with `=`.
 */
import { stringify } from 'csv-stringify/sync';
import { defuseEveryLine } from '../spreadsheet-safety/formula-injection';

/** A field that needs quotes: CR, LF, comma or double quote anywhere in it. */
const needsQuotes = /[\r\n,"]/;

export function writeCsvRecords(
  records: readonly (readonly string[])[],
  options: { recordDelimiter?: '\r\n' | '\n' } = {},
): string {
  return stringify(
    records.map((record) => record.map(defuseEveryLine)),
    {
      record_delimiter: options.recordDelimiter ?? '\n',
      quote_record_delimiter: true,
      quoted_match: needsQuotes,
    },
  );
}
