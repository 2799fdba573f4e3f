/**
 * Growth set year by year (国内生产总值增长保持在合理区间、各年度视情提出): each year's own target with
 * its own comparator (2021 "6%以上", 2022 "5.5%左右" from that year's 政府工作报告) judges that year;
 * the period is judged by the geometric mean of the years against the mean of their targets, with the
 * 左右 band in percentage points: within on track, above ahead, below behind (docs/methodology.md §15).
 */
import { explicitAnnualTarget } from './annual-target';
import { bandPosition, meetsTarget } from './approx-band';
import type { YearCheck } from './evaluation-result';
import { achievedName, statusFromBand, statusNames } from './indicator-status';
import { type EvaluationContext, type Judgement, noData, notAssessable } from './judgement';
import type { Comparator, IndicatorSpec } from './model';
import { formatGiven, formatPercent, formatRatio } from './number-format';
import { geometricMeanGrowth, ratioToExpected } from './progress-ratio';
import { noAnnualTarget, reasons } from './reasons';
import { judgeGrowth } from './sub-annual';
import { rateTrend, type TargetRule } from './trend';

/** A rate whose targets are the years' own: stated so, or a rate with annual targets and no five-year value. */
export function hasYearlyTargets(spec: IndicatorSpec): boolean {
  if (spec.kind !== 'rate') return false;
  if (spec.target?.form === 'yearly') return true;
  return (spec.target?.value ?? null) === null && spec.annualGrowth === null && spec.annualTargets.length > 0;
}

function yearComparator(spec: IndicatorSpec, year: number): Comparator {
  return spec.annualTargets.find((t) => t.year === year)?.comparator ?? spec.target?.comparator ?? 'approx';
}

function yearText(spec: IndicatorSpec, year: number, value: number): string {
  const entry = spec.annualTargets.find((t) => t.year === year);
  if (entry?.text) return entry.text;
  const c = yearComparator(spec, year);
  const words: Record<Comparator, string> = { ge: '以上', le: '以内', approx: '左右', eq: '' };
  return `${formatGiven(value)}%${words[c]}`;
}

export function evaluateYearly(ctx: EvaluationContext): Judgement {
  const { spec, settings } = ctx;
  const { latest, years } = ctx.selection;
  if (latest === null)
    return ctx.selection.counted > 0 ? notAssessable(reasons.noUsableMeasure) : noData(ctx.asOf);
  const band = settings.approxBandPoints;
  if (latest.subAnnual) {
    const y = latest.period.year;
    return judgeGrowth(ctx, latest, explicitAnnualTarget(spec, y), yearComparator(spec, y));
  }
  const checks: YearCheck[] = [];
  for (const o of years) {
    const target = explicitAnnualTarget(spec, o.period.year);
    if (target === null) continue;
    const comparator = yearComparator(spec, o.period.year);
    checks.push({
      year: o.period.year,
      actual: o.value,
      target,
      targetText: yearText(spec, o.period.year, target),
      met: meetsTarget(o.value, target, comparator, spec.direction, band),
    });
  }
  const first = checks[0];
  const last = checks[checks.length - 1];
  if (first === undefined || last === undefined) {
    const lastYear = years[years.length - 1]?.period.year;
    return lastYear === undefined ? noData(ctx.asOf, ctx.t0) : notAssessable(noAnnualTarget(lastYear));
  }
  const mean = geometricMeanGrowth(checks.map((c) => c.actual));
  let targetSum = 0;
  for (const c of checks) targetSum += c.target;
  const meanTarget = targetSum / checks.length;
  if (mean === null) return notAssessable(reasons.outOfRange);
  const ratio = ratioToExpected(mean, meanTarget, spec.direction);
  const position = bandPosition(mean, meanTarget, spec.direction, band);
  const complete = last.year >= ctx.t1;
  const status = complete && position !== 'unfavourable' ? 'achieved' : statusFromBand(position, ratio ?? 0);
  const rule: TargetRule = {
    target: meanTarget,
    comparator: 'approx',
    direction: spec.direction,
    band,
    settings,
    unit: '%',
  };
  const trend = rateTrend(
    checks.map((c) => c.actual),
    mean,
    last.year,
    ctx.t1,
    rule,
  );
  const name = status === 'achieved' ? achievedName(last.year, ctx.t1) : statusNames[status];
  const perYearZh = checks
    .map((c) => `${c.year}年${formatGiven(c.actual)}%(目标${c.targetText},${c.met ? '达到' : '未达到'})`)
    .join('、');
  const perYearEn = checks
    .map((c) => `${c.year} ${formatGiven(c.actual)}% (target ${c.targetText}, ${c.met ? 'met' : 'missed'})`)
    .join(', ');
  const many = checks.length > 1;
  const span = many ? `${first.year}–${last.year}` : String(last.year);
  const g = formatPercent(mean);
  const t = formatPercent(meanTarget);
  const r = ratio === null ? '' : formatRatio(ratio);
  return {
    status,
    ratio,
    actual: mean,
    actualPeriod: String(last.year),
    expected: meanTarget,
    gapToTarget: meanTarget - mean,
    flags: [],
    reason: null,
    explanation: {
      zh: `${perYearZh};${span}年${many ? '年均(几何平均)' : ''}${g}%,各年目标均值${t}%(区间±${formatPercent(band)}个百分点)${r ? `,进度比${r}` : ''},${name.zh}`,
      en: `${perYearEn}; ${span} ${many ? 'average (geometric mean) ' : ''}${g}% against the mean of the years' targets ${t}% (band ±${formatPercent(band)} pp)${r ? `; ratio ${r}` : ''}; ${name.en}`,
    },
    trend,
    years: checks,
  };
}
