/**
 * What an evaluator reads of an indicator's observations, picked in one pass over them
 * (docs/methodology.md §5): how many count at the evaluation date, the latest usable one, the usable
 * `level` observations oldest first, and one usable observation per year after the base year.
 *
 * The picks do not depend on the order the observations arrive in except through ties, and a tie
 * keeps the first one seen — the same as scanning the list sorted oldest first with a stable sort.
 * So nothing is sorted but the few picks, and only the picks become DatedObservation objects: a
 * plan's observations are read once, without an allocation or a comparison function per observation
 * (bench `evaluate`: this pass used to be most of the time and most of the garbage).
 */

import { measurePreference } from './measure-preference';
import type { IndicatorKind, Observation } from './model';
import {
  type DatedObservation,
  dated,
  isLater,
  type MeasurePreference,
  measureRank,
  sortByKey,
} from './observations';
import type { Period } from './period';
import { keyIsSubAnnual, keyYear, lastKeyUpTo, periodKey } from './period-key';

export interface ObservationSelection {
  /** Observations with a finite value up to the evaluation date, whatever their measure. */
  counted: number;
  /**
   * The observation that decides the status: the latest period; at the same point a whole year
   * before a quarter before a month; then the kind's preferred measure.
   */
  latest: DatedObservation | null;
  /** Usable `level` observations, oldest first (level kinds: baseline and trend). */
  levels: readonly DatedObservation[];
  /**
   * One usable observation per calendar year after the base year, oldest first: the whole-year
   * figure when there is one, else the latest sub-annual one of that year (a year-to-date figure of
   * the current year). Rate-like kinds read whole years only.
   */
  years: readonly DatedObservation[];
}

/** What a kind reads: its measures, and whether it needs the levels and which per-year figures. */
interface Reading {
  pref: MeasurePreference;
  levels: boolean;
  years: 'annual' | 'all' | null;
}

const readings: Record<IndicatorKind, Reading> = {
  level_compound: { pref: measurePreference('level_compound'), levels: true, years: null },
  level_linear: { pref: measurePreference('level_linear'), levels: true, years: null },
  threshold: { pref: measurePreference('threshold'), levels: true, years: null },
  cumulative: { pref: measurePreference('cumulative'), levels: false, years: 'all' },
  rate: { pref: measurePreference('rate'), levels: false, years: 'annual' },
  assigned: { pref: measurePreference('assigned'), levels: false, years: 'annual' },
  relative: { pref: measurePreference('relative'), levels: false, years: null },
};

/**
 * The selection for an indicator of `kind` at `asOf`, with `afterYear` the base year (years up to it
 * are left out of the per-year figures). Non-finite values are dropped; an invalid period text
 * throws PeriodFormatError, whatever the kind reads: it is an input error, not a data gap.
 */
export function selectObservations(
  observations: readonly Observation[],
  asOf: Period,
  kind: IndicatorKind,
  afterYear: number,
): ObservationSelection {
  const { pref, levels: wantLevels, years: yearsMode } = readings[kind];
  const limit = lastKeyUpTo(asOf);
  const levels: DatedObservation[] = [];
  const years: YearSlot[] = [];
  let counted = 0;
  let best: Observation | null = null;
  // Below every key (the smallest is 3), so the first usable observation becomes the best.
  let bestKey = -1;
  let bestRank = 0;
  for (const o of observations) {
    if (!Number.isFinite(o.value)) continue;
    const key = periodKey(o.period);
    if (key > limit) continue;
    counted += 1;
    // An observation older than the best so far matters only as a level or a year's figure; data
    // listed by period text (2023 before 2023-01 … 2023-12) are mostly such, so skip ranking them.
    const forLatest = key >= bestKey;
    const forLevels = wantLevels && o.measure === 'level';
    const forYears =
      yearsMode !== null && (yearsMode === 'all' || !keyIsSubAnnual(key)) && keyYear(key) > afterYear;
    if (!(forLatest || forLevels || forYears)) continue;
    const rank = measureRank(o.measure, key, pref);
    if (rank < 0) continue;
    if (forLatest && isLater(key, rank, bestKey, bestRank)) {
      best = o;
      bestKey = key;
      bestRank = rank;
    }
    if (forLevels) levels.push(dated(o, key));
    if (forYears) offer(years, o, key, rank);
  }
  return {
    counted,
    latest: best === null ? null : dated(best, bestKey),
    levels: sortByKey(levels),
    years: picks(years),
  };
}

/** The best usable observation of one year so far. */
interface YearSlot {
  year: number;
  o: Observation;
  key: number;
  rank: number;
}

/**
 * Offers an observation for its year: it replaces the year's pick by the same rule as the overall
 * latest. Searched from the newest year, as a series has a handful of years and mostly arrives in order.
 */
function offer(slots: YearSlot[], o: Observation, key: number, rank: number): void {
  const year = keyYear(key);
  for (let i = slots.length - 1; i >= 0; i -= 1) {
    const slot = slots[i];
    if (slot === undefined || slot.year !== year) continue;
    if (isLater(key, rank, slot.key, slot.rank)) {
      slot.o = o;
      slot.key = key;
      slot.rank = rank;
    }
    return;
  }
  slots.push({ year, o, key, rank });
}

function picks(slots: readonly YearSlot[]): DatedObservation[] {
  const out: DatedObservation[] = [];
  for (const slot of slots) out.push(dated(slot.o, slot.key));
  return sortByKey(out);
}
