/**
 * Observations as the evaluators read them: only periods up to the evaluation date count
 * (evaluation.md), the latest one decides the status, and each kind prefers certain measures
 * (docs/methodology.md §5). observation-selection.ts picks what a kind needs in one pass; the
 * full ordered list is built only where every observation matters (relative indicators).
 */
import type { Measure, Observation, PeriodText } from './model';
import { type Period, periodEnd } from './period';
import { keyIsSubAnnual, lastKeyUpTo, periodKey, periodOfKey } from './period-key';

export interface DatedObservation {
  text: PeriodText;
  period: Period;
  measure: Measure;
  value: number;
  /** The period's end on the plan-year axis. */
  x: number;
  subAnnual: boolean;
  /** Orders like comparePeriods (period-key.ts). */
  key: number;
}

/** Measures an indicator kind can use, most preferred first, separately for whole years and sub-annual periods. */
export interface MeasurePreference {
  annual: readonly Measure[];
  subAnnual: readonly Measure[];
}

export function isGrowthMeasure(measure: Measure): boolean {
  return measure === 'yoy' || measure === 'ytd_yoy';
}

/** The observation with its period worked out; `key` is periodKey(o.period). */
export function dated(o: Observation, key: number): DatedObservation {
  const period = periodOfKey(key);
  return {
    text: o.period,
    period,
    measure: o.measure,
    value: o.value,
    x: periodEnd(period),
    subAnnual: keyIsSubAnnual(key),
    key,
  };
}

/**
 * The measure's place in the kind's preference for the period's granularity; −1 when unusable.
 * A loop over the few preferred measures rather than indexOf: it runs once per observation.
 */
export function measureRank(measure: Measure, key: number, pref: MeasurePreference): number {
  const list = keyIsSubAnnual(key) ? pref.subAnnual : pref.annual;
  for (let i = 0; i < list.length; i += 1) if (list[i] === measure) return i;
  return -1;
}

/**
 * Whether a usable observation (key, rank) replaces the best so far as "latest": a later period, or
 * at the same period a more preferred measure. On a full tie the first one seen stays, which is the
 * input order (the ordering of observationsUpTo is stable).
 */
export function isLater(key: number, rank: number, bestKey: number, bestRank: number): boolean {
  return key > bestKey || (key === bestKey && rank < bestRank);
}

/**
 * Observations with a period not after the evaluation date, sorted oldest first (stable). Non-finite
 * values are dropped (contracts reject them; the core never lets them through). An invalid period
 * text throws PeriodFormatError: it is an input error, not a data gap.
 */
export function observationsUpTo(observations: readonly Observation[], asOf: Period): DatedObservation[] {
  const limit = lastKeyUpTo(asOf);
  const out: DatedObservation[] = [];
  for (const o of observations) {
    if (!Number.isFinite(o.value)) continue;
    const key = periodKey(o.period);
    if (key <= limit) out.push(dated(o, key));
  }
  return sortByKey(out);
}

/** Sorts oldest first, keeping the input order at equal keys; data mostly arrive in order already. */
export function sortByKey<T extends { key: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i += 1) {
    const a = list[i - 1];
    const b = list[i];
    if (a !== undefined && b !== undefined && b.key < a.key) return list.sort((p, q) => p.key - q.key);
  }
  return list;
}
