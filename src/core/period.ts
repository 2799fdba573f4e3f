/**
 * Periods of observations and evaluation dates, and the plan-year time axis (docs/methodology.md §1).
 *
 * On the axis a year label Y stands for the end of year Y, because plan figures are year-end or
 * whole-year values (2020年基数 is the 2020 figure). A quarter or month that ends m months into
 * year Y sits at Y − 1 + m/12, so 2023年第三季度 → 2022.75 and 2023年12月 → 2023, the same point
 * as the whole year 2023. τ = (d − t0)/(t1 − t0): 2023 in a 2020→2025 plan is 0.6, 2023-Q3 is 0.55.
 */
import type { Bilingual } from './evaluation-result';
import type { PeriodText } from './model';

export interface Period {
  year: number;
  /** 1–4 for a quarter (`2023-Q3`). */
  quarter?: number;
  /** 1–12 for a month (`2023-09`). */
  month?: number;
}

/** Thrown by requirePeriod for text outside `2023`, `2023-Q3`, `2023-09`; contracts reject such text earlier. */
export class PeriodFormatError extends Error {
  readonly code = 'period_invalid';
  constructor(readonly text: string) {
    super(`${periodFormatMessage.zh} / ${periodFormatMessage.en}: "${text}"`);
    this.name = 'PeriodFormatError';
  }
}

/** `2023`, `2023-Q3` or `2023-09`: the one pattern of a period, for the contracts and the parser alike. */
export const periodPattern = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;
export const periodFormatMessage: Bilingual = {
  zh: '期间格式应为 2023、2023-Q3 或 2023-09',
  en: 'period must be 2023, 2023-Q3 or 2023-09',
};

// A plan's observations repeat a few hundred period texts millions of times; parsing each once keeps
// evaluation close to the speed of reading the data (bench `evaluate`). Frozen, so sharing is safe.
const parsed = new Map<string, Readonly<Period> | null>();
const parsedLimit = 100_000;

/** The period, or null when the text is not `2023`, `2023-Q3` or `2023-09`. */
export function parsePeriod(text: PeriodText): Period | null {
  const hit = parsed.get(text);
  if (hit !== undefined) return hit;
  const p = parseUncached(text);
  if (parsed.size >= parsedLimit) parsed.clear();
  parsed.set(text, p === null ? null : Object.freeze(p));
  return p;
}

function parseUncached(text: PeriodText): Period | null {
  const m = periodPattern.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { year, quarter: Number(m[2]) };
  if (m[3] !== undefined) return { year, month: Number(m[3]) };
  return { year };
}

/** Whether a text is a period exactly as written (2023, 2023-Q3, 2023-09), with no space around it. */
export function isPeriodText(text: string): boolean {
  return text === text.trim() && parsePeriod(text) !== null;
}

/** The period; throws PeriodFormatError for anything else (an input error, not a data gap). */
export function requirePeriod(text: PeriodText): Period {
  const p = parsePeriod(text);
  if (!p) throw new PeriodFormatError(text);
  return p;
}

/** The canonical text of a period: `2023`, `2023-Q3`, `2023-09`. */
export function periodText(p: Period): PeriodText {
  if (p.quarter !== undefined) return `${p.year}-Q${p.quarter}`;
  if (p.month !== undefined) return `${p.year}-${String(p.month).padStart(2, '0')}`;
  return String(p.year);
}

/** Months of the calendar year elapsed at the end of the period: 12 for a year, 9 for Q3 or September. */
export function monthsElapsed(p: Period): number {
  if (p.quarter !== undefined) return p.quarter * 3;
  if (p.month !== undefined) return p.month;
  return 12;
}

export function isSubAnnual(p: Period): boolean {
  return p.quarter !== undefined || p.month !== undefined;
}

/** The period's end on the plan-year axis (see the file comment): 2023 → 2023, 2023-Q3 → 2022.75. */
export function periodEnd(p: Period): number {
  return p.year - 1 + monthsElapsed(p) / 12;
}

/**
 * τ = (d − t0)/(t1 − t0), the elapsed share of the period (序时进度), not clamped;
 * null when the target year is not after the base year.
 */
export function elapsedShare(d: number, t0: number, t1: number): number | null {
  if (!(t1 > t0)) return null;
  const tau = (d - t0) / (t1 - t0);
  return Number.isFinite(tau) ? tau : null;
}

/**
 * Orders by the period's end; at the same end the finer period comes first, so the whole year 2023
 * sorts after 2023-Q4 and 2023-12 and is the one taken as "latest" (annual figures are final).
 */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = periodEnd(a) - periodEnd(b);
  if (byEnd !== 0) return byEnd;
  return granularity(a) - granularity(b);
}

/** Month 0, quarter 1, year 2: at the same end point the finer period sorts first. */
export function granularity(p: Period): number {
  if (p.month !== undefined) return 0;
  if (p.quarter !== undefined) return 1;
  return 2;
}

const quarterZh = ['一', '二', '三', '四'];
const monthEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The period's name as reports print it (architecture.md rule 9): 2023年, 2023年第三季度, 2023年9月.
 * With `yearToDate` a sub-annual period is named by the months it accumulates — 2023年1–9月 for
 * both 2023-Q3 and 2023-09 — because that is what a 累计值 or 累计同比 covers.
 */
export function periodName(p: Period, yearToDate = false): Bilingual {
  const months = monthsElapsed(p);
  if (!isSubAnnual(p)) return { zh: `${p.year}年`, en: String(p.year) };
  if (yearToDate) {
    if (months === 1) return { zh: `${p.year}年1月`, en: `Jan ${p.year}` };
    return { zh: `${p.year}年1–${months}月`, en: `Jan–${monthName(months)} ${p.year}` };
  }
  if (p.quarter !== undefined) {
    return { zh: `${p.year}年第${quarterZh[p.quarter - 1] ?? p.quarter}季度`, en: `${p.year} Q${p.quarter}` };
  }
  return { zh: `${p.year}年${months}月`, en: `${monthName(months)} ${p.year}` };
}

/** The Chinese name of a period text (2023-Q3 → 2023年第三季度); the text itself when it is not a period. */
export function formatPeriodZh(text: PeriodText, yearToDate = false): string {
  const p = parsePeriod(text);
  return p === null ? text : periodName(p, yearToDate).zh;
}

/** The English name of a period text (2023-09 → Sep 2023); the text itself when it is not a period. */
export function formatPeriodEn(text: PeriodText, yearToDate = false): string {
  const p = parsePeriod(text);
  return p === null ? text : periodName(p, yearToDate).en;
}

function monthName(month: number): string {
  return monthEn[month - 1] ?? String(month);
}
