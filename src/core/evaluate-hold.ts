/**
 * Lines to hold (保持在…以上, 控制在…以内, 低于5.5%, 粮食综合生产能力>6.5亿吨 already met at the
 * baseline): a level indicator whose target the baseline already meets, or one stated as `hold`.
 * While every year holds the line it is on track (基本符合预期) — 提前实现 is for targets that had to
 * be reached; a year that breaches it makes it behind and is named (docs/methodology.md §16). From the
 * target year on, the target year's own figure decides 已实现/未实现.
 */
import { approxBand, meetsTarget } from './approx-band';
import type { TrendJudgement, YearCheck } from './evaluation-result';
import { achievedName, statusNames } from './indicator-status';
import { type EvaluationContext, type Judgement, noData, notAssessable } from './judgement';
import type { IndicatorSpec } from './model';
import { formatGiven, unitSuffix } from './number-format';
import type { DatedObservation } from './observations';
import { periodName } from './period';
import { reasons } from './reasons';

/** The target value a line-to-hold check compares with; null when the target has no number. */
function lineValue(spec: IndicatorSpec): number | null {
  return spec.target?.value ?? null;
}

/**
 * Whether the indicator is a line to hold: stated so, or (holdWhenBaselineMeets) a linear or threshold
 * indicator with a ≥, ≤ or 左右 target its baseline — or, without one, its earliest level — already meets.
 */
export function isLineToHold(ctx: EvaluationContext): boolean {
  const { spec } = ctx;
  if (spec.kind !== 'level_linear' && spec.kind !== 'threshold') return false;
  const form = spec.target?.form;
  if (form === 'hold') return true;
  if (form !== undefined && form !== 'reach') return false;
  const target = lineValue(spec);
  const comparator = spec.target?.comparator;
  if (!ctx.settings.holdWhenBaselineMeets || target === null || comparator === undefined) return false;
  if (comparator === 'eq') return false;
  // Without a baseline the earliest level stands in, but only with a later one to judge: a single
  // point that meets the target may as well have reached it (it stays 提前实现).
  const levels = ctx.selection.levels;
  const start = spec.baseline?.value ?? (levels.length > 1 ? levels[0]?.value : undefined);
  if (start === undefined) return false;
  const band = approxBand(target, ctx.percentUnit, ctx.settings);
  return meetsTarget(start, target, comparator, spec.direction, band);
}

export function evaluateHold(ctx: EvaluationContext): Judgement {
  const { spec, settings } = ctx;
  const target = lineValue(spec);
  if (target === null) return notAssessable(reasons.phraseTarget);
  const comparator = spec.target?.comparator ?? 'eq';
  const band = approxBand(target, ctx.percentUnit, settings);
  const inPeriod = ctx.selection.levels.filter((o) => o.period.year > ctx.t0);
  const latest = inPeriod[inPeriod.length - 1];
  if (latest === undefined) {
    if (ctx.selection.counted === 0) return noData(ctx.asOf);
    return ctx.selection.levels.length > 0
      ? noData(ctx.asOf, ctx.t0)
      : notAssessable(reasons.noUsableMeasure);
  }
  const text = spec.target?.text ?? formatGiven(target);
  const checks: YearCheck[] = inPeriod.map((o: DatedObservation) => ({
    year: o.period.year,
    actual: o.value,
    target,
    targetText: text,
    met: meetsTarget(o.value, target, comparator, spec.direction, band),
  }));
  const breaches = [...new Set(checks.filter((c) => !c.met).map((c) => c.year))];
  const latestMet = checks[checks.length - 1]?.met ?? false;
  const breached = settings.holdBreach === 'any_year' ? breaches.length > 0 : !latestMet;
  const complete = !latest.subAnnual && latest.period.year >= ctx.t1;
  const status = complete && latestMet ? 'achieved' : breached ? 'behind' : 'on_track';
  const u = unitSuffix(spec.unit);
  const when = periodName(latest.period);
  const listZh = checks.map((c) => `${c.year}年${formatGiven(c.actual)}${u.zh}`).join('、');
  const listEn = checks.map((c) => `${c.year} ${formatGiven(c.actual)}${u.en}`).join(', ');
  const name = status === 'achieved' ? achievedName(latest.period.year, ctx.t1) : statusNames[status];
  const breachZh = breaches.length === 0 ? '各年均守住目标线' : `${breaches.join('、')}年未守住目标线`;
  const breachEn =
    breaches.length === 0 ? 'the line held every year' : `the line was breached in ${breaches.join(', ')}`;
  const trend: TrendJudgement = {
    projection: latest.value,
    requiredPace: null,
    verdict: latestMet ? 'likely' : 'unlikely',
    explanation: latestMet
      ? { zh: `${when.zh}守住目标线,保持即可完成`, en: `${when.en} holds the line: met if kept` }
      : { zh: `${when.zh}未守住目标线,难以完成`, en: `${when.en} breaches the line: unlikely to be met` },
  };
  return {
    status,
    ratio: null,
    actual: latest.value,
    actualPeriod: latest.text,
    expected: target,
    gapToTarget: target - latest.value,
    flags: breaches.length > 0 ? ['line_breached'] : [],
    reason: null,
    explanation: {
      zh: `守线类目标(${text}):${listZh},${breachZh},${name.zh}`,
      en: `Line to hold (${text}): ${listEn}; ${breachEn}; ${name.en}`,
    },
    trend,
    years: checks,
    breaches,
    notes: breaches.map((y) => ({
      zh: `${y}年未守住目标线(${text})`,
      en: `the line (${text}) was breached in ${y}`,
    })),
  };
}
