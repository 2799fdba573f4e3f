/**
 * CSV/formula injection (OWASP): a cell that begins with = + - @ (or tab, CR) can be run as a formula
 * when someone opens the file. Every text cell Lantu writes to .xlsx or .csv passes through
 * `defuseCellText`; numbers are written as numbers and never altered.
 *
 * The escape is a leading apostrophe, and it is reversible: text that already begins with apostrophes
 * followed by a dangerous character gets one more, and `restoreCellText` removes exactly one. So a
 * workbook Lantu wrote reads back to the same text (the round trip of plan-workbook-read).
 */
const dangerous = /^'*[=+\-@\t\r]/;
const escaped = /^'+[=+\-@\t\r]/;
/** A plain number written as text ("-5", "12.5") is data, not a formula; it stays as it is. */
const plainNumber = /^-?\d+(\.\d+)?$/;

export function defuseCellText(text: string): string {
  return dangerous.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

export function restoreCellText(text: string): string {
  return escaped.test(text) ? text.slice(1) : text;
}
