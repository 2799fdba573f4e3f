/**
 * Text as Lantu writes it into a cell, and back. Two escapes, both reversible:
 *
 * 1. formula injection — a leading apostrophe before = + - @ tab CR (spreadsheet-safety/formula-injection);
 * 2. OOXML's _xHHHH_ for characters XML cannot carry (control characters, CR, lone surrogates, U+FFFE/F)
 *    and _x005F_ for an underscore that would otherwise read as such an escape (ECMA-376 Part 1,
 *    22.9.2.19). ExcelJS silently drops control characters and XML parsers turn CR into LF, so without
 *    this a note with a Windows line break would not survive a round trip. Excel and LibreOffice decode it.
 */
import { defuseCellText, restoreCellText } from '../spreadsheet-safety/formula-injection';

/** Excel's limit for the text of one cell. */
export const maxCellChars = 32_767;

function hex4(code: number): string {
  return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
}

function needsEscape(code: number, text: string, i: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code === 0x7f || code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

function escapeOoxml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) out += '_x005F_';
    else if (needsEscape(code, text, i)) out += hex4(code);
    else out += text[i];
  }
  return out;
}

export class CellTextTooLong extends Error {
  constructor(readonly length: number) {
    super(`cell text of ${length} characters exceeds ${maxCellChars}`);
    this.name = 'CellTextTooLong';
  }
}

/** What to store for a text value. ExcelJS decodes the _xHHHH_ escapes when it reads the file back. */
export function encodeCellText(text: string): string {
  if (text.length > maxCellChars) throw new CellTextTooLong(text.length);
  return escapeOoxml(defuseCellText(text));
}

/** The text a cell read by ExcelJS (escapes already decoded) stands for. */
export function decodeCellText(text: string): string {
  return restoreCellText(text);
}
