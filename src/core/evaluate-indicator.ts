/**
 * evaluateIndicator — one indicator at an evaluation date (evaluation.md; docs/methodology.md).
 * Dispatches on the kind, then adds what every result shares: τ of the plan period, the stale-data
 * flag, and a last guard that every number leaving the core is finite or null.
 */

import { type PreparedSpec, prepareSpec } from './baseline-restatement';
import { isPreliminary, observationsKnownAt } from './data-vintage';
import { evaluateAssigned } from './evaluate-assigned';
import { evaluateChained, isChained } from './evaluate-chained';
import { evaluateCumulative } from './evaluate-cumulative';
import { evaluateHold, isLineToHold } from './evaluate-hold';
import { evaluateLevel } from './evaluate-level';
import { evaluateRate } from './evaluate-rate';
import { evaluateRelative } from './evaluate-relative';
import { evaluateYearly, hasYearlyTargets } from './evaluate-yearly';
import type { FinalVerdict, IndicatorEvaluation } from './evaluation-result';
import { clamp, finiteOrNull } from './finite';
import { type EvaluationContext, type Judgement, notAssessable } from './judgement';
import type { EvaluationSettings, IndicatorSpec, Observation, PeriodText } from './model';
import { selectObservations } from './observation-selection';
import { observationsUpTo } from './observations';
import { applyTargetYear, judgeAspiration, officialCategory } from './official-scale';
import { elapsedShare, type Period, parsePeriod, periodEnd, requirePeriod } from './period';
import { lastKeyUpTo, periodKey } from './period-key';
import { reasons } from './reasons';
import { isPercentUnit } from './units';

export interface EvaluateIndicatorInput {
  spec: IndicatorSpec;
  observations: readonly Observation[];
  /** The evaluation date as a period (2023, 2023-Q3, 2023-09); only observations up to it count. */
  asOf: PeriodText;
  /** The plan's base and target years; an indicator's own baseline/target years take precedence. */
  baseYear: number;
  targetYear: number;
  settings: EvaluationSettings;
  /** For a `relative` indicator: the indicator it is tied to (GDP for income growth). */
  related?: { spec: IndicatorSpec; observations: readonly Observation[] };
  /** Only observations published by this date (YYYY-MM-DD) count, the latest vintage of each. */
  dataAsOf?: string | null;
}

export function evaluateIndicator(input: EvaluateIndicatorInput): IndicatorEvaluation {
  return evaluateIndicatorAt(input, requirePeriod(input.asOf));
}

/** evaluateIndicator with the evaluation date already parsed (evaluatePlan parses it once per plan). */
export function evaluateIndicatorAt(input: EvaluateIndicatorInput, asOf: Period): IndicatorEvaluation {
  const dataAsOf = input.dataAsOf ?? null;
  const known = observationsKnownAt(input.observations, dataAsOf);
  const prepared = prepareSpec(input.spec, asOf.year);
  const { spec } = prepared;
  const t0 = spec.baseline?.year ?? input.baseYear;
  const yearly = known.some((o) => o.span !== undefined) ? known.filter((o) => o.span === undefined) : known;
  const sinceBase = yearly === known ? [] : known.filter((o) => o.span === 'since_base');
  const ctx: EvaluationContext = {
    spec,
    observations: yearly,
    selection: selectObservations(yearly, asOf, spec.kind, t0),
    asOf,
    t0,
    t1: spec.target?.year ?? input.targetYear,
    settings: input.settings,
    percentUnit: isPercentUnit(spec.unit),
    sinceBase: observationsUpToDate(sinceBase, asOf),
  };
  const related =
    input.related === undefined
      ? undefined
      : { spec: input.related.spec, observations: observationsKnownAt(input.related.observations, dataAsOf) };
  const judgement = judge(ctx, related);
  const { judgement: final, final: verdict } = applyTargetYear(judgement, spec, ctx.t1, input.settings);
  return finish(ctx, input, asOf, final, verdict, prepared, known, dataAsOf);
}

/** since_base figures of periods up to the evaluation date. */
function observationsUpToDate(list: readonly Observation[], asOf: Period): Observation[] {
  const limit = lastKeyUpTo(asOf);
  return list.filter((o) => periodKey(o.period) <= limit);
}

/** 序时进度 of the plan period at the evaluation date, clamped to [0, 1]; 0 when t1 ≤ t0. */
export function planTimeElapsed(asOf: Period, baseYear: number, targetYear: number): number {
  const tau = elapsedShare(periodEnd(asOf), baseYear, targetYear);
  return tau === null ? 0 : clamp(tau, 0, 1);
}

function judge(
  ctx: EvaluationContext,
  related: { spec: IndicatorSpec; observations: readonly Observation[] } | undefined,
): Judgement {
  if (comparatorContradictsDirection(ctx.spec)) return notAssessable(reasons.comparatorAgainstDirection);
  switch (ctx.spec.kind) {
    case 'level_compound':
    case 'level_linear':
    case 'threshold':
      return isLineToHold(ctx) ? evaluateHold(ctx) : evaluateLevel(ctx);
    case 'rate':
      return hasYearlyTargets(ctx.spec) ? evaluateYearly(ctx) : evaluateRate(ctx);
    case 'cumulative':
      return isChained(ctx) ? evaluateChained(ctx) : evaluateCumulative(ctx);
    case 'assigned':
      return evaluateAssigned(ctx);
    case 'relative':
      return evaluateRelative(
        ctx,
        related === undefined
          ? null
          : { spec: related.spec, observations: observationsUpTo(related.observations, ctx.asOf) },
      );
  }
}

/** ≥ (以上/不低于) on a decreasing indicator or ≤ (以下/控制在) on an increasing one is a data-entry slip. */
function comparatorContradictsDirection(spec: IndicatorSpec): boolean {
  const c = spec.target?.comparator;
  return (c === 'ge' && spec.direction === 'decrease') || (c === 'le' && spec.direction === 'increase');
}

function finish(
  ctx: EvaluationContext,
  input: EvaluateIndicatorInput,
  asOf: Period,
  j: Judgement,
  finalVerdict: FinalVerdict | null,
  prepared: PreparedSpec,
  known: readonly Observation[],
  dataAsOf: string | null,
): IndicatorEvaluation {
  const { spec } = ctx;
  const flags = j.flags.slice();
  for (const f of prepared.flags) if (!flags.includes(f)) flags.push(f);
  const used = j.actualPeriod === null ? null : parsePeriod(j.actualPeriod);
  if (used !== null && used.year < asOf.year && !flags.includes('stale_data')) flags.push('stale_data');
  const notes = [...prepared.notes, ...(j.notes ?? [])];
  const vintage =
    j.actualPeriod === null
      ? undefined
      : known.find((o) => o.period === j.actualPeriod && o.vintage)?.vintage;
  if (vintage !== undefined) {
    notes.push({
      zh: `${j.actualPeriod}年数据为${vintage}数`,
      en: `the ${j.actualPeriod} figure is the ${vintage} vintage`,
    });
    if (isPreliminary(vintage) && !flags.includes('preliminary_data')) flags.push('preliminary_data');
  }
  const actual = finiteOrNull(j.actual);
  const expected = finiteOrNull(j.expected);
  const pace = j.trend.requiredPace;
  const paceValue = finiteOrNull(pace?.value);
  const judged = j.status !== 'no_data' && j.status !== 'not_assessable';
  return {
    code: spec.code,
    kind: spec.kind,
    attribute: spec.attribute,
    asOf: input.asOf,
    timeElapsed: planTimeElapsed(asOf, input.baseYear, input.targetYear),
    status: j.status,
    ratio: finiteOrNull(j.ratio),
    actual,
    actualPeriod: j.actualPeriod,
    expected,
    gapToExpected: actual === null || expected === null ? null : finiteOrNull(actual - expected),
    gapToTarget: finiteOrNull(j.gapToTarget),
    trend: {
      projection: finiteOrNull(j.trend.projection),
      requiredPace: pace === null || paceValue === null ? null : { value: paceValue, basis: pace.basis },
      verdict: j.trend.verdict,
      explanation: j.trend.explanation,
    },
    flags,
    reason: j.reason,
    explanation: j.explanation,
    officialCategory: officialCategory(j.status, finalVerdict),
    finalVerdict,
    years: j.years ?? [],
    breaches: j.breaches ?? [],
    aspiration: judged ? judgeAspiration(spec, actual, ctx.percentUnit, ctx.settings) : null,
    notes,
    dataAsOf,
  };
}
