/**
 * The chart of one indicator (section 3): the plan's path from baseline to target, the actual
 * annual values up to the evaluation date, and the core's projection to the target year. Status,
 * projection and totals are the core's; this file only places them on the plan-year axis.
 * Levels are lines; five-year totals are yearly bars with a running total; rates are yearly bars
 * against the target rate.
 */
import type { PackageIndicator } from '../../contracts/plan-package';
import {
  comparePeriods,
  formatGiven,
  formatPercent,
  formatValue,
  parsePeriod,
  pathValue,
  targetFromGrowth,
} from '../../core';
import type { IndicatorEvaluation } from '../../core/evaluation-result';
import type { Measure } from '../../core/model';
import { isPercentUnit } from '../../core/units';
import type { ChartMark, ChartPoint, ChartSeries, ChartSpec } from '../../io/charts/chart-spec';
import { formatActual } from './indicator-cells';
import type { ReportContext } from './report-context';
import { rt } from './translate-report';

export type ChartWithoutCaption = Omit<ChartSpec, 'caption'>;

/** The chart of an indicator, or null when nothing has been observed by the evaluation date. */
export function indicatorChart(
  ctx: ReportContext,
  ind: PackageIndicator,
  r: IndicatorEvaluation,
): ChartWithoutCaption | null {
  const t0 = ind.baseline?.year ?? ctx.input.meta.baseYear;
  const t1 = ind.target?.year ?? ctx.input.meta.targetYear;
  if (!(t1 > t0)) return null;
  const parts =
    r.kind === 'cumulative'
      ? cumulativeParts(ctx, ind, r, t0, t1)
      : r.kind === 'level_compound' || r.kind === 'level_linear' || r.kind === 'threshold'
        ? levelParts(ctx, ind, r, t0, t1)
        : rateParts(ctx, ind, r, t0);
  if (parts === null) return null;
  const target = targetValue(ind, t0, t1);
  const marks: ChartMark[] = [...parts.marks];
  if (target !== null) {
    marks.unshift({
      role: 'target',
      // A target derived from B and g is computed, so it is rounded like the core rounds computed figures.
      label: `${rt(ctx.lang, 'chart.target')} ${ind.target?.value != null ? formatGiven(target) : formatValue(target)}${percentSign(ind)}`,
      y: target,
    });
  }
  return {
    id: `chart-${ind.code}`,
    code: ind.code,
    unit: ind.unit,
    xMin: t0,
    xMax: t1,
    series: parts.series,
    marks,
  };
}

interface Parts {
  series: ChartSeries[];
  marks: ChartMark[];
}

function levelParts(
  ctx: ReportContext,
  ind: PackageIndicator,
  r: IndicatorEvaluation,
  t0: number,
  t1: number,
): Parts | null {
  const observed = annualValues(ctx, ind.code, ['level']).filter((p) => p.x >= t0);
  if (observed.length === 0) return null;
  const base = ind.baseline;
  const actual =
    base !== null && !observed.some((p) => p.x === base.year)
      ? [{ x: base.year, y: base.value }, ...observed]
      : observed;
  // Without a baseline the core takes the earliest observation as implicit baseline; the path does too.
  const start = actual[0] ?? { x: t0, y: 0 };
  const series: ChartSeries[] = [];
  const target = targetValue(ind, t0, t1);
  const sign = ind.direction === 'increase' ? 1 : -1;
  // A target that only keeps a line (no planned change) has no path: the target mark says it all.
  if (target !== null && start.x < t1 && sign * (target - start.y) > 0) {
    const shape = r.kind === 'level_compound' ? 'compound' : 'linear';
    const path = { shape, t0: start.x, base: start.y, t1, target } as const;
    const points = years(start.x, t1).flatMap((x) => {
      const y = pathValue(path, x);
      return y === null ? [] : [{ x, y }];
    });
    series.push({ role: 'path', name: rt(ctx.lang, 'chart.path'), points });
  }
  series.push({ role: 'actual', name: rt(ctx.lang, 'chart.actual'), points: labelLast(actual, r) });
  const projection = projectionSeries(ctx, r, t1, r.kind === 'level_compound');
  if (projection !== null) series.push(projection);
  return { series, marks: [] };
}

function cumulativeParts(
  ctx: ReportContext,
  ind: PackageIndicator,
  r: IndicatorEvaluation,
  t0: number,
  t1: number,
): Parts | null {
  const amounts = annualValues(ctx, ind.code, ['level', 'ytd']).filter((p) => p.x > t0);
  if (amounts.length === 0) return null;
  const running = runningTotal(t0, amounts);
  const series: ChartSeries[] = [
    { role: 'annual', name: rt(ctx.lang, 'chart.annual'), points: labelled(amounts) },
  ];
  const planned = ctx.input.annualTargets
    .filter((a) => a.indicator === ind.code && a.year > t0 && a.year <= t1)
    .sort((a, b) => a.year - b.year);
  const target = targetValue(ind, t0, t1);
  if (planned.length > 0) {
    const points = runningTotal(
      t0,
      planned.map((a) => ({ x: a.year, y: a.value })),
    );
    series.push({ role: 'path', name: rt(ctx.lang, 'chart.path'), points });
  } else if (target !== null) {
    const points = [
      { x: t0, y: 0 },
      { x: t1, y: target },
    ];
    series.push({ role: 'path', name: rt(ctx.lang, 'chart.path'), points });
  }
  series.push({ role: 'actual', name: rt(ctx.lang, 'chart.cumulative'), points: labelLast(running, r) });
  const projection = projectionSeries(ctx, r, t1, false);
  if (projection !== null) series.push(projection);
  return { series, marks: [] };
}

function rateParts(
  ctx: ReportContext,
  ind: PackageIndicator,
  r: IndicatorEvaluation,
  t0: number,
): Parts | null {
  const rates = annualValues(ctx, ind.code, ['level', 'yoy', 'ytd_yoy']).filter((p) => p.x > t0);
  if (rates.length === 0) return null;
  const series: ChartSeries[] = [
    { role: 'annual', name: rt(ctx.lang, 'chart.annual'), points: labelled(rates) },
  ];
  const assigned = ctx.input.annualTargets
    .filter((a) => a.indicator === ind.code && a.year > t0)
    .sort((a, b) => a.year - b.year)
    .map((a) => ({ x: a.year, y: a.value }));
  if (assigned.length > 0) {
    series.push({ role: 'annual_target', name: rt(ctx.lang, 'chart.annualTarget'), points: assigned });
  }
  const marks: ChartMark[] = [];
  if (r.kind === 'rate' && r.actual !== null) {
    marks.push({
      role: 'mean',
      label: `${rt(ctx.lang, 'chart.mean')} ${formatPercent(r.actual)}%`,
      y: r.actual,
    });
  }
  return { series, marks };
}

/** From the core's latest value to its projection P at t1; compound paths bend as the realised rate. */
function projectionSeries(
  ctx: ReportContext,
  r: IndicatorEvaluation,
  t1: number,
  compound: boolean,
): ChartSeries | null {
  const P = r.trend.projection;
  const period = r.actualPeriod === null ? null : parsePeriod(r.actualPeriod);
  if (P === null || r.actual === null || period === null) return null;
  if (period.month !== undefined || period.quarter !== undefined || period.year >= t1) return null;
  const A = r.actual;
  const x0 = period.year;
  const geometric = compound && A > 0 && P > 0;
  const points = years(x0, t1).map((x) => {
    const s = (x - x0) / (t1 - x0);
    return { x, y: geometric ? A * (P / A) ** s : A + (P - A) * s };
  });
  return { role: 'projection', name: rt(ctx.lang, 'chart.projection'), points };
}

/** The five-year total year by year, starting from 0 in the base year. */
function runningTotal(t0: number, amounts: readonly ChartPoint[]): ChartPoint[] {
  const points = [{ x: t0, y: 0 }];
  let total = 0;
  for (const p of amounts) {
    total += p.y;
    points.push({ x: p.x, y: total });
  }
  return points;
}

/** Values as observed, printed with their given digits. */
function labelled(points: ChartPoint[]): ChartPoint[] {
  return points.map((p) => ({ ...p, label: formatGiven(p.y) }));
}

/**
 * The latest point carries the core's figure as the tables print it, when the point is the one the
 * core judged (same year): the chart then repeats the table instead of a second rounding of it.
 */
function labelLast(points: ChartPoint[], r: IndicatorEvaluation): ChartPoint[] {
  const last = points[points.length - 1];
  if (last === undefined) return points;
  const judged = r.actualPeriod !== null && r.actualPeriod === String(last.x);
  return [...points.slice(0, -1), { ...last, label: judged ? formatActual(r) : formatGiven(last.y) }];
}

function percentSign(ind: PackageIndicator): string {
  return isPercentUnit(ind.unit) ? '%' : '';
}

/** T as stated, or B·(1 + g)^(t1 − t0) for a compound indicator given only B and g. */
function targetValue(ind: PackageIndicator, t0: number, t1: number): number | null {
  if (ind.target?.value != null) return ind.target.value;
  if (ind.kind === 'level_compound' && ind.baseline !== null && ind.annualGrowth !== null) {
    return targetFromGrowth(ind.baseline.value, ind.annualGrowth, t0, t1);
  }
  return null;
}

/**
 * One value per whole year up to the evaluation date, taking the first measure of `measures` that
 * the year has; sub-annual periods are left to the tables (the axis has years only).
 */
function annualValues(ctx: ReportContext, code: string, measures: readonly Measure[]): ChartPoint[] {
  const asOf = parsePeriod(ctx.input.evaluation.asOf);
  if (asOf === null) return [];
  const byYear = new Map<number, { rank: number; y: number }>();
  for (const o of ctx.input.observations[code] ?? []) {
    const p = parsePeriod(o.period);
    const rank = measures.indexOf(o.measure);
    if (p === null || rank < 0 || p.month !== undefined || p.quarter !== undefined) continue;
    if (comparePeriods(p, asOf) > 0 || !Number.isFinite(o.value)) continue;
    const seen = byYear.get(p.year);
    if (seen === undefined || rank < seen.rank) byYear.set(p.year, { rank, y: o.value });
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([x, v]) => ({ x, y: v.y }));
}

function years(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to; x += 1) out.push(x);
  return out;
}
