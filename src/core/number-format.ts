/**
 * Numbers in explanations (docs/methodology.md §9). Only text is rounded; numeric fields never are.
 * Figures as given (baseline, target, an observed value) keep their digits; computed figures are
 * rounded so a reader can recompute them with a calculator and land on the printed value.
 */
import { toFixed, toFixedTrimmed } from './fixed-decimal';
import { unitAfterNumber } from './units';

/** A value computed by the core: 1 decimal from 10 up, 2 from 1 up, 3 significant digits below 1. */
export function formatValue(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  if (abs >= 10) return toFixedTrimmed(x, 1);
  if (abs >= 1) return toFixedTrimmed(x, 2);
  if (abs === 0) return '0';
  const decimals = Math.min(12, 2 - Math.floor(Math.log10(abs)));
  return toFixedTrimmed(x, decimals);
}

/** A figure as written in the plan or the data (83.14, 1.275): at most 6 decimals, no trailing zeros. */
export function formatGiven(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  if (abs !== 0 && abs < 1e-6) return formatValue(x);
  return toFixedTrimmed(x, 6);
}

/** A growth rate or share in percent: 2 decimals at most (13.98, 14, 7.5). */
export function formatPercent(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return toFixedTrimmed(x, 2);
}

/** A progress ratio: always 2 decimals (1.11, 0.90). */
export function formatRatio(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const s = toFixed(x, 2);
  return s === '-0.00' ? '0.00' : s;
}

/** A number followed by its unit: 128.6亿元 / 128.6 × 100 million yuan; % attaches in both languages. */
export function withUnit(number: string, unit: string): { zh: string; en: string } {
  const after = unitSuffix(unit);
  return { zh: `${number}${after.zh}`, en: `${number}${after.en}` };
}

export type UnitSuffix = Readonly<{ zh: string; en: string }>;

/**
 * What follows a number in each language (withUnit), from the unit catalogue (units.ts). Explanation lines put it straight after the number rather than joining the two first: the
 * short joined strings were a measurable share of building a result (bench `evaluate`).
 */
export function unitSuffix(unit: string): UnitSuffix {
  let after = suffixes.get(unit);
  if (after === undefined) {
    after = Object.freeze(unitAfterNumber(unit));
    if (suffixes.size >= suffixLimit) suffixes.clear();
    suffixes.set(unit, after);
  }
  return after;
}

// Plans use a few dozen units; the bound only guards against callers passing arbitrary text.
const suffixes = new Map<string, UnitSuffix>();
const suffixLimit = 1000;
