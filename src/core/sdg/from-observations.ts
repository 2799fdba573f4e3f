/**
 * Step 1 of the sdg method: the base and current points from a series. ti is the latest observed
 * year; t0 the configured base year if observed, else the earliest observed year after it.
 * A year written "2015-16" counts as 2015 (its first four digits).
 */
import type { Direction } from '../model';
import type { SdgSeriesInput, SdgSeriesResult, SdgThresholds, SdgYearValue } from './sdg-types';
import { sdgSeriesProgress } from './series-progress';
import { method1Thresholds, method2Thresholds } from './thresholds';

export interface SdgObservation {
  year: number | string;
  value: number;
}

export interface SdgSeriesOptions {
  target: SdgYearValue | null;
  direction: Direction;
  limit: number | null;
  thresholds?: Partial<SdgThresholds>;
}

/** The year of an observation: an integer year, or the first four digits of "2015-16"; null otherwise. */
export function sdgYear(year: number | string): number | null {
  if (typeof year === 'number') return Number.isInteger(year) ? year : null;
  const m = /^\s*(\d{4})/.exec(year);
  return m ? Number(m[1]) : null;
}

export function sdgFromObservations(
  series: readonly SdgObservation[],
  configuredBaseYear: number,
  options: SdgSeriesOptions,
): SdgSeriesResult {
  const points: SdgYearValue[] = [];
  for (const o of series) {
    const year = sdgYear(o.year);
    if (year !== null && Number.isFinite(o.value)) points.push({ year, value: o.value });
  }
  if (points.length === 0) return unavailable(options, 'no_data', null, null);
  const years = new Set(points.map((p) => p.year));
  if (years.size < points.length) return unavailable(options, 'duplicate_year', null, null);

  const current = points.reduce((a, b) => (b.year > a.year ? b : a));
  const base =
    points.find((p) => p.year === configuredBaseYear) ??
    points
      .filter((p) => p.year > configuredBaseYear)
      .reduce<SdgYearValue | null>((a, b) => (a === null || b.year < a.year ? b : a), null);
  if (base === null) return unavailable(options, 'no_base_year', null, current);
  const input: SdgSeriesInput = {
    base,
    current,
    target: options.target,
    direction: options.direction,
    limit: options.limit,
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
  };
  return sdgSeriesProgress(input);
}

function unavailable(
  options: SdgSeriesOptions,
  problem: SdgSeriesResult['problem'],
  base: SdgYearValue | null,
  current: SdgYearValue | null,
): SdgSeriesResult {
  const method = options.target === null ? 1 : 2;
  return {
    method,
    base,
    current,
    sign: 1,
    limitFactor: 1,
    thresholds: { ...(method === 1 ? method1Thresholds : method2Thresholds), ...options.thresholds },
    targetAchieved: false,
    progressValue: null,
    status: 'not_available',
    score: null,
    problem,
  };
}
