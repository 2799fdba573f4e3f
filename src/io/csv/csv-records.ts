/**
 * CSV records as Excel reads them, fed text in chunks. Written here rather than with csv-parse because
 * an importer must name the spreadsheet row of every problem and lose no row after a bad one:
 * csv-parse's skip_records_with_error drops the rest of the chunk and counts lines, not records.
 *
 * Excel's rules: a field that starts with " is quoted and "" inside it is a quote; text after a closing
 * quote, or a quote inside an unquoted field, is kept literally; CRLF, LF and CR end a record; a line
 * break inside quotes does not start a new row. A quote never closed runs to the end of the file and
 * is reported on the row where it opened.
 */
import type { CellProblem, TableRow } from '../table/table-row';

export type Delimiter = ',' | '\t' | ';';

export interface CsvReaderOptions {
  /** Detected from the first line when absent (comma, tab or semicolon, whichever is most frequent). */
  delimiter?: Delimiter;
  /** Excel's limit for a cell is 32,767 characters; longer cells are cut and reported. */
  maxCellChars?: number;
  /** Excel's limit is 16,384 columns (XFD). */
  maxColumns?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

type State = 'start' | 'unquoted' | 'quoted' | 'quoteSeen';

export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === '\t' || ch === ';')) counts[ch] += 1;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

export class CsvRecordReader {
  private delimiter: number | null;
  private readonly maxCellChars: number;
  private readonly maxColumns: number;
  private state: State = 'start';
  private field = '';
  private cells: string[] = [];
  private problems: CellProblem[] = [];
  private row = 1;
  private quoteRow = 1;
  private pendingCR = false;
  private out: TableRow[] = [];

  constructor(options: CsvReaderOptions = {}) {
    this.delimiter = options.delimiter ? options.delimiter.charCodeAt(0) : null;
    this.maxCellChars = options.maxCellChars ?? 32_767;
    this.maxColumns = options.maxColumns ?? 16_384;
  }

  get detectedDelimiter(): Delimiter | null {
    return this.delimiter === null ? null : (String.fromCharCode(this.delimiter) as Delimiter);
  }

  /** Consumes a chunk; returns the records it completed. */
  push(text: string): TableRow[] {
    if (this.delimiter === null && text.length > 0) this.delimiter = sniffDelimiter(text).charCodeAt(0);
    const delimiter = this.delimiter ?? 44;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    const length = text.length;
    while (i < length) {
      if (this.state === 'start') {
        if (text.charCodeAt(i) === QUOTE) {
          this.state = 'quoted';
          this.quoteRow = this.row;
          i += 1;
        } else {
          this.state = 'unquoted';
        }
      } else if (this.state === 'unquoted') {
        let j = i;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === delimiter || c === LF || c === CR) break;
          j += 1;
        }
        this.append(text.slice(i, j));
        i = j < length ? this.terminate(text, j) : j;
      } else if (this.state === 'quoted') {
        const j = text.indexOf('"', i);
        if (j < 0) {
          this.append(text.slice(i));
          i = length;
        } else {
          this.append(text.slice(i, j));
          this.state = 'quoteSeen';
          i = j + 1;
        }
      } else {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          this.append('"');
          this.state = 'quoted';
          i += 1;
        } else if (c === delimiter || c === LF || c === CR) {
          i = this.terminate(text, i);
        } else {
          this.state = 'unquoted';
        }
      }
    }
    return this.drain();
  }

  /** Ends the input: the last record without a line break, and an unclosed quote, if any. */
  end(): TableRow[] {
    if (this.state === 'quoted') {
      this.problems.push({
        column: this.cells.length + 1,
        code: 'csv_quote_not_closed',
        message: {
          zh: `第 ${this.quoteRow} 行的引号直到文件末尾都没有闭合,其后的内容都被读进了这个单元格`,
          en: `the quote opened on row ${this.quoteRow} is never closed; everything after it was read into this cell`,
        },
      });
    }
    if (this.state !== 'start' || this.cells.length > 0 || this.field !== '') {
      this.endField();
      this.endRecord();
    }
    return this.drain();
  }

  private drain(): TableRow[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private append(text: string): void {
    // Keep one character beyond the limit so endField knows the cell overflowed.
    if (this.field.length <= this.maxCellChars) {
      this.field += text.slice(0, this.maxCellChars + 1 - this.field.length);
    }
  }

  /** Handles the delimiter or line break at `at`; returns the index after it. */
  private terminate(text: string, at: number): number {
    const c = text.charCodeAt(at);
    this.endField();
    if (c !== LF && c !== CR) return at + 1;
    this.endRecord();
    if (c === CR) {
      if (at + 1 === text.length) this.pendingCR = true;
      else if (text.charCodeAt(at + 1) === LF) return at + 2;
    }
    return at + 1;
  }

  private endField(): void {
    const column = this.cells.length + 1;
    let value = this.field;
    this.field = '';
    this.state = 'start';
    if (value.length > this.maxCellChars) {
      value = value.slice(0, this.maxCellChars);
      this.problems.push({
        column,
        code: 'cell_too_long',
        message: {
          zh: `单元格超过 ${this.maxCellChars} 个字符,已截断`,
          en: `the cell is longer than ${this.maxCellChars} characters and was cut`,
        },
      });
    }
    if (column > this.maxColumns) {
      if (!this.problems.some((p) => p.code === 'too_many_columns')) {
        this.problems.push({
          column,
          code: 'too_many_columns',
          message: {
            zh: `超过 ${this.maxColumns} 列,其后的列被忽略`,
            en: `more than ${this.maxColumns} columns; the rest were ignored`,
          },
        });
      }
      return;
    }
    this.cells.push(value);
  }

  private endRecord(): void {
    this.out.push({ row: this.row, cells: this.cells, problems: this.problems });
    this.row += 1;
    this.cells = [];
    this.problems = [];
    this.state = 'start';
  }
}
