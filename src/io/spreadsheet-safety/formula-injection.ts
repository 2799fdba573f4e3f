/**
 * CSV/formula injection (OWASP): a cell that begins with = + - @ (or tab, CR) can be run as a formula
 * when someone opens the file. Every text cell Lantu writes to .xlsx or .csv passes through
 * `defuseCellText`; numbers are written as numbers and never altered.
 *
 * The list is csv-stringify's own `escape_formulas` list (= + - @ tab CR and their full-width forms
 * ＝ ＋ － ＠, which Apple Numbers and some WPS versions normalise to formulas), and spaces or tabs
 * before one of them count too, because LibreOffice and Excel trim leading blanks on import.
 *
 * The escape is a leading apostrophe, and it is reversible: text that already begins with apostrophes
 * followed by a dangerous start gets one more, and `restoreCellText` removes exactly one. So a
 * workbook Lantu wrote reads back to the same text (the round trip of plan-workbook-read).
 */
const dangerous = /^'*[ \t]*[=+\-@\r\uFF1D\uFF0B\uFF0D\uFF20]|^'*\t/;
const escaped = /^'+[ \t]*[=+\-@\r\uFF1D\uFF0B\uFF0D\uFF20]|^'+\t/;
/** A plain number written as text ("-5", "12.5") is data, not a formula; it stays as it is. */
const plainNumber = /^-?\d+(\.\d+)?$/;

export function defuseCellText(text: string): string {
  return dangerous.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

export function restoreCellText(text: string): string {
  return escaped.test(text) ? text.slice(1) : text;
}

/**
 * For CSV, where a field with a line break is one cell to Excel but one line to every tool that reads
 * CSV line by line (and to Excel itself when the quoting is lost): every line of the field is defused,
 * not only the first. One-way: CSV exports are never read back as Lantu's own text.
 */
export function defuseEveryLine(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : defuseCellText(part)))
    .join('');
}
