/**
 * Merged cells in data rows are refused, naming the range: a merged block holds its value in the
 * top-left cell only, and guessing that the value "belongs" to every row of the block would invent
 * data (the common case — an indicator name merged over several year rows — is easy to unmerge and fill).
 * Merges above and in the header row (titles, grouped headers) are fine.
 */
import type { Bilingual } from '../../contracts/issue';

export interface CellRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `B5:C7` (or a single `B5`) → its corners; null for anything else. */
export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m?.[1] || !m[2]) return null;
  const a = { col: columnNumber(m[1]), row: Number(m[2]) };
  const b = m[3] && m[4] ? { col: columnNumber(m[3]), row: Number(m[4]) } : a;
  return {
    ref: ref.trim(),
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/** The merged ranges that reach below the header, i.e. into the data. */
export function mergesInDataRows(refs: readonly string[], headerRow: number): CellRange[] {
  return refs
    .map(parseRange)
    .filter(
      (r): r is CellRange => r !== null && r.bottom > headerRow && (r.top !== r.bottom || r.left !== r.right),
    );
}

export function mergedCellsMessage(range: CellRange): Bilingual {
  return {
    zh: `数据区有合并单元格 ${range.ref},请取消合并,并在每一行填写完整`,
    en: `merged cells ${range.ref} in the data rows; unmerge them and fill in every row`,
  };
}
