/**
 * Numbers as people type them into Chinese office spreadsheets: "1,234.5", "１２３．４", "12.5%",
 * "3.2万", "1.5亿元", "−5", "（5）", "—". The result keeps the number as written (a decimal mantissa
 * and exponent) so that scaling by 万/亿 is exact: "1.1万" is 11000, not 11000.000000000002.
 *
 * Never throws; never returns NaN or ±Infinity. The unit rule (万/亿 and the indicator's unit) is in
 * unit-scale.ts; whether a percent sign is acceptable depends on the measure and is the caller's call.
 */
import type { Bilingual } from '../../contracts/issue';
import { describeValue } from './describe-value';
import { halfWidth } from './half-width';

/** sign × digits × 10^exponent, exactly as typed. */
export interface DecimalText {
  negative: boolean;
  digits: string;
  exponent: number;
}

export interface ParsedValue {
  kind: 'number';
  /** The value with 万/亿 applied: "3.2万" → 32000. */
  value: number;
  decimal: DecimalText;
  /** A percent sign was typed: "12.5%" → value 12.5, percent true. */
  percent: boolean;
  /** 1e4 for 万, 1e8 for 亿, else 1. */
  magnitude: 1 | 1e4 | 1e8;
  /** What followed the number and its 万/亿: "元" in "3.2亿元"; "" when nothing did. */
  unitText: string;
}

export type ParsedNumber =
  | { kind: 'empty' }
  | ParsedValue
  | { kind: 'error'; code: 'number_invalid' | 'number_out_of_range'; message: Bilingual };

/** Cells that mean "no figure": blank, dashes, slash, 无. */
const placeholders = new Set(['', '-', '--', '—', '——', '–', '/', '无', 'N/A', 'n/a']);
/** Minus signs other than ASCII hyphen-minus: − (U+2212), ﹣ (U+FE63), – (U+2013). */
const minusSigns = /^[\u2212\uFE63\u2013]/;
const plain = /^(\d+\.?\d*|\.\d+)$/;
const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

function invalid(text: string, why?: Bilingual): ParsedNumber {
  return {
    kind: 'error',
    code: 'number_invalid',
    message: {
      zh: `无法识别为数字:「${shorten(text)}」${why ? `(${why.zh})` : ''}`,
      en: `not a number: "${shorten(text)}"${why ? ` (${why.en})` : ''}`,
    },
  };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function decimalToNumber(d: DecimalText, shift = 0): number {
  return Number(`${d.negative ? '-' : ''}${d.digits}e${d.exponent + shift}`);
}

/** "1,234.5e3" (already validated) → digits 12345, exponent 2. */
function toDecimal(numberText: string, exponentText: string, negative: boolean): DecimalText {
  const [whole = '', fraction = ''] = numberText.replace(/,/g, '').split('.');
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
  return { negative, digits, exponent: Number(exponentText || '0') - fraction.length };
}

export function parseNumber(input: unknown): ParsedNumber {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return outOfRange(String(input));
    return parseNumber(String(input));
  }
  if (typeof input !== 'string') {
    return invalid(describeValue(input), {
      zh: '单元格不是数字或文本',
      en: 'the cell is neither a number nor text',
    });
  }
  const original = input;
  let text = halfWidth(input).trim().replace(/^'/, '').trim();
  if (placeholders.has(text)) return { kind: 'empty' };

  let negative = false;
  const accounting = /^\((.*)\)$/.exec(text);
  if (accounting) {
    negative = true;
    text = (accounting[1] ?? '').trim();
  }
  const sign = /^[+-]/.test(text) ? text[0] : minusSigns.test(text) ? '-' : null;
  if (sign) {
    if (accounting)
      return invalid(original, {
        zh: '括号负数中不能再带正负号',
        en: 'a sign inside accounting parentheses',
      });
    negative = sign === '-';
    text = text.slice(1).trim();
  }

  const m = /^([\d.,]+)(?:[eE]([+-]?\d{1,6}))?\s*(.*)$/.exec(text);
  if (!m?.[1]) return invalid(original);
  const [, numberText, exponentText = '', restText = ''] = m;
  if (!plain.test(numberText) && !grouped.test(numberText)) {
    return invalid(
      original,
      numberText.includes(',')
        ? { zh: '千分位分隔符位置不对', en: 'misplaced thousands separator' }
        : { zh: '小数点不对', en: 'malformed decimal point' },
    );
  }

  let rest = restText.trim();
  let percent = false;
  if (rest === '%') {
    percent = true;
    rest = '';
  }
  let magnitude: 1 | 1e4 | 1e8 = 1;
  if (rest.startsWith('万')) magnitude = 1e4;
  else if (rest.startsWith('亿')) magnitude = 1e8;
  const unitText = (magnitude === 1 ? rest : rest.slice(1)).trim();
  if (/[\d%]/.test(unitText) || /\s/.test(unitText)) return invalid(original);

  const decimal = toDecimal(numberText, exponentText, negative);
  const value = decimalToNumber(decimal, Math.log10(magnitude));
  if (!Number.isFinite(value)) return outOfRange(original);
  // -0 is not a figure anyone reports; keep it out of the data.
  return { kind: 'number', value: value === 0 ? 0 : value, decimal, percent, magnitude, unitText };
}

function outOfRange(text: string): ParsedNumber {
  return {
    kind: 'error',
    code: 'number_out_of_range',
    message: { zh: `数值超出范围:「${shorten(text)}」`, en: `number out of range: "${shorten(text)}"` },
  };
}
