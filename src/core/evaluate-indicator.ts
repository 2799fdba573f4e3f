/**
 * evaluateIndicator — one indicator at an evaluation date (evaluation.md; docs/methodology.md).
 * Dispatches on the kind, then adds what every result shares: τ of the plan period, the stale-data
 * flag, and a last guard that every number leaving the core is finite or null.
 */

import { evaluateAssigned } from './evaluate-assigned';
import { evaluateCumulative } from './evaluate-cumulative';
import { evaluateLevel } from './evaluate-level';
import { evaluateRate } from './evaluate-rate';
import { evaluateRelative } from './evaluate-relative';
import type { IndicatorEvaluation } from './evaluation-result';
import { clamp, finiteOrNull } from './finite';
import { type EvaluationContext, type Judgement, notAssessable } from './judgement';
import type { EvaluationSettings, IndicatorSpec, Observation, PeriodText } from './model';
import { selectObservations } from './observation-selection';
import { observationsUpTo } from './observations';
import { elapsedShare, type Period, parsePeriod, periodEnd, requirePeriod } from './period';
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
}

export function evaluateIndicator(input: EvaluateIndicatorInput): IndicatorEvaluation {
  return evaluateIndicatorAt(input, requirePeriod(input.asOf));
}

/** evaluateIndicator with the evaluation date already parsed (evaluatePlan parses it once per plan). */
export function evaluateIndicatorAt(input: EvaluateIndicatorInput, asOf: Period): IndicatorEvaluation {
  const { spec } = input;
  const t0 = spec.baseline?.year ?? input.baseYear;
  const ctx: EvaluationContext = {
    spec,
    observations: input.observations,
    selection: selectObservations(input.observations, asOf, spec.kind, t0),
    asOf,
    t0,
    t1: spec.target?.year ?? input.targetYear,
    settings: input.settings,
    percentUnit: isPercentUnit(spec.unit),
  };
  const judgement = judge(ctx, input);
  return finish(spec, input, asOf, judgement);
}

/** 序时进度 of the plan period at the evaluation date, clamped to [0, 1]; 0 when t1 ≤ t0. */
export function planTimeElapsed(asOf: Period, baseYear: number, targetYear: number): number {
  const tau = elapsedShare(periodEnd(asOf), baseYear, targetYear);
  return tau === null ? 0 : clamp(tau, 0, 1);
}

function judge(ctx: EvaluationContext, input: EvaluateIndicatorInput): Judgement {
  if (comparatorContradictsDirection(ctx.spec)) return notAssessable(reasons.comparatorAgainstDirection);
  switch (ctx.spec.kind) {
    case 'level_compound':
    case 'level_linear':
    case 'threshold':
      return evaluateLevel(ctx);
    case 'rate':
      return evaluateRate(ctx);
    case 'cumulative':
      return evaluateCumulative(ctx);
    case 'assigned':
      return evaluateAssigned(ctx);
    case 'relative':
      return evaluateRelative(
        ctx,
        input.related === undefined
          ? null
          : {
              spec: input.related.spec,
              observations: observationsUpTo(input.related.observations, ctx.asOf),
            },
      );
  }
}

/** ≥ (以上/不低于) on a decreasing indicator or ≤ (以下/控制在) on an increasing one is a data-entry slip. */
function comparatorContradictsDirection(spec: IndicatorSpec): boolean {
  const c = spec.target?.comparator;
  return (c === 'ge' && spec.direction === 'decrease') || (c === 'le' && spec.direction === 'increase');
}

function finish(
  spec: IndicatorSpec,
  input: EvaluateIndicatorInput,
  asOf: Period,
  j: Judgement,
): IndicatorEvaluation {
  const flags = j.flags.slice();
  const used = j.actualPeriod === null ? null : parsePeriod(j.actualPeriod);
  if (used !== null && used.year < asOf.year && !flags.includes('stale_data')) flags.push('stale_data');
  const actual = finiteOrNull(j.actual);
  const expected = finiteOrNull(j.expected);
  const pace = j.trend.requiredPace;
  const paceValue = finiteOrNull(pace?.value);
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
  };
}
