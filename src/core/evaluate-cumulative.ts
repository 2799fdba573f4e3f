/**
 * cumulative indicators — a five-year total, [] in the plan's table (城镇新增就业 [1.275]万人):
 * E = the sum of the annual targets so far, which is T·τ when none is entered; r = ΣA/E, mirrored
 * for decreasing indicators (evaluation.md §Kinds). A year-to-date figure of the current year is
 * judged against (annual target × months/12) and counts in ΣA.
 */
import { annualShareOfTotal, expectedCumulative } from './annual-target';
import { approxBand, meetsTarget } from './approx-band';
import { cumulativeLine, targetLine } from './explanation';
import { achievedName, statusFromRatio, statusNames } from './indicator-status';
import {
  type EvaluationContext,
  type Judgement,
  judged,
  type Known,
  noData,
  notAssessable,
} from './judgement';
import { formatValue } from './number-format';
import { periodName } from './period';
import { ratioToExpected } from './progress-ratio';
import { reasons } from './reasons';
import { judgeYearToDate } from './sub-annual';
import { cumulativeTrend, type TargetRule } from './trend';

export function evaluateCumulative(ctx: EvaluationContext): Judgement {
  const { spec, settings } = ctx;
  const total = spec.target?.value ?? null;
  if (total === null) return notAssessable(reasons.phraseTarget);
  const { latest, years } = ctx.selection;
  if (latest === null)
    return ctx.selection.counted > 0 ? notAssessable(reasons.noUsableMeasure) : noData(ctx.asOf);

  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return noData(ctx.asOf, ctx.t0);
  let sum = 0;
  for (const o of years) sum += o.value;
  const rule: TargetRule = {
    target: total,
    comparator: spec.target?.comparator ?? 'eq',
    direction: spec.direction,
    band: approxBand(total, ctx.percentUnit, settings),
    settings,
    unit: spec.unit,
  };
  const trend = cumulativeTrend(sum, last.x, ctx.t0, ctx.t1, rule);
  const when = last.subAnnual ? periodName(last.period, true) : periodName(last.period);
  // A total that ends in this year's year-to-date figure rests on sub-annual data, whatever the status.
  const flags: Known['flags'] = last.subAnnual ? ['sub_annual'] : [];
  const known: Known = { actual: sum, actualPeriod: last.text, gapToTarget: total - sum, flags, trend };

  // A total already reached is 提前实现, whatever this year's pace. A cap on a total (decreasing)
  // is trivially met early on, so it counts only once the target year's figure is in.
  const complete = !last.subAnnual && last.period.year >= ctx.t1;
  const met = meetsTarget(sum, total, rule.comparator, spec.direction, rule.band);
  if (met && (spec.direction === 'increase' || complete)) {
    const explanation = targetLine({
      when: { zh: `${first.period.year}年至${when.zh}`, en: `${first.period.year} to ${when.en}` },
      label: { zh: '累计', en: 'total' },
      actual: formatValue(sum),
      unit: spec.unit,
      targetYear: ctx.t1,
      targetText: spec.target?.text ?? String(total),
      met: true,
      status: achievedName(last.period.year, ctx.t1),
    });
    return judged(known, 'achieved', null, null, explanation);
  }
  if (last.subAnnual) {
    const annual = annualShareOfTotal(spec, total, ctx.t0, ctx.t1, last.period.year);
    return judgeYearToDate(ctx, last, annual, { gapToTarget: total - sum, trend });
  }
  const expected = expectedCumulative(spec, total, ctx.t0, ctx.t1, last.period.year);
  if (expected === null) return notAssessable(reasons.targetYearNotAfterBase, known);
  const ratio = ratioToExpected(sum, expected, spec.direction);
  if (ratio === null) return notAssessable(reasons.zeroExpected, { ...known, expected });
  const status = statusFromRatio(ratio, settings);
  return judged(
    known,
    status,
    ratio,
    expected,
    cumulativeLine({
      fromYear: first.period.year,
      to: when,
      sum,
      unit: spec.unit,
      total,
      expected,
      byAnnualTargets: spec.annualTargets.some((t) => t.year > ctx.t0 && t.year <= last.period.year),
      ratio,
      status: statusNames[status],
    }),
  );
}
