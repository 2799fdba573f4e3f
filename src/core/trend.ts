/**
 * 趋势判断 — can the five-year target still be met (evaluation.md §Trend)? Projects the value to t1:
 * compound by the realised compound rate since the baseline, linear by least squares, cumulative by
 * ΣA/τ, rate by ḡ; gives the pace needed for the remaining years and a verdict: likely (the projection
 * meets T), at_risk (it covers ≥ atRiskShare of the planned change T − B), unlikely otherwise.
 * From the target year on there is no remaining pace and the verdict follows the actual value.
 */
import { meetsTarget } from './approx-band';
import type { Bilingual, RequiredPace, TrendJudgement, TrendVerdict } from './evaluation-result';
import type { LevelPath } from './expected-path';
import { directionSign, finiteOrNull } from './finite';
import { noTrend } from './judgement';
import type { Comparator, Direction, EvaluationSettings } from './model';
import { formatGiven, formatPercent, formatValue, type UnitSuffix, unitSuffix } from './number-format';
import { ratioToExpected } from './progress-ratio';
import { isPercentUnit } from './units';

export interface TargetRule {
  target: number;
  comparator: Comparator;
  direction: Direction;
  /** Band of a 左右 target (approx-band.ts); 0 otherwise. */
  band: number;
  settings: EvaluationSettings;
  unit: string;
}

export const verdictNames: Readonly<Record<TrendVerdict, Bilingual>> = {
  likely: { zh: '可以完成五年目标', en: 'the five-year target is likely to be met' },
  at_risk: { zh: '完成五年目标存在风险', en: 'the five-year target is at risk' },
  unlikely: { zh: '难以完成五年目标', en: 'the five-year target is unlikely to be met' },
};

/** likely / at_risk / unlikely for a projection P against T, with B the start of the planned change. */
export function trendVerdict(projection: number, base: number, rule: TargetRule): TrendVerdict {
  if (meetsTarget(projection, rule.target, rule.comparator, rule.direction, rule.band)) return 'likely';
  const planned = rule.target - base;
  // A limit to keep (planned change zero or against the direction) is met or not: no partial credit.
  if (directionSign(rule.direction) * planned <= 0) return 'unlikely';
  return (projection - base) / planned >= rule.settings.atRiskShare ? 'at_risk' : 'unlikely';
}

/** The least-squares line through the points; null for fewer than two distinct x. */
export function leastSquares(
  points: readonly { x: number; value: number }[],
): { at: (x: number) => number } | null {
  if (points.length < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.value;
  }
  const mx = sx / points.length;
  const my = sy / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.value - my);
  }
  if (!(sxx > 0)) return null;
  return new FittedLine(mx, my, sxy / sxx);
}

/** A line through (mx, my); a class rather than a closure per fit, which costs more to create. */
class FittedLine {
  constructor(
    private readonly mx: number,
    private readonly my: number,
    private readonly slope: number,
  ) {}

  at(x: number): number {
    return this.my + this.slope * (x - this.mx);
  }
}

/** Level kinds: `points` are the level observations, oldest first (the baseline comes from `path`). */
export function levelTrend(
  path: LevelPath,
  points: readonly { x: number; value: number }[],
  baseWhen: Bilingual,
  rule: TargetRule,
): TrendJudgement {
  const latest = points[points.length - 1];
  if (latest === undefined) return noTrend();
  if (latest.x >= path.t1) return finalYear(latest.value, path.base, rule, formatGiven(latest.value));
  const remaining = path.t1 - latest.x;
  if (path.shape === 'compound') {
    if (!(latest.value > 0 && path.base > 0 && latest.x > path.t0)) return noTrend();
    const realised = ((latest.value / path.base) ** (1 / (latest.x - path.t0)) - 1) * 100;
    const projection = path.base * (latest.value / path.base) ** ((path.t1 - path.t0) / (latest.x - path.t0));
    const met = alreadyMet(latest.value, rule);
    const required = met
      ? null
      : rule.target / latest.value > 0
        ? finiteOrNull(((rule.target / latest.value) ** (1 / remaining) - 1) * 100)
        : null;
    const rate = formatPercent(realised);
    const needed = paceText(met, required, 'growth', rule.unit);
    return judged(projection, path.base, rule, pace(required, 'percent_per_year'), (P, u, verdict) => ({
      zh: `按${baseWhen.zh}以来实际年均增长${rate}%推算,${path.t1}年可达${P}${u.zh}${needed.zh},${verdict.zh}`,
      en: `At the realised ${rate}% a year since ${baseWhen.en}, ${path.t1} would reach ${P}${u.en}${needed.en}; ${verdict.en}`,
    }));
  }
  const line = leastSquares([{ x: path.t0, value: path.base }, ...points.filter((p) => p.x > path.t0)]);
  if (line === null) return noTrend();
  const met = alreadyMet(latest.value, rule);
  const required = met ? null : finiteOrNull((rule.target - latest.value) / remaining);
  const needed = paceText(met, required, 'amount', rule.unit);
  return judged(line.at(path.t1), path.base, rule, pace(required, 'per_year'), (P, u, verdict) => ({
    zh: `按线性趋势(最小二乘)推算,${path.t1}年可达${P}${u.zh}${needed.zh},${verdict.zh}`,
    en: `On the least-squares trend ${path.t1} would reach ${P}${u.en}${needed.en}; ${verdict.en}`,
  }));
}

/** cumulative: P = ΣA/τ; the rest of the total spread over the remaining years. */
export function cumulativeTrend(
  sum: number,
  x: number,
  t0: number,
  t1: number,
  rule: TargetRule,
): TrendJudgement {
  if (x >= t1) return finalYear(sum, 0, rule, formatValue(sum));
  if (!(x > t0 && t1 > t0)) return noTrend();
  const tau = (x - t0) / (t1 - t0);
  const met = alreadyMet(sum, rule);
  const required = met ? null : finiteOrNull((rule.target - sum) / (t1 - x));
  const needed = paceText(met, required, 'amount', rule.unit);
  return judged(sum / tau, 0, rule, pace(required, 'per_year'), (P, u, verdict) => ({
    zh: `按序时进度推算,五年累计可达${P}${u.zh}${needed.zh},${verdict.zh}`,
    en: `At the pace so far the five-year total would reach ${P}${u.en}${needed.en}; ${verdict.en}`,
  }));
}

/**
 * rate: P = ḡ. Required: the rate for the remaining years that brings the period's geometric mean
 * to g, ((1 + g)^(n + m) / Π(1 + Rᵢ))^(1/m) − 1 with n observed and m remaining years.
 */
export function rateTrend(
  rates: readonly number[],
  mean: number,
  lastYear: number,
  t1: number,
  rule: TargetRule,
): TrendJudgement {
  const verdict = rateVerdict(mean, rule);
  const rate = formatPercent(mean);
  if (lastYear >= t1) {
    return {
      projection: mean,
      requiredPace: null,
      verdict,
      explanation: {
        zh: `已到目标年份,按实际年均${rate}%判断,${verdictNames[verdict].zh}`,
        en: `The target year has come: judged on the actual ${rate}% a year; ${verdictNames[verdict].en}`,
      },
    };
  }
  const remaining = t1 - lastYear;
  let logProduct = 0;
  for (const r of rates) logProduct += Math.log(1 + r / 100);
  const base = 1 + rule.target / 100;
  const required =
    base > 0
      ? finiteOrNull(
          (Math.exp(((rates.length + remaining) * Math.log(base) - logProduct) / remaining) - 1) * 100,
        )
      : null;
  const needed = paceText(false, required, 'growth', rule.unit);
  return {
    projection: mean,
    requiredPace: pace(required, 'percent_per_year'),
    verdict,
    explanation: {
      zh: `按年均${rate}%推算${needed.zh},${verdictNames[verdict].zh}`,
      en: `At ${rate}% a year${needed.en}; ${verdictNames[verdict].en}`,
    },
  };
}

/** A rate's verdict: met → likely; r ≥ atRiskShare → at_risk (a rate's planned change is g itself). */
export function rateVerdict(mean: number, rule: TargetRule): TrendVerdict {
  if (meetsTarget(mean, rule.target, rule.comparator, rule.direction, rule.band)) return 'likely';
  const r = ratioToExpected(mean, rule.target, rule.direction);
  return r !== null && r >= rule.settings.atRiskShare ? 'at_risk' : 'unlikely';
}

function judged(
  projection: number,
  base: number,
  rule: TargetRule,
  requiredPace: RequiredPace | null,
  text: (P: string, u: UnitSuffix, verdict: Bilingual) => Bilingual,
): TrendJudgement {
  if (!Number.isFinite(projection))
    return noTrend({ zh: '数值超出可推算范围', en: 'the numbers cannot be projected' });
  const verdict = trendVerdict(projection, base, rule);
  return {
    projection,
    requiredPace,
    verdict,
    explanation: text(formatValue(projection), unitSuffix(rule.unit), verdictNames[verdict]),
  };
}

function finalYear(actual: number, base: number, rule: TargetRule, shown: string): TrendJudgement {
  const verdict = trendVerdict(actual, base, rule);
  const u = unitSuffix(rule.unit);
  return {
    projection: actual,
    requiredPace: null,
    verdict,
    explanation: {
      zh: `已到目标年份,按实际值${shown}${u.zh}判断,${verdictNames[verdict].zh}`,
      en: `The target year has come: judged on the actual ${shown}${u.en}; ${verdictNames[verdict].en}`,
    },
  };
}

function pace(value: number | null, basis: RequiredPace['basis']): RequiredPace | null {
  const v = finiteOrNull(value);
  return v === null ? null : { value: v, basis };
}

type PaceKind = 'growth' | 'amount';

/** A level or total that already meets the target needs no further pace (null, "目前已达到目标"). */
function alreadyMet(value: number, rule: TargetRule): boolean {
  return meetsTarget(value, rule.target, rule.comparator, rule.direction, rule.band);
}

function paceText(met: boolean, required: number | null, kind: PaceKind, unit: string): Bilingual {
  if (met) return { zh: ',目前已达到目标', en: '; the target is already reached' };
  if (required === null) return { zh: '', en: '' };
  const size = Math.abs(required);
  if (kind === 'growth') {
    return {
      zh: `,实现目标需此后年均${required < 0 ? '下降' : '增长'}${formatPercent(size)}%`,
      en: `; the target needs ${formatPercent(required)}% a year from now on`,
    };
  }
  if (isPercentUnit(unit)) {
    return {
      zh: `,实现目标需此后每年${required < 0 ? '降低' : '提高'}${formatValue(size)}个百分点`,
      en: `; the target needs ${formatValue(required)} pp a year from now on`,
    };
  }
  const u = unitSuffix(unit);
  return {
    zh: `,实现目标需此后每年${required < 0 ? '减少' : '增加'}${formatValue(size)}${u.zh}`,
    en: `; the target needs ${formatValue(required)}${u.en} a year from now on`,
  };
}
