/**
 * assigned indicators — the target comes from above each year (万元工业增加值能耗降低率 按省市下达目标):
 * per year achieved ÷ assigned; over the period 1 − Π(1 − dᵢ) against 1 − Π(1 − targetᵢ) for the
 * years with both a figure and an assigned target (evaluation.md §Kinds). Values are the yearly rates
 * in the favourable sense (a 降低率 of 4 means 4 % lower). Without any annual target entered the
 * indicator is not assessable.
 */
import { annualRateTarget, explicitAnnualTarget } from './annual-target';
import type { TrendJudgement } from './evaluation-result';
import { assignedLine } from './explanation';
import { finiteOrNull } from './finite';
import { achievedName, statusFromRatio, statusNames } from './indicator-status';
import { type EvaluationContext, type Judgement, noData, noTrend, notAssessable } from './judgement';
import { formatPercent } from './number-format';
import { compoundedReduction, ratioToExpected } from './progress-ratio';
import { noAnnualTarget, reasons } from './reasons';
import { judgeGrowth } from './sub-annual';
import { type TargetRule, trendVerdict, verdictNames } from './trend';

export function evaluateAssigned(ctx: EvaluationContext): Judgement {
  const { spec, settings } = ctx;
  const { latest, years } = ctx.selection;
  if (latest === null)
    return ctx.selection.counted > 0 ? notAssessable(reasons.noUsableMeasure) : noData(ctx.asOf);
  if (spec.annualTargets.length === 0) return notAssessable(reasons.assignedWithoutTargets);
  const comparator = spec.target?.comparator ?? 'eq';
  if (latest.subAnnual) {
    return judgeGrowth(ctx, latest, annualRateTarget(spec, latest.period.year, null), comparator);
  }

  const pairs = years.flatMap((o) => {
    const target = explicitAnnualTarget(spec, o.period.year);
    return target === null ? [] : [{ obs: o, target }];
  });
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  if (first === undefined || last === undefined) {
    const lastYear = years[years.length - 1]?.period.year;
    return lastYear === undefined ? noData(ctx.asOf, ctx.t0) : notAssessable(noAnnualTarget(lastYear));
  }
  const achieved = compoundedReduction(pairs.map((p) => p.obs.value));
  const assigned = compoundedReduction(pairs.map((p) => p.target));
  if (achieved === null || assigned === null) return notAssessable(reasons.outOfRange);
  const ratio = ratioToExpected(achieved, assigned, spec.direction);
  const known = {
    actual: achieved,
    actualPeriod: last.obs.text,
    expected: assigned,
    gapToTarget: finiteOrNull((spec.target?.value ?? Number.NaN) - achieved),
  };
  if (ratio === null) return notAssessable(reasons.zeroExpected, known);
  const complete = last.obs.period.year >= ctx.t1;
  const status = complete && ratio >= 1 ? 'achieved' : statusFromRatio(ratio, settings);
  return {
    ...known,
    status,
    ratio,
    flags: [],
    reason: null,
    explanation: assignedLine({
      fromYear: first.obs.period.year,
      toYear: last.obs.period.year,
      achieved,
      assigned,
      lastValue: last.obs.value,
      lastTarget: last.target,
      ratio,
      status: status === 'achieved' ? achievedName(last.obs.period.year, ctx.t1) : statusNames[status],
    }),
    trend: assignedTrend(
      ctx,
      years.map((o) => o.value),
      last.obs.period.year,
      ratio,
      comparator,
    ),
  };
}

/**
 * Projection: the compounded rate if the mean yearly rate so far held for the whole period,
 * 1 − Π(1 − dᵢ)^((t1 − t0)/n). The five-year assigned total is known when every year has its target
 * (or the plan states one); without it the verdict follows the ratio so far.
 */
function assignedTrend(
  ctx: EvaluationContext,
  rates: readonly number[],
  lastYear: number,
  ratio: number,
  comparator: TargetRule['comparator'],
): TrendJudgement {
  const { spec, settings, t0, t1 } = ctx;
  let logRemaining = 0;
  for (const r of rates) logRemaining += Math.log(1 - r / 100);
  const span = t1 - t0;
  const projection = finiteOrNull((1 - Math.exp((logRemaining * span) / rates.length)) * 100);
  const allYears = Array.from(
    { length: Math.max(0, Math.min(50, Math.floor(span))) },
    (_, i) => Math.floor(t0) + 1 + i,
  );
  const yearTargets = allYears.map((y) => explicitAnnualTarget(spec, y));
  const total =
    span > 0 && span <= 50 && yearTargets.every((t) => t !== null)
      ? compoundedReduction(yearTargets.filter((t): t is number => t !== null))
      : (spec.target?.value ?? null);
  if (projection === null) return noTrend();
  if (total === null) {
    const verdict = ratio >= 1 ? 'likely' : ratio >= settings.atRiskShare ? 'at_risk' : 'unlikely';
    return {
      projection,
      requiredPace: null,
      verdict,
      explanation: {
        zh: `按已完成年份的平均降幅推算,五年累计约${formatPercent(projection)}%;五年下达目标未全部录入,按目前进度比判断,${verdictNames[verdict].zh}`,
        en: `At the mean yearly rate so far the period would compound to ${formatPercent(projection)}%; not all annual targets are entered, judged on the ratio so far; ${verdictNames[verdict].en}`,
      },
    };
  }
  const rule: TargetRule = {
    target: total,
    comparator,
    direction: spec.direction,
    band: settings.approxBandPoints,
    settings,
    unit: '%',
  };
  const verdict = trendVerdict(projection, 0, rule);
  const remaining = t1 - lastYear;
  const required =
    remaining > 0
      ? finiteOrNull((1 - Math.exp((Math.log(1 - total / 100) - logRemaining) / remaining)) * 100)
      : null;
  return {
    projection,
    requiredPace: required === null ? null : { value: required, basis: 'percent_per_year' },
    verdict,
    explanation: {
      zh: `按已完成年份的平均降幅推算,五年累计约${formatPercent(projection)}%,五年下达目标累计${formatPercent(total)}%${required === null ? '' : `,此后需年均完成${formatPercent(required)}%`},${verdictNames[verdict].zh}`,
      en: `At the mean yearly rate so far the period would compound to ${formatPercent(projection)}% against ${formatPercent(total)}% assigned${required === null ? '' : `; ${formatPercent(required)}% a year needed from now on`}; ${verdictNames[verdict].en}`,
    },
  };
}
