/**
 * The target of one year (年度目标): the plan office's entry in spec.annualTargets when there is
 * one, else the year's share of the five-year path (evaluation.md §Kinds; docs/methodology.md §6).
 */
import { type LevelPath, pathValue } from './expected-path';
import { finiteOrNull } from './finite';
import type { IndicatorSpec } from './model';

export function explicitAnnualTarget(spec: IndicatorSpec, year: number): number | null {
  return spec.annualTargets.find((t) => t.year === year)?.value ?? null;
}

/** A level indicator's target for the year: the entry, else the path value at the end of that year. */
export function annualLevelTarget(spec: IndicatorSpec, path: LevelPath | null, year: number): number | null {
  const explicit = explicitAnnualTarget(spec, year);
  if (explicit !== null) return explicit;
  return path === null ? null : pathValue(path, year);
}

/**
 * A level indicator's growth target for the year, in %:
 * an explicit level target implies growth over the previous year's target (or the baseline);
 * else the plan's stated annual growth ("14左右") for a compound indicator;
 * else the growth the path implies from the previous year to this one.
 */
export function annualGrowthTarget(spec: IndicatorSpec, path: LevelPath | null, year: number): number | null {
  const explicit = explicitAnnualTarget(spec, year);
  if (explicit !== null) {
    const previous =
      explicitAnnualTarget(spec, year - 1) ??
      (spec.baseline !== null && spec.baseline.year === year - 1 ? spec.baseline.value : null) ??
      (path === null ? null : pathValue(path, year - 1));
    return previous !== null && previous > 0 ? finiteOrNull((explicit / previous - 1) * 100) : null;
  }
  if (spec.kind === 'level_compound' && spec.annualGrowth !== null) return spec.annualGrowth;
  if (path === null) return null;
  const now = pathValue(path, year);
  const before = pathValue(path, year - 1);
  return now !== null && before !== null && before > 0 ? finiteOrNull((now / before - 1) * 100) : null;
}

/** A cumulative indicator's amount for the year: the entry, else an even share T/(t1 − t0). */
export function annualShareOfTotal(
  spec: IndicatorSpec,
  total: number,
  t0: number,
  t1: number,
  year: number,
): number | null {
  const explicit = explicitAnnualTarget(spec, year);
  if (explicit !== null) return explicit;
  return t1 > t0 ? finiteOrNull(total / (t1 - t0)) : null;
}

/**
 * Expected cumulative amount up to the end of `lastYear`: the sum of the years' targets from t0 + 1,
 * which is T·τ when no year has its own entry. Closed form, no loop over years.
 */
export function expectedCumulative(
  spec: IndicatorSpec,
  total: number,
  t0: number,
  t1: number,
  lastYear: number,
): number | null {
  if (!(t1 > t0)) return null;
  const first = Math.floor(t0) + 1;
  const last = Math.min(lastYear, Math.floor(t1));
  if (last < first) return 0;
  const entries = spec.annualTargets.filter((t) => t.year >= first && t.year <= last);
  const years = new Set(entries.map((t) => t.year));
  const explicitSum = [...years].reduce((sum, y) => sum + (explicitAnnualTarget(spec, y) ?? 0), 0);
  return finiteOrNull(explicitSum + ((last - first + 1 - years.size) * total) / (t1 - t0));
}

/** A rate indicator's or assigned indicator's rate for the year: the entry, else the fallback. */
export function annualRateTarget(spec: IndicatorSpec, year: number, fallback: number | null): number | null {
  return explicitAnnualTarget(spec, year) ?? fallback;
}
