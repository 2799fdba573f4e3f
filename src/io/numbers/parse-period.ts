/**
 * Periods as statistics tables write them → Lantu's period texts ('2023', '2023-Q3', '2023-09').
 *
 * Years: 2023, 2023年, 2023年度, 2023全年. Months: 2023-09, 2023/9, 2023.9, 2023年9月, 2023-09-30,
 * Excel date serials (45170 → 2023-09) and real date cells. Quarters: 2023Q3, 2023-Q3, 2023年第三季度,
 * 2023年三季度, 2023年第3季度. Year-to-date spans — 2023年1-9月, 2023年1—9月, 2023年前三季度,
 * 2023年上半年 — give the month they end in and say so (`ytd`), so the caller can default the measure.
 */
import type { Bilingual } from '../../contracts/issue';
import { describeValue } from './describe-value';
import { halfWidth } from './half-width';

export type ParsedPeriod =
  | { kind: 'empty' }
  | { kind: 'period'; period: string; ytd: boolean }
  | { kind: 'error'; message: Bilingual };

const minYear = 1949;
const maxYear = 2100;
const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
/** Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for. */
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

function invalid(text: string): ParsedPeriod {
  return {
    kind: 'error',
    message: {
      zh: `无法识别的期间「${text.length > 30 ? `${text.slice(0, 30)}…` : text}」;应为 2023、2023年9月、2023-09、2023年第三季度、2023Q3 或 2023年1-9月`,
      en: `unrecognised period "${text.length > 30 ? `${text.slice(0, 30)}…` : text}"; use 2023, 2023-09, 2023-Q3, 2023年9月, 2023年第三季度 or 2023年1-9月`,
    },
  };
}

function month(year: number, m: number, ytd: boolean, text: string): ParsedPeriod {
  if (!inYears(year) || m < 1 || m > 12) return invalid(text);
  return { kind: 'period', period: `${year}-${pad(m)}`, ytd };
}

function inYears(year: number): boolean {
  return Number.isInteger(year) && year >= minYear && year <= maxYear;
}

function periodFromDate(date: Date): ParsedPeriod {
  if (Number.isNaN(date.getTime())) return invalid(String(date));
  return month(date.getUTCFullYear(), date.getUTCMonth() + 1, false, date.toISOString());
}

export function parsePeriod(input: unknown): ParsedPeriod {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (input instanceof Date) return periodFromDate(input);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return invalid(String(input));
    // Integers 1949–2100 are years, not date serials (serial 2023 would be 1905-07-15).
    if (inYears(input)) return { kind: 'period', period: String(input), ytd: false };
    // A date serial: whole days since 1899-12-30 (the fraction is the time of day).
    if (input >= 1 && input < 2958466)
      return periodFromDate(new Date(excelEpochMs + Math.floor(input) * dayMs));
    return invalid(String(input));
  }
  if (typeof input !== 'string') return invalid(describeValue(input));
  const text = halfWidth(input).replace(/\s+/g, '').replace(/'/g, '');
  if (text === '') return { kind: 'empty' };
  return parsePeriodText(text, input.trim());
}

function parsePeriodText(text: string, original: string): ParsedPeriod {
  let m = /^(\d{4})(?:年|年度|全年|年全年)?$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    return inYears(year) ? { kind: 'period', period: String(year), ytd: false } : invalid(original);
  }
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), false, original);

  m = /^(\d{4})(?:[-/.年]|年第)?[Qq]([1-4])(?:季度)?$/.exec(text);
  if (m) return quarter(Number(m[1]), Number(m[2]), original);
  m = /^(\d{4})年?第?([一二三四1-4])季度$/.exec(text);
  if (m?.[2]) return quarter(Number(m[1]), chineseDigits[m[2]] ?? Number(m[2]), original);

  m = /^(\d{4})年?(?:1|一)[-–—~至](\d{1,2})月(?:累计|份)?$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), true, original);
  m = /^(\d{4})年?(上半年|前三季度)$/.exec(text);
  if (m) return month(Number(m[1]), m[2] === '上半年' ? 6 : 9, true, original);

  m = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:月份?)?$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), false, original);
  m = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), false, original);
  // A date serial that reached us as text (a CSV saved from a General-formatted column).
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return parsePeriod(Number(text));
  return invalid(original);
}

function quarter(year: number, q: number, text: string): ParsedPeriod {
  if (!inYears(year) || q < 1 || q > 4) return invalid(text);
  return { kind: 'period', period: `${year}-Q${q}`, ytd: false };
}
