/**
 * level_compound, level_linear and threshold indicators (evaluation.md §Kinds): a level judged on
 * the path from B to T — compound r = ln(A/B)/ln(E/B), linear r = (A − B)/(E − B). Without a
 * baseline the earliest level observation serves as one (implicit_baseline). Growth and year-to-date
 * figures are judged against the year's target (sub-annual.ts).
 */
import { annualGrowthTarget, annualLevelTarget } from './annual-target';
import { approxBand, meetsTarget } from './approx-band';
import type { Bilingual } from './evaluation-result';
import { type LevelPath, pathAnnualGrowth, pathProblem, pathValue, targetFromGrowth } from './expected-path';
import { levelPathLine, targetLine } from './explanation';
import { achievedName, statusFromRatio, statusNames } from './indicator-status';
import {
  type EvaluationContext,
  type Judgement,
  judged,
  type Known,
  noData,
  noTrend,
  notAssessable,
  withFlags,
} from './judgement';
import type { IndicatorSpec } from './model';
import { formatGiven } from './number-format';
import { type DatedObservation, isGrowthMeasure } from './observations';
import { elapsedShare, periodName } from './period';
import { compoundRatio, linearRatio } from './progress-ratio';
import { reasons } from './reasons';
import { judgeGrowth, judgeYearToDate } from './sub-annual';
import { levelTrend, type TargetRule } from './trend';

interface Baseline {
  x: number;
  value: number;
  when: Bilingual;
  implicit: boolean;
}

export function evaluateLevel(ctx: EvaluationContext): Judgement {
  const { spec, settings } = ctx;
  const { levels, latest } = ctx.selection;
  const baseline = resolveBaseline(spec, levels);
  const target = resolveTarget(spec, baseline, ctx.t1);
  if (target === null) return notAssessable(reasons.phraseTarget);
  if (latest === null)
    return ctx.selection.counted > 0 ? notAssessable(reasons.noUsableMeasure) : noData(ctx.asOf);

  const path: LevelPath | null =
    baseline === null
      ? null
      : {
          shape: spec.kind === 'level_compound' ? 'compound' : 'linear',
          t0: baseline.x,
          base: baseline.value,
          t1: ctx.t1,
          target,
        };
  const rule: TargetRule = {
    target,
    comparator: spec.target?.comparator ?? 'eq',
    direction: spec.direction,
    band: approxBand(target, ctx.percentUnit, settings),
    settings,
    unit: spec.unit,
  };
  const trend =
    path === null || baseline === null ? noTrend() : levelTrend(path, levels, baseline.when, rule);
  const year = latest.period.year;
  let judgement: Judgement;
  if (isGrowthMeasure(latest.measure)) {
    judgement = judgeGrowth(ctx, latest, annualGrowthTarget(spec, path, year), rule.comparator, { trend });
  } else if (latest.measure === 'ytd') {
    judgement = judgeYearToDate(ctx, latest, annualLevelTarget(spec, path, year), { trend });
  } else {
    judgement = judgeOnPath(ctx, latest, path, baseline, rule, trend);
  }
  return baseline?.implicit ? withFlags(judgement, 'implicit_baseline') : judgement;
}

/** The plan's baseline, else the earliest level observation (evaluation.md: threshold without baseline). */
function resolveBaseline(spec: IndicatorSpec, levels: readonly DatedObservation[]): Baseline | null {
  if (spec.baseline !== null) {
    const { year, value } = spec.baseline;
    return { x: year, value, when: { zh: `${year}年`, en: String(year) }, implicit: false };
  }
  const earliest = levels[0];
  if (earliest === undefined) return null;
  return { x: earliest.x, value: earliest.value, when: periodName(earliest.period), implicit: true };
}

/** T as stated; for a compound indicator with B and g but no T, T = B·(1 + g)^(t1 − t0). */
function resolveTarget(spec: IndicatorSpec, baseline: Baseline | null, t1: number): number | null {
  const stated = spec.target?.value ?? null;
  if (stated !== null) return stated;
  if (spec.kind === 'level_compound' && baseline !== null && spec.annualGrowth !== null) {
    return targetFromGrowth(baseline.value, spec.annualGrowth, baseline.x, t1);
  }
  return null;
}

function judgeOnPath(
  ctx: EvaluationContext,
  obs: DatedObservation,
  path: LevelPath | null,
  baseline: Baseline | null,
  rule: TargetRule,
  trend: Judgement['trend'],
): Judgement {
  const { spec } = ctx;
  const when = periodName(obs.period);
  // The only point is the implicit baseline itself: nothing to measure progress from.
  const singlePoint = path === null || baseline === null || (baseline.implicit && obs.x <= path.t0);
  const flags: Judgement['flags'] = obs.subAnnual ? ['sub_annual'] : [];
  if (singlePoint) flags.push('single_point');
  const known: Known = {
    actual: obs.value,
    actualPeriod: obs.text,
    gapToTarget: rule.target - obs.value,
    flags,
    trend,
  };
  const problem = path === null ? 'degenerate' : pathProblem(path, spec.direction);
  const tau = path === null ? null : elapsedShare(obs.x, path.t0, path.t1);
  const expected = path === null || singlePoint ? null : pathValue(path, obs.x);
  const ratio =
    path === null || expected === null || problem !== null || tau === null || tau <= 0
      ? null
      : path.shape === 'compound'
        ? compoundRatio(obs.value, path.base, expected)
        : linearRatio(obs.value, path.base, expected);

  if (meetsTarget(obs.value, rule.target, rule.comparator, spec.direction, rule.band)) {
    const status = achievedName(obs.period.year, ctx.t1);
    return judged(known, 'achieved', ratio, expected, againstTarget(ctx, obs, when, rule, true, status));
  }
  if (singlePoint || path === null || baseline === null) return notAssessable(reasons.singlePoint, known);
  if (problem === 'degenerate') {
    return notAssessable(
      path.t1 > path.t0 ? reasons.nonPositiveCompound : reasons.targetYearNotAfterBase,
      known,
    );
  }
  if (problem !== null) {
    if (path.shape === 'compound') {
      return notAssessable(problem === 'flat' ? reasons.flatCompound : reasons.againstDirection, known);
    }
    // A flat or contrary linear path is a limit to keep (保持/控制类): met, or behind.
    const explanation = againstTarget(ctx, obs, when, rule, false, statusNames.behind);
    return judged(known, 'behind', null, rule.target, explanation);
  }
  // Only the baseline year's own figure: nothing has been reported for the plan period yet (暂无数据).
  if (tau === null || tau <= 0) return noData(ctx.asOf, ctx.t0);
  if (expected === null) return notAssessable(reasons.outOfRange, known);
  // A non-positive level on a rising compound path has left the log's domain by moving away.
  const status =
    ratio !== null
      ? statusFromRatio(ratio, ctx.settings)
      : path.shape === 'compound' && obs.value <= 0
        ? 'regressing'
        : null;
  if (status === null) return notAssessable(reasons.outOfRange, { ...known, expected });
  return judged(
    known,
    status,
    ratio,
    expected,
    levelPathLine({
      when,
      actual: obs.value,
      unit: spec.unit,
      base: path.base,
      baseWhen: baseline.when,
      target: path.target,
      targetYear: path.t1,
      growth: path.shape === 'compound' ? pathAnnualGrowth(path) : null,
      expected,
      ratio,
      status: statusNames[status],
    }),
  );
}

/** The latest level against the final target: met (achieved), or a limit not kept. */
function againstTarget(
  ctx: EvaluationContext,
  obs: DatedObservation,
  when: Bilingual,
  rule: TargetRule,
  met: boolean,
  status: Bilingual,
): Bilingual {
  return targetLine({
    when,
    label: { zh: '实际', en: 'actual' },
    actual: formatGiven(obs.value),
    unit: ctx.spec.unit,
    targetYear: ctx.t1,
    targetText: ctx.spec.target?.text ?? formatGiven(rule.target),
    met,
    status,
  });
}
