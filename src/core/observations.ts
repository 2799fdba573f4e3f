/**
 * Selecting observations for an evaluation: only periods up to the evaluation date count
 * (evaluation.md), the latest one decides the status, and each kind prefers certain measures
 * (docs/methodology.md §5).
 */
import type { Measure, Observation, PeriodText } from './model';
import { comparePeriods, isSubAnnual, type Period, periodEnd, requirePeriod } from './period';

export interface DatedObservation {
  text: PeriodText;
  period: Period;
  measure: Measure;
  value: number;
  /** The period's end on the plan-year axis. */
  x: number;
  subAnnual: boolean;
}

/** Measures an indicator kind can use, most preferred first, separately for whole years and sub-annual periods. */
export interface MeasurePreference {
  annual: readonly Measure[];
  subAnnual: readonly Measure[];
}

export function isGrowthMeasure(measure: Measure): boolean {
  return measure === 'yoy' || measure === 'ytd_yoy';
}

/**
 * Observations with a period not after the evaluation date, sorted oldest first. Non-finite values
 * are dropped (contracts reject them; the core never lets them through). An invalid period text
 * throws PeriodFormatError: it is an input error, not a data gap.
 */
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
    });
  }
  return dated.sort((a, b) => comparePeriods(a.period, b.period));
}

/** The observations whose measure the preference accepts for their granularity. */
export function usableFor(
  observations: readonly DatedObservation[],
  pref: MeasurePreference,
): DatedObservation[] {
  return observations.filter((o) => measureRank(o, pref) !== null);
}

/**
 * The observation that decides the status: the latest period; at the same point a whole year
 * before a quarter before a month; then the kind's preferred measure.
 */
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

/**
 * One observation per calendar year from `afterYear` + 1 on: the whole-year figure when there is one,
 * else the latest sub-annual one of that year (a year-to-date figure of the current year).
 */
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
