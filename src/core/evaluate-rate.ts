/**
 * rate indicators — the indicator is itself a growth rate (主导产业增加值增速 15): r = ḡ/g with ḡ the
 * geometric mean of (1 + R) over the observed years of the plan period (evaluation.md §Kinds),
 * mirrored for decreasing indicators. A growth rate is a per-year target, so it counts as achieved
 * only once the target year's figure is in and ḡ meets g (docs/methodology.md §4).
 */
import { annualRateTarget } from './annual-target';
import { bandPosition, meetsTarget } from './approx-band';
import type { YearCheck } from './evaluation-result';
import { rateLine } from './explanation';
import { achievedName, statusFromBand, statusFromRatio, statusNames } from './indicator-status';
import { type EvaluationContext, type Judgement, noData, notAssessable } from './judgement';
import type { Comparator } from './model';
import { formatGiven } from './number-format';
import { geometricMeanGrowth, ratioToExpected } from './progress-ratio';
import { reasons } from './reasons';
import { judgeGrowth } from './sub-annual';
import { rateTrend, type TargetRule } from './trend';

export function evaluateRate(ctx: EvaluationContext): Judgement {
  const { spec, settings } = ctx;
  const target = spec.target?.value ?? spec.annualGrowth;
  if (target === null) return notAssessable(reasons.phraseTarget);
  const { latest, years } = ctx.selection;
  if (latest === null)
    return ctx.selection.counted > 0 ? notAssessable(reasons.noUsableMeasure) : noData(ctx.asOf);

  const comparator = spec.target?.comparator ?? 'eq';
  // Growth figures are in %, so a 左右 band is always in percentage points.
  const rule: TargetRule = {
    target,
    comparator,
    direction: spec.direction,
    band: settings.approxBandPoints,
    settings,
    unit: '%',
  };
  const rates = years.map((o) => o.value);
  const mean = geometricMeanGrowth(rates);
  const last = years[years.length - 1];
  const trend =
    mean === null || last === undefined ? undefined : rateTrend(rates, mean, last.period.year, ctx.t1, rule);

  if (latest.subAnnual) {
    return judgeGrowth(ctx, latest, annualRateTarget(spec, latest.period.year, target), comparator, {
      gapToTarget: mean === null ? null : target - mean,
      ...(trend === undefined ? {} : { trend }),
    });
  }
  const first = years[0];
  if (first === undefined || last === undefined) return noData(ctx.asOf, ctx.t0);
  if (mean === null || trend === undefined) return notAssessable(reasons.outOfRange);

  const ratio = ratioToExpected(mean, target, spec.direction);
  const complete = last.period.year >= ctx.t1;
  let status: Judgement['status'];
  if (complete && meetsTarget(mean, target, comparator, spec.direction, rule.band)) status = 'achieved';
  else if (comparator === 'approx')
    status = statusFromBand(bandPosition(mean, target, spec.direction, rule.band), ratio ?? 0);
  else if (ratio === null)
    return notAssessable(reasons.zeroExpected, { actual: mean, actualPeriod: last.text, trend });
  else status = statusFromRatio(ratio, settings);

  const checks = yearChecks(ctx, years, target, comparator, rule.band);
  const breaches =
    comparator === 'ge' || comparator === 'le' ? checks.filter((c) => !c.met).map((c) => c.year) : [];
  // A mean judged behind already says so; one that passes must not hide the year that did not.
  const hidden = status === 'behind' || status === 'regressing' ? [] : breaches;
  return {
    status,
    ratio,
    actual: mean,
    actualPeriod: last.text,
    expected: target,
    gapToTarget: target - mean,
    years: checks,
    breaches,
    // A mean that meets a ≥/≤ line must not hide the year that did not (docs/methodology.md §16).
    notes: hidden.map((y) => ({
      zh: `${y}年未达到年度目标(${comparator === 'ge' ? '不低于' : '不高于'}${formatGiven(annualRateTarget(spec, y, target) ?? target)}%),年均判断不掩盖该年`,
      en: `${y} missed its annual target (${comparator === 'ge' ? 'at least' : 'at most'} ${formatGiven(annualRateTarget(spec, y, target) ?? target)}%); the mean does not hide it`,
    })),
    flags: hidden.length > 0 ? ['line_breached'] : [],
    reason: null,
    explanation: rateLine({
      fromYear: first.period.year,
      toYear: last.period.year,
      mean,
      target,
      ratio,
      status: status === 'achieved' ? achievedName(last.period.year, ctx.t1) : statusNames[status],
    }),
    trend,
  };
}

/** Each year's rate against that year's target under the comparator. */
function yearChecks(
  ctx: EvaluationContext,
  years: EvaluationContext['selection']['years'],
  target: number,
  comparator: Comparator,
  band: number,
): YearCheck[] {
  return years.map((o) => {
    const t = annualRateTarget(ctx.spec, o.period.year, target) ?? target;
    return {
      year: o.period.year,
      actual: o.value,
      target: t,
      targetText: formatGiven(t),
      met: meetsTarget(o.value, t, comparator, ctx.spec.direction, band),
    };
  });
}
