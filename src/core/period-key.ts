/**
 * A period as one small integer that orders exactly like comparePeriods: first the period's end on
 * the plan-year axis (year·12 + months elapsed, a whole year ending at month 12), then the
 * granularity (month 0, quarter 1, year 2), so `2023-12` < `2023-Q4` < `2023` at the same point.
 *
 * Evaluations read millions of observations whose period texts repeat a few hundred times. Reading
 * the characters of the strict forms directly costs less than a cache lookup or a regular
 * expression, and comparing integers less than comparing Period objects (bench `evaluate`). Any
 * other text goes through requirePeriod, which trims, validates and throws PeriodFormatError, so
 * both paths accept and reject exactly the same texts.
 */
import { granularity, monthsElapsed, type Period, requirePeriod } from './period';

const zero = 48;
const dash = 45;
const letterQ = 81;

/** The key of a period text; throws PeriodFormatError for anything but 2023, 2023-Q3, 2023-09. */
export function periodKey(text: string): number {
  const key = strictKey(text);
  return key >= 0 ? key : keyOfPeriod(requirePeriod(text));
}

/** The key of a parsed period. */
export function keyOfPeriod(p: Period): number {
  return (p.year * 12 + monthsElapsed(p)) * 3 + granularity(p);
}

/** The largest key of a period not after `asOf` (the whole year at asOf's end point). */
export function lastKeyUpTo(asOf: Period): number {
  return (asOf.year * 12 + monthsElapsed(asOf)) * 3 + 2;
}

/** The period a key stands for (the inverse of keyOfPeriod). */
export function periodOfKey(key: number): Period {
  const granularity = key % 3;
  const end = (key - granularity) / 3;
  const months = ((end - 1) % 12) + 1;
  const year = (end - months) / 12;
  if (granularity === 2) return { year };
  return granularity === 1 ? { year, quarter: months / 3 } : { year, month: months };
}

/** The calendar year of a key. */
export function keyYear(key: number): number {
  return Math.floor((Math.floor(key / 3) - 1) / 12);
}

/** True for a quarter or a month, false for a whole year. */
export function keyIsSubAnnual(key: number): boolean {
  return key % 3 !== 2;
}

/** The key of `2023`, `2023-Qn` or `2023-mm` exactly as written, or −1 for any other text. */
function strictKey(t: string): number {
  const n = t.length;
  if (n !== 4 && n !== 7) return -1;
  const d0 = t.charCodeAt(0) - zero;
  const d1 = t.charCodeAt(1) - zero;
  const d2 = t.charCodeAt(2) - zero;
  const d3 = t.charCodeAt(3) - zero;
  if (!(isDigit(d0) && isDigit(d1) && isDigit(d2) && isDigit(d3))) return -1;
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  if (n === 4) return (year * 12 + 12) * 3 + 2;
  if (t.charCodeAt(4) !== dash) return -1;
  const c5 = t.charCodeAt(5);
  const d6 = t.charCodeAt(6) - zero;
  if (c5 === letterQ) return inRange(d6, 1, 4) ? (year * 12 + d6 * 3) * 3 + 1 : -1;
  const month = (c5 - zero) * 10 + d6;
  return inRange(c5 - zero, 0, 1) && isDigit(d6) && inRange(month, 1, 12) ? (year * 12 + month) * 3 : -1;
}

/** lo ≤ d ≤ hi, as one unsigned comparison (a negative d wraps to a huge number). */
function inRange(d: number, lo: number, hi: number): boolean {
  return (d - lo) >>> 0 <= hi - lo;
}

function isDigit(d: number): boolean {
  return inRange(d, 0, 9);
}
