/**
 * What data was known when (docs/methodology.md §14): an observation may carry its publication date
 * and vintage (初步核算, 最终核实). An evaluation with `dataAsOf` uses only observations published by
 * that date — how an evaluation written in December 2023 is reproduced — and of several vintages of
 * one figure (same period, measure and span) the latest published by then. Observations without a
 * publication date always count: a plan office that never records dates loses nothing.
 */
import type { Observation } from './model';
import { monthsElapsed, type Period } from './period';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date as a comparable number; null when it is not one. */
export function dateKey(date: string): number | null {
  const m = datePattern.exec(date);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return y * 10000 + mo * 100 + d;
}

/**
 * Whether a publication date falls before the period it reports has ended: 2023 data published on
 * 2023-06-30 cannot be whole-year data. The package rules and `lantu eval` refuse such dates.
 */
export function publishedBeforePeriodEnds(period: Period, published: string): boolean {
  const key = dateKey(published);
  if (key === null) return false;
  const lastMonth = monthsElapsed(period);
  // Any day of the period's last month counts (monthly data are often out on the month's last days).
  return key < period.year * 10000 + lastMonth * 100 + 1;
}

/** The observations known on `dataAsOf`; every observation when it is null. */
export function observationsKnownAt(
  observations: readonly Observation[],
  dataAsOf: string | null,
): readonly Observation[] {
  if (dataAsOf === null) return latestVintages(observations, Number.POSITIVE_INFINITY);
  const limit = dateKey(dataAsOf);
  return latestVintages(observations, limit ?? Number.POSITIVE_INFINITY);
}

/** Of each (period, measure, span) the latest publication up to `limit`; undated ones always count. */
function latestVintages(observations: readonly Observation[], limit: number): readonly Observation[] {
  if (!observations.some((o) => o.published !== undefined)) return observations;
  const best = new Map<string, { o: Observation; key: number }>();
  const order: string[] = [];
  for (const o of observations) {
    const key = o.published === undefined ? 0 : (dateKey(o.published) ?? 0);
    if (key > limit) continue;
    const id = `${o.period}|${o.measure}|${o.span ?? ''}`;
    const seen = best.get(id);
    if (seen === undefined) order.push(id);
    if (seen === undefined || key >= seen.key) best.set(id, { o, key });
  }
  const out: Observation[] = [];
  for (const id of order) {
    const pick = best.get(id);
    if (pick !== undefined) out.push(pick.o);
  }
  return out;
}

export function isPreliminary(vintage: string | undefined): boolean {
  return vintage !== undefined && /^(初步|preliminary)/i.test(vintage);
}
