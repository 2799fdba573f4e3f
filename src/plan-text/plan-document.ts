/**
 * The document the drafter reads: paragraphs and tables in reading order, whatever the file was.
 * A .txt gives one paragraph per line; a .docx gives its paragraphs (with Word's heading level when
 * the author used heading styles) and its tables as cell grids; a PDF gives its text lines.
 */
import { normaliseWidth } from './target-phrase';

export interface DocumentParagraph {
  kind: 'paragraph';
  text: string;
  /** Word's outline level (Heading 1 → 1) when the file says so; null when unknown. */
  headingLevel: number | null;
}

/**
 * One row of a table as a grid: a merged cell repeats its text in every grid position it covers.
 * Rows of one table share `table`; `text` is the cells joined by tabs (what the review screen shows).
 */
export interface DocumentRow {
  kind: 'row';
  table: number;
  cells: string[];
  text: string;
}

export type DocumentBlock = DocumentParagraph | DocumentRow;

export interface PlanDocument {
  blocks: DocumentBlock[];
}

/**
 * A line as the drafter keeps it: the characters as written (quotes must be findable in the
 * original), with outer white space and invisible marks removed.
 */
export function cleanLine(text: string): string {
  return text.replace(/[\u200B\uFEFF]/g, '').trim();
}

/**
 * The form patterns are matched against: full-width digits, letters and signs (１２, ：, ＞, （）) as
 * half-width. One character for one, so a match's position is also its position in the original.
 */
export function matchForm(text: string): string {
  return normaliseWidth(text);
}

/** One paragraph per non-empty line: the shape of plain text, pasted text and PDF text. */
export function documentFromText(text: string): PlanDocument {
  const blocks: DocumentBlock[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = cleanLine(raw);
    if (line) blocks.push({ kind: 'paragraph', text: line, headingLevel: null });
  }
  return { blocks };
}

/** A table row block from its cells. */
export function tableRow(table: number, cells: string[]): DocumentRow {
  const clean = cells.map(cleanLine);
  // a row merged across the whole table (a note, a category) reads as its one text, not repeated
  const text = clean.length > 1 && clean.every((c) => c === clean[0]) ? (clean[0] ?? '') : clean.join('\t');
  return { kind: 'row', table, cells: clean, text };
}

/** The text of a document as the review screen shows it: one line per block. */
export function documentLines(doc: PlanDocument): string[] {
  return doc.blocks.map((b) => b.text);
}
