/**
 * What the streaming reader does not tell us about a worksheet part, found by scanning its XML as it
 * inflates: the merged ranges (ExcelJS's stream reader skips <mergeCell>, and they come after the rows)
 * and the number of <row> elements, which sizes a progress bar. The entry was verified by the gate.
 */
import type { XlsxArchive } from '../spreadsheet-safety/open-xlsx';
import { entryChunks } from '../spreadsheet-safety/zip-entry-data';

export interface SheetPartFacts {
  merges: string[];
  /** Rows stored in the part (empty rows are often not stored at all). */
  rows: number;
}

const mergeCell = /<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
const rowTag = /<(?:\w+:)?row[\s>]/g;

export async function scanSheetPart(archive: XlsxArchive, part: string): Promise<SheetPartFacts> {
  const facts: SheetPartFacts = { merges: [], rows: 0 };
  const entry = archive.entries.get(part);
  if (!entry) return facts;
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  for await (const chunk of entryChunks(archive.bytes, entry)) {
    const text = carry + decoder.decode(chunk, { stream: true });
    // Everything up to the end of the last match is done with; the tail is kept because a tag may be
    // cut between two chunks. Since the tail starts after every match, nothing is counted twice.
    let consumed = 0;
    for (const m of text.matchAll(rowTag)) {
      facts.rows += 1;
      consumed = Math.max(consumed, (m.index ?? 0) + m[0].length);
    }
    for (const m of text.matchAll(mergeCell)) {
      if (m[1]) facts.merges.push(m[1]);
      consumed = Math.max(consumed, (m.index ?? 0) + m[0].length);
    }
    carry = text.slice(Math.max(consumed, text.length - 256));
  }
  return facts;
}
