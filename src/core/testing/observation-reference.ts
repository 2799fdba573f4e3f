/**
 * The observation rules of docs/methodology.md §5 written the plain way — sort everything, filter,
 * scan — as the core did before observation-selection.ts picked the same observations in one pass.
 * Kept for tests only: the property test holds the fast pass to this reference.
 */

import type { Observation } from '../model';
import type { DatedObservation, MeasurePreference } from '../observations';
import { comparePeriods, isSubAnnual, type Period, periodEnd, requirePeriod } from '../period';
import { keyOfPeriod } from '../period-key';

/** Finite observations up to asOf, sorted by comparePeriods (a stable sort). */
export function observationsUpTo(observations: readonly Observation[], asOf: Period): DatedObservation[] {
  const limit = periodEnd(asOf);
  const dated: DatedObservation[] = [];
  for (const o of observations) {
    if (!Number.isFinite(o.value)) continue;
    const period = requirePeriod(o.period);
    const x = periodEnd(period);
    if (x > limit) continue;
    dated.push({
      text: o.period,
      period,
      measure: o.measure,
      value: o.value,
      x,
      subAnnual: isSubAnnual(period),
      key: keyOfPeriod(period),
    });
  }
  return dated.sort((a, b) => comparePeriods(a.period, b.period));
}

export function usableFor(
  observations: readonly DatedObservation[],
  pref: MeasurePreference,
): DatedObservation[] {
  return observations.filter((o) => measureRank(o, pref) !== null);
}

/** The latest period; at the same point a whole year before a quarter before a month; then the preferred measure. */
export function latestObservation(
  observations: readonly DatedObservation[],
  pref: MeasurePreference,
): DatedObservation | null {
  let best: DatedObservation | null = null;
  for (const o of observations) {
    const rank = measureRank(o, pref);
    if (rank === null) continue;
    if (best === null) {
      best = o;
      continue;
    }
    const order = comparePeriods(o.period, best.period);
    if (order > 0 || (order === 0 && rank < (measureRank(best, pref) ?? Number.POSITIVE_INFINITY))) best = o;
  }
  return best;
}

/** One observation per calendar year from `afterYear` + 1 on: the whole year, else the latest sub-annual one. */
export function onePerYear(
  observations: readonly DatedObservation[],
  pref: MeasurePreference,
  afterYear: number,
): DatedObservation[] {
  const byYear = new Map<number, DatedObservation>();
  for (const o of observations) {
    if (o.period.year <= afterYear) continue;
    const current = byYear.get(o.period.year);
    if (current === undefined || latestObservation([current, o], pref) === o) byYear.set(o.period.year, o);
  }
  return [...byYear.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

function measureRank(o: DatedObservation, pref: MeasurePreference): number | null {
  const list = o.subAnnual ? pref.subAnnual : pref.annual;
  const i = list.indexOf(o.measure);
  return i < 0 ? null : i;
}
