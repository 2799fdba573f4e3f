/**
 * Progress ratios r of evaluation.md's table. Each returns null instead of NaN/±Infinity when its
 * inputs leave the formula's domain (a log of a non-positive number, a zero denominator).
 */
import { directionSign, finiteOrNull } from './finite';
import type { Direction } from './model';

/** level_compound: r = ln(A/B) / ln(E/B). */
export function compoundRatio(actual: number, base: number, expected: number): number | null {
  if (!(actual > 0 && base > 0 && expected > 0)) return null;
  const denominator = Math.log(expected / base);
  if (denominator === 0) return null;
  return finiteOrNull(Math.log(actual / base) / denominator);
}

/** level_linear (and threshold): r = (A − B) / (E − B). */
export function linearRatio(actual: number, base: number, expected: number): number | null {
  const denominator = expected - base;
  if (denominator === 0) return null;
  return finiteOrNull((actual - base) / denominator);
}

/**
 * A value against an expected value with nothing to start from (cumulative sums, growth rates):
 * r = 1 + s·(A − E)/|E|, which is A/E for an increasing indicator with E > 0 (ΣA/E, ḡ/g) and its
 * mirror for a decreasing one (being lower than expected is progress).
 */
export function ratioToExpected(actual: number, expected: number, direction: Direction): number | null {
  if (expected === 0) return null;
  return finiteOrNull(1 + (directionSign(direction) * (actual - expected)) / Math.abs(expected));
}

/**
 * ḡ = (Π(1 + Rᵢ/100))^(1/n) − 1, in percent: the geometric mean of annual growth rates.
 * Null for no rates or a rate at or below −100 % (the product would not have a real root).
 */
export function geometricMeanGrowth(ratesPercent: readonly number[]): number | null {
  if (ratesPercent.length === 0) return null;
  // One year is its own mean; returned as given so that mirrored inputs give mirrored results.
  if (ratesPercent.length === 1) {
    const only = ratesPercent[0] ?? Number.NaN;
    return only > -100 ? finiteOrNull(only) : null;
  }
  let logSum = 0;
  for (const r of ratesPercent) {
    const factor = 1 + r / 100;
    if (!(factor > 0)) return null;
    logSum += Math.log(factor);
  }
  return finiteOrNull((Math.exp(logSum / ratesPercent.length) - 1) * 100);
}

/**
 * 1 − Π(1 − dᵢ/100), in percent: yearly reductions compounded over several years (assigned targets).
 * Null when a rate exceeds 100 %: a quantity cannot fall by more than all of it.
 */
export function compoundedReduction(ratesPercent: readonly number[]): number | null {
  let remaining = 1;
  for (const r of ratesPercent) {
    const factor = 1 - r / 100;
    if (!(factor >= 0)) return null;
    remaining *= factor;
  }
  return finiteOrNull((1 - remaining) * 100);
}
