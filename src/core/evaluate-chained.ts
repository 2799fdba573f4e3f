/**
 * Five-year cumulative reductions 〔13.5〕 (单位GDP能源消耗降低): the yearly reductions dᵢ (in the
 * favourable sense, 2.7 for "下降2.7%") chain to 1 − Π(1 − dᵢ); the expected path at τ is
 * 1 − (1 − T)^τ. An officially published cumulative figure (span since_base, "累计下降17.7%")
 * overrides the chained yearly figures up to its year, and later years chain onto it
 * (docs/methodology.md §17).
 */
import type { TrendJudgement } from './evaluation-result';
import { finiteOrNull } from './finite';
import { achievedName, statusFromRatio, statusNames } from './indicator-status';
import { type EvaluationContext, type Judgement, noData, notAssessable } from './judgement';
import { formatGiven, formatPercent, formatRatio } from './number-format';
import { elapsedShare, requirePeriod } from './period';
import { ratioToExpected } from './progress-ratio';
import { reasons } from './reasons';
import { verdictNames } from './trend';

export function isChained(ctx: EvaluationContext): boolean {
  return ctx.spec.kind === 'cumulative' && ctx.spec.target?.form === 'chained';
}

export function evaluateChained(ctx: EvaluationContext): Judgement {
  const { spec, settings, t0, t1 } = ctx;
  const total = spec.target?.value ?? null;
  if (total === null) return notAssessable(reasons.phraseTarget);
  if (!(total < 100)) return notAssessable(reasons.outOfRange);
  const yearly = ctx.selection.years.filter((o) => !o.subAnnual);
  const official = latestOfficial(ctx);
  if (yearly.length === 0 && official === null)
    return ctx.selection.counted > 0 ? noData(ctx.asOf, t0) : noData(ctx.asOf);

  let remaining = official === null ? 1 : 1 - official.value / 100;
  const chainedYears: { year: number; value: number }[] = [];
  for (const o of yearly) {
    if (official !== null && o.period.year <= official.year) continue;
    const factor = 1 - o.value / 100;
    if (!(factor >= 0)) return notAssessable(reasons.outOfRange);
    remaining *= factor;
    chainedYears.push({ year: o.period.year, value: o.value });
  }
  if (!(remaining >= 0)) return notAssessable(reasons.outOfRange);
  const lastYear = Math.max(official?.year ?? t0, ...chainedYears.map((c) => c.year));
  const achieved = (1 - remaining) * 100;
  const tau = elapsedShare(lastYear, t0, t1);
  if (tau === null) return notAssessable(reasons.targetYearNotAfterBase);
  const expected = (1 - (1 - total / 100) ** Math.min(tau, 1)) * 100;
  const ratio = ratioToExpected(achieved, expected, 'increase');
  if (ratio === null) return notAssessable(reasons.zeroExpected, { actual: achieved, expected });
  const complete = lastYear >= t1;
  const status = complete && achieved >= total ? 'achieved' : statusFromRatio(ratio, settings);
  const name = status === 'achieved' ? achievedName(lastYear, t1) : statusNames[status];
  const T = formatGiven(total);
  const A = formatPercent(achieved);
  const E = formatPercent(expected);
  const r = formatRatio(ratio);
  const partsZh: string[] = [];
  const partsEn: string[] = [];
  if (official !== null) {
    const src = official.source ? `,${official.source}` : '';
    partsZh.push(`${t0 + 1}–${official.year}年官方公布累计降低${formatGiven(official.value)}%${src}`);
    partsEn.push(
      `${t0 + 1}–${official.year} officially ${formatGiven(official.value)}% cumulative${official.source ? ` (${official.source})` : ''}`,
    );
  }
  if (chainedYears.length > 0) {
    partsZh.push(`${chainedYears.map((c) => `${c.year}年降低${formatGiven(c.value)}%`).join('、')}`);
    partsEn.push(chainedYears.map((c) => `${c.year} −${formatGiven(c.value)}%`).join(', '));
  }
  const tauText = formatRatio(Math.min(tau, 1));
  return {
    status,
    ratio,
    actual: achieved,
    actualPeriod: String(lastYear),
    expected,
    gapToTarget: total - achieved,
    flags: official === null ? [] : ['official_cumulative'],
    reason: null,
    explanation: {
      zh: `${partsZh.join(';')},累计降低${A}%(1−Π(1−dᵢ));按五年累计〔${T}〕序时(τ=${tauText})应降低${E}%(1−(1−T)^τ),进度比${r},${name.zh}`,
      en: `${partsEn.join('; ')}: ${A}% cumulative (1 − Π(1 − dᵢ)); ${E}% expected at τ = ${tauText} on the five-year 〔${T}〕 (1 − (1 − T)^τ); ratio ${r}; ${name.en}`,
    },
    trend: chainedTrend(achieved, total, tau, lastYear, t1, settings.atRiskShare),
    notes:
      official === null
        ? []
        : [
            {
              zh: `采用官方公布的累计数${formatGiven(official.value)}%(${official.year}年${official.source ? `,${official.source}` : ''}),替代逐年数据连乘`,
              en: `the officially published cumulative ${formatGiven(official.value)}% (${official.year}${official.source ? `, ${official.source}` : ''}) replaces the chained yearly figures`,
            },
          ],
  };
}

interface Official {
  year: number;
  value: number;
  source: string | undefined;
}

/** The latest whole-year since_base figure after the base year. */
function latestOfficial(ctx: EvaluationContext): Official | null {
  let pick: Official | null = null;
  for (const o of ctx.sinceBase) {
    const p = requirePeriod(o.period);
    if (p.quarter !== undefined || p.month !== undefined || p.year <= ctx.t0 || !Number.isFinite(o.value))
      continue;
    if (pick === null || p.year >= pick.year) pick = { year: p.year, value: o.value, source: o.source };
  }
  return pick;
}

/** At the pace so far the period compounds to 1 − (1 − A)^(1/τ); the yearly rate still needed to reach T. */
function chainedTrend(
  achieved: number,
  total: number,
  tau: number,
  lastYear: number,
  t1: number,
  atRiskShare: number,
): TrendJudgement {
  const left = 1 - achieved / 100;
  const projection = tau > 0 && left > 0 ? finiteOrNull((1 - left ** (1 / Math.min(tau, 1))) * 100) : null;
  if (projection === null) {
    return {
      projection: null,
      requiredPace: null,
      verdict: null,
      explanation: { zh: '无法推算', en: 'no projection' },
    };
  }
  const verdict = projection >= total ? 'likely' : projection >= total * atRiskShare ? 'at_risk' : 'unlikely';
  const years = t1 - lastYear;
  const required = years > 0 ? finiteOrNull((1 - ((1 - total / 100) / left) ** (1 / years)) * 100) : null;
  return {
    projection,
    requiredPace: required === null ? null : { value: required, basis: 'percent_per_year' },
    verdict,
    explanation: {
      zh: `按目前进度推算五年累计降低约${formatPercent(projection)}%${required === null ? '' : `,此后需年均降低${formatPercent(required)}%`},${verdictNames[verdict].zh}`,
      en: `At the pace so far the period would compound to ${formatPercent(projection)}%${required === null ? '' : `; ${formatPercent(required)}% a year needed from now on`}; ${verdictNames[verdict].en}`,
    },
  };
}
