/**
 * One cell of the plan workbook → the value its column stands for, or a precise reason it cannot be
 * read. Tolerant of what people type (full-width digits, 1,234.5, 是/否/TRUE, the Chinese word or the
 * code of an enum, a date cell where a date is wanted); exact for what Lantu wrote, so the round trip
 * is lossless: text is returned as stored, apart from the formula-injection apostrophe.
 */
import type { Bilingual } from '../../contracts/issue';
import { halfWidth } from '../numbers/half-width';
import { parseNumber } from '../numbers/parse-number';
import { parsePeriod } from '../numbers/parse-period';
import type { TableCell } from '../table/table-row';
import { decodeCellText } from './cell-text';
import { codeOf, no, yes } from './enum-labels';
import type { CellKind } from './plan-sheet-specs';

export type CellRead =
  | { kind: 'empty' }
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'error'; message: Bilingual };

const empty: CellRead = { kind: 'empty' };
const excelEpochMs = Date.UTC(1899, 11, 30);

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function asText(cell: TableCell): string {
  if (cell instanceof Date) return isoDate(cell);
  if (typeof cell === 'boolean') return cell ? yes : no;
  return String(cell);
}

function readNumber(cell: TableCell, integer: boolean): CellRead {
  const parsed = parseNumber(cell);
  if (parsed.kind === 'empty') return empty;
  if (parsed.kind === 'error') return { kind: 'error', message: parsed.message };
  if (parsed.magnitude !== 1 || parsed.unitText !== '') {
    return {
      kind: 'error',
      message: {
        zh: `只填数字,不要带单位或“万/亿”:「${asText(cell)}」`,
        en: `a plain number is expected, without units or 万/亿: "${asText(cell)}"`,
      },
    };
  }
  if (integer && !Number.isInteger(parsed.value)) {
    return {
      kind: 'error',
      message: { zh: `应为整数:「${asText(cell)}」`, en: `an integer is expected: "${asText(cell)}"` },
    };
  }
  return { kind: 'value', value: parsed.value };
}

const trueWords = new Set([yes, '是的', 'true', 'yes', 'y', '1', '√', '✓']);
const falseWords = new Set([no, 'false', 'no', 'n', '0', '×', '✗']);

export function readCell(kind: CellKind, cell: TableCell): CellRead {
  if (cell === null) return empty;
  if (typeof cell === 'string' && cell === '') return empty;
  switch (kind.type) {
    case 'text':
      return { kind: 'value', value: typeof cell === 'string' ? decodeCellText(cell) : asText(cell) };
    case 'code': {
      const code = halfWidth(decodeCellText(asText(cell))).trim();
      return code === '' ? empty : { kind: 'value', value: code };
    }
    case 'integer':
      return readNumber(cell, true);
    case 'number':
      return readNumber(cell, false);
    case 'boolean': {
      if (typeof cell === 'boolean') return { kind: 'value', value: cell };
      const word = halfWidth(asText(cell)).trim().toLowerCase();
      if (word === '') return empty;
      if (trueWords.has(word)) return { kind: 'value', value: true };
      if (falseWords.has(word)) return { kind: 'value', value: false };
      return {
        kind: 'error',
        message: { zh: `应填“是”或“否”:「${word}」`, en: `expected 是 (yes) or 否 (no): "${word}"` },
      };
    }
    case 'enum': {
      const text = halfWidth(decodeCellText(asText(cell))).trim();
      if (text === '') return empty;
      const code = codeOf(kind.labels, text);
      if (code !== null) return { kind: 'value', value: code };
      const allowed = Object.values(kind.labels).join('、');
      return {
        kind: 'error',
        message: {
          zh: `「${text}」不是可选值,应为 ${allowed} 之一`,
          en: `"${text}" is not an allowed value; use one of ${allowed} (or ${Object.keys(kind.labels).join(', ')})`,
        },
      };
    }
    case 'period': {
      const period = parsePeriod(typeof cell === 'string' ? decodeCellText(cell) : cell);
      if (period.kind === 'empty') return empty;
      if (period.kind === 'error') return { kind: 'error', message: period.message };
      return { kind: 'value', value: period.period };
    }
    case 'date': {
      if (cell instanceof Date) return { kind: 'value', value: isoDate(cell) };
      if (typeof cell === 'number' && cell > 0 && cell < 2958466) {
        return { kind: 'value', value: isoDate(new Date(excelEpochMs + Math.floor(cell) * 86_400_000)) };
      }
      const text = halfWidth(asText(cell)).trim();
      return text === '' ? empty : { kind: 'value', value: text };
    }
  }
}
