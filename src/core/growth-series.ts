/**
 * Growth rates (%) per period, read from whatever an indicator reports: 同比/累计同比 figures
 * directly; levels of a rate-valued indicator as rates; other levels as the change over the previous
 * year's level (the baseline serving for the first plan year). Used to compare growths (relative kind).
 */
import type { IndicatorSpec } from './model';
import { type DatedObservation, isGrowthMeasure } from './observations';
import { isPercentUnit } from './units';

export interface GrowthPoint {
  obs: DatedObservation;
  growth: number;
}

/** True when the indicator's own values are growth rates (rate kind, or a relative indicator in %). */
function isRateValued(spec: IndicatorSpec): boolean {
  return spec.kind === 'rate' || (spec.kind === 'relative' && isPercentUnit(spec.unit));
}

/** One growth per period text, preferring a reported growth over one derived from levels. */
export function growthSeries(
  spec: IndicatorSpec,
  observations: readonly DatedObservation[],
): Map<string, GrowthPoint> {
  const rateValued = isRateValued(spec);
  const annualLevels = new Map<number, number>();
  if (spec.baseline !== null) annualLevels.set(spec.baseline.year, spec.baseline.value);
  for (const o of observations)
    if (o.measure === 'level' && !o.subAnnual) annualLevels.set(o.period.year, o.value);

  const series = new Map<string, GrowthPoint>();
  for (const o of observations) {
    if (isGrowthMeasure(o.measure) || (rateValued && o.measure === 'level')) {
      series.set(o.text, { obs: o, growth: o.value });
    }
  }
  if (!rateValued) {
    for (const o of observations) {
      if (o.measure !== 'level' || o.subAnnual || series.has(o.text)) continue;
      const previous = annualLevels.get(o.period.year - 1);
      if (previous === undefined || !(previous > 0)) continue;
      const growth = (o.value / previous - 1) * 100;
      if (Number.isFinite(growth)) series.set(o.text, { obs: o, growth });
    }
  }
  return series;
}
