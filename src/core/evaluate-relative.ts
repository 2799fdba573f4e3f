/**
 * relative indicators — tied to another indicator's growth (居民人均可支配收入增长与经济增长基本同步):
 * income growth against the related growth over the same years (evaluation.md §Kinds). Status by
 * the gap in percentage points (evaluation.md: "on track when the gap ≤ 1.0 pp; ahead when faster"):
 * faster ahead, slower by at most relativeGapPoints on track, slower by more behind — regressing when
 * the indicator itself shrinks. r = 1 + s·(gᵢ − gᵣ)/|gᵣ| (docs/methodology.md §4). The relation the
 * plan writes (高于, 同步, 不低于) decides what is met; ahead only beyond the band (§15).
 */
import type { TrendJudgement } from './evaluation-result';
import { relativeLine } from './explanation';
import { directionSign } from './finite';
import { growthSeries } from './growth-series';
import { achievedName, statusNames } from './indicator-status';
import { type EvaluationContext, type Judgement, noData, notAssessable } from './judgement';
import type { IndicatorSpec, Relation } from './model';
import { type DatedObservation, observationsUpTo } from './observations';
import { comparePeriods, periodName } from './period';
import { geometricMeanGrowth, ratioToExpected } from './progress-ratio';
import { reasons } from './reasons';

export interface RelatedInput {
  spec: IndicatorSpec;
  observations: readonly DatedObservation[];
}

export function evaluateRelative(ctx: EvaluationContext, related: RelatedInput | null): Judgement {
  const { spec, settings } = ctx;
  if (ctx.selection.counted === 0) return noData(ctx.asOf);
  if (related === null) return notAssessable(reasons.noRelated);
  const own = growthSeries(spec, observationsUpTo(ctx.observations, ctx.asOf));
  const other = growthSeries(related.spec, related.observations);
  const common = [...own.values()]
    .filter((p) => other.has(p.obs.text))
    .sort((a, b) => comparePeriods(a.obs.period, b.obs.period));
  const latest = common[common.length - 1];
  if (latest === undefined)
    return own.size === 0 ? notAssessable(reasons.noUsableMeasure) : notAssessable(reasons.relatedNoData);

  // Whole years of the plan period are compared as geometric means; a newer sub-annual period alone.
  const years = latest.obs.subAnnual
    ? []
    : common.filter((p) => !p.obs.subAnnual && p.obs.period.year > ctx.t0);
  const used = years.length > 0 ? years : [latest];
  const ownGrowth = geometricMeanGrowth(used.map((p) => p.growth));
  const relatedGrowth = geometricMeanGrowth(used.map((p) => other.get(p.obs.text)?.growth ?? Number.NaN));
  if (ownGrowth === null || relatedGrowth === null) return notAssessable(reasons.outOfRange);

  const s = directionSign(spec.direction);
  const gap = s * (ownGrowth - relatedGrowth);
  const points = settings.relativeGapPoints;
  const relation = spec.target?.relation ?? 'in_step';
  const complete = !latest.obs.subAnnual && latest.obs.period.year >= ctx.t1;
  const met = relationMet(relation, gap, points);
  let status: Judgement['status'];
  if (complete && met) status = 'achieved';
  else if (!met) status = s * ownGrowth < 0 ? 'regressing' : 'behind';
  else if (gap > points) status = 'ahead';
  else status = 'on_track';

  const first = used[0] ?? latest;
  const average = used.length > 1;
  const when = average
    ? {
        zh: `${first.obs.period.year}–${latest.obs.period.year}年`,
        en: `${first.obs.period.year}–${latest.obs.period.year}`,
      }
    : periodName(latest.obs.period, latest.obs.measure === 'ytd_yoy');
  return {
    status,
    ratio: ratioToExpected(ownGrowth, relatedGrowth, spec.direction),
    actual: ownGrowth,
    actualPeriod: latest.obs.text,
    expected: relatedGrowth,
    gapToTarget: null,
    flags: latest.obs.subAnnual ? ['sub_annual'] : [],
    reason: null,
    explanation: relativeLine({
      when,
      average,
      own: ownGrowth,
      related: relatedGrowth,
      relatedName: related.spec.name,
      gapPoints: points,
      relation,
      status: status === 'achieved' ? achievedName(latest.obs.period.year, ctx.t1) : statusNames[status],
    }),
    trend: relativeTrend(met, complete),
  };
}

/**
 * 高于 (above) is met by any positive gap, 不低于 (not_below) by a gap of zero too, 同步 (in_step) by a
 * shortfall of at most the band. Met and ahead of the relation by more than the band is 快于预期.
 */
export function relationMet(relation: Relation, gap: number, band: number): boolean {
  switch (relation) {
    case 'above':
      return gap > 0;
    case 'not_below':
      return gap >= 0;
    case 'in_step':
      return gap >= -band;
  }
}

/** No projection for a relation: in step so far is likely, otherwise at risk until the period ends. */
function relativeTrend(inStep: boolean, complete: boolean): TrendJudgement {
  if (inStep) {
    return {
      projection: null,
      requiredPace: null,
      verdict: 'likely',
      explanation: {
        zh: '目前增长基本同步或更快,可以完成目标',
        en: 'in step or faster so far: likely to be met',
      },
    };
  }
  return {
    projection: null,
    requiredPace: null,
    verdict: complete ? 'unlikely' : 'at_risk',
    explanation: complete
      ? {
          zh: '规划期末增长慢于对比指标,未能同步',
          en: 'slower than the related indicator at the end of the period',
        }
      : {
          zh: '目前增长慢于对比指标,完成目标存在风险',
          en: 'slower than the related indicator so far: at risk',
        },
  };
}
