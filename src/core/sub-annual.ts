/**
 * Judging one figure against the target of its year (evaluation.md: "When data are sub-annual, judge
 * against the annual target at the time-elapsed pace"):
 * - a year-to-date amount against (annual target × months elapsed / 12);
 * - a year-on-year growth (累计同比 or 同比) directly against the year's growth target.
 * A whole-year growth figure of a level indicator is judged the same way, without the sub_annual flag.
 */
import { bandPosition } from './approx-band';
import type { Bilingual, TrendJudgement } from './evaluation-result';
import { growthLine, yearToDateLine } from './explanation';
import { statusFromBand, statusFromRatio, statusNames } from './indicator-status';
import {
  type EvaluationContext,
  type Judgement,
  judged,
  type Known,
  noTrend,
  notAssessable,
} from './judgement';
import type { Comparator } from './model';
import type { DatedObservation } from './observations';
import { monthsElapsed, periodName } from './period';
import { ratioToExpected } from './progress-ratio';
import { noAnnualTarget, reasons } from './reasons';

/** Fields the caller knows better than the judgement of one year (gap to the five-year target, trend). */
export interface Extra {
  gapToTarget?: number | null;
  trend?: TrendJudgement;
}

export function judgeYearToDate(
  ctx: EvaluationContext,
  obs: DatedObservation,
  annualTarget: number | null,
  extra: Extra = {},
): Judgement {
  const year = obs.period.year;
  const base = baseFields(obs, extra);
  if (annualTarget === null) return notAssessable(noAnnualTarget(year), base);
  const months = monthsElapsed(obs.period);
  const expected = (annualTarget * months) / 12;
  const ratio = ratioToExpected(obs.value, expected, ctx.spec.direction);
  if (ratio === null) return notAssessable(reasons.zeroExpected, { ...base, expected });
  const status = statusFromRatio(ratio, ctx.settings);
  return judged(
    base,
    status,
    ratio,
    expected,
    yearToDateLine({
      when: periodName(obs.period, true),
      actual: obs.value,
      unit: ctx.spec.unit,
      year,
      annualTarget,
      months,
      expected,
      ratio,
      status: statusNames[status],
    }),
  );
}

/**
 * r = 1 + s·(R − g)/|g| (R/g when increasing). A 左右 growth target is judged by its band in
 * percentage points instead (docs/methodology.md §3): within on track, favourable side ahead.
 */
export function judgeGrowth(
  ctx: EvaluationContext,
  obs: DatedObservation,
  growthTarget: number | null,
  comparator: Comparator,
  extra: Extra = {},
): Judgement {
  const base = baseFields(obs, extra);
  if (growthTarget === null) return notAssessable(noAnnualTarget(obs.period.year), base);
  const ratio = ratioToExpected(obs.value, growthTarget, ctx.spec.direction);
  let status: Judgement['status'];
  if (comparator === 'approx') {
    const position = bandPosition(obs.value, growthTarget, ctx.spec.direction, ctx.settings.approxBandPoints);
    status = statusFromBand(position, ratio ?? 0);
  } else if (ratio === null) {
    return notAssessable(reasons.zeroExpected, { ...base, expected: growthTarget });
  } else {
    status = statusFromRatio(ratio, ctx.settings);
  }
  const when: Bilingual = periodName(obs.period, obs.measure === 'ytd_yoy' || obs.measure === 'ytd');
  const explanation = growthLine({
    when,
    growth: obs.value,
    target: growthTarget,
    status: statusNames[status],
  });
  return judged(base, status, ratio, growthTarget, explanation);
}

function baseFields(obs: DatedObservation, extra: Extra): Known {
  return {
    actual: obs.value,
    actualPeriod: obs.text,
    gapToTarget: extra.gapToTarget ?? null,
    flags: obs.subAnnual ? ['sub_annual'] : [],
    trend: extra.trend ?? noTrend(),
  };
}
