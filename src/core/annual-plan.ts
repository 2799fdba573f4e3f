/**
 * 年度计划: the target of every year of the plan period — the plan office's entry when it set one,
 * else the year's share of the five-year path (product.md: "annual targets derived from the 5-year
 * path, editable per year"). The same functions the evaluation uses, so the plan and the judgement
 * cannot disagree.
 */
import {
  annualGrowthTarget,
  annualLevelTarget,
  annualRateTarget,
  annualShareOfTotal,
  expectedCumulative,
  explicitAnnualTarget,
} from './annual-target';
import { type LevelPath, targetFromGrowth } from './expected-path';
import type { IndicatorSpec } from './model';

export interface AnnualPlanYear {
  year: number;
  /** The year's target in the indicator's unit: a level, a rate (%), or a cumulative year's amount. */
  value: number | null;
  /** For level indicators: the growth over the previous year the target implies, in %. */
  growth: number | null;
  /** For cumulative indicators: the running total expected by the end of the year. */
  runningTotal: number | null;
  /** set: entered by the plan office; path: derived from the five-year path; none: cannot be derived. */
  basis: 'set' | 'path' | 'none';
}

function levelPath(spec: IndicatorSpec, t1: number): LevelPath | null {
  if (spec.baseline === null) return null;
  const target =
    spec.target?.value ??
    (spec.annualGrowth === null
      ? null
      : targetFromGrowth(spec.baseline.value, spec.annualGrowth, spec.baseline.year, t1));
  if (target === null) return null;
  return {
    shape: spec.kind === 'level_compound' ? 'compound' : 'linear',
    t0: spec.baseline.year,
    base: spec.baseline.value,
    t1,
    target,
  };
}

export function annualPlan(spec: IndicatorSpec, baseYear: number, targetYear: number): AnnualPlanYear[] {
  const years: AnnualPlanYear[] = [];
  const path = levelPath(spec, targetYear);
  const total = spec.target?.value ?? null;
  for (let year = baseYear + 1; year <= targetYear; year += 1) {
    const set = explicitAnnualTarget(spec, year) !== null;
    let value: number | null = null;
    let growth: number | null = null;
    let runningTotal: number | null = null;
    switch (spec.kind) {
      case 'level_compound':
      case 'level_linear':
      case 'threshold':
        value = annualLevelTarget(spec, path, year);
        growth = annualGrowthTarget(spec, path, year);
        break;
      case 'cumulative':
        if (total !== null) {
          value = annualShareOfTotal(spec, total, baseYear, targetYear, year);
          runningTotal = expectedCumulative(spec, total, baseYear, targetYear, year);
        } else {
          value = explicitAnnualTarget(spec, year);
        }
        break;
      case 'rate':
        value = annualRateTarget(spec, year, spec.target?.value ?? null);
        break;
      case 'assigned':
      case 'relative':
        value = explicitAnnualTarget(spec, year);
        break;
    }
    years.push({ year, value, growth, runningTotal, basis: set ? 'set' : value === null ? 'none' : 'path' });
  }
  return years;
}
