import { describe, expect, it } from 'vitest';
import {
  annualGrowthTarget,
  annualLevelTarget,
  annualShareOfTotal,
  expectedCumulative,
} from './annual-target';
import type { LevelPath } from './expected-path';
import type { IndicatorSpec } from './model';

const gdpSpec: IndicatorSpec = {
  code: 'gdp',
  name: '地区生产总值',
  unit: '亿元',
  kind: 'level_compound',
  attribute: 'expected',
  direction: 'increase',
  baseline: { year: 2020, value: 83.14 },
  target: { year: 2025, value: 160, comparator: 'approx', text: '160' },
  annualGrowth: 14,
  annualTargets: [],
  relatedTo: null,
};
const gdpPath: LevelPath = { shape: 'compound', t0: 2020, base: 83.14, t1: 2025, target: 160 };

describe('annual targets', () => {
  it('takes the path value of the year for a level', () => {
    // 83.14·(160/83.14)^(3/5) = 123.1391
    expect(annualLevelTarget(gdpSpec, gdpPath, 2023)).toBeCloseTo(123.13910639929306, 10);
    const withEntry = { ...gdpSpec, annualTargets: [{ year: 2023, value: 125 }] };
    expect(annualLevelTarget(withEntry, gdpPath, 2023)).toBe(125);
  });

  it('takes the stated growth of a compound indicator, else the growth an entry or the path implies', () => {
    expect(annualGrowthTarget(gdpSpec, gdpPath, 2023)).toBe(14);
    // entry 2021 = 95 over the 2020 baseline 83.14: 95/83.14 − 1 = 14.265 %
    const withEntry = { ...gdpSpec, annualTargets: [{ year: 2021, value: 95 }] };
    expect(annualGrowthTarget(withEntry, gdpPath, 2021)).toBeCloseTo((95 / 83.14 - 1) * 100, 10);
    // linear 29.6 → 37: 2023 = 34.04, 2022 = 32.56; 34.04/32.56 − 1 = 4.545 %
    const linear: LevelPath = { shape: 'linear', t0: 2020, base: 29.6, t1: 2025, target: 37 };
    const green = { ...gdpSpec, kind: 'level_linear' as const, annualGrowth: null };
    expect(annualGrowthTarget(green, linear, 2023)).toBeCloseTo((34.04 / 32.56 - 1) * 100, 10);
  });

  it('shares a cumulative total evenly unless a year has its own entry', () => {
    const jobs = { ...gdpSpec, kind: 'cumulative' as const, annualGrowth: null, annualTargets: [] };
    // 1.275 / 5 = 0.255 a year
    expect(annualShareOfTotal(jobs, 1.275, 2020, 2025, 2023)).toBeCloseTo(0.255, 12);
    // three years: 3 · 0.255 = 0.765 (= T·τ with τ = 0.6)
    expect(expectedCumulative(jobs, 1.275, 2020, 2025, 2023)).toBeCloseTo(0.765, 12);
    // 2022 entered as 0.3: 0.255 + 0.3 + 0.255 = 0.81
    const entered = { ...jobs, annualTargets: [{ year: 2022, value: 0.3 }] };
    expect(expectedCumulative(entered, 1.275, 2020, 2025, 2023)).toBeCloseTo(0.81, 12);
    // after the target year the sum stops at the five years: 5 · 0.255 = 1.275
    expect(expectedCumulative(jobs, 1.275, 2020, 2025, 2027)).toBeCloseTo(1.275, 12);
    expect(expectedCumulative(jobs, 1.275, 2020, 2025, 2020)).toBe(0);
    expect(expectedCumulative(jobs, 1.275, 2025, 2025, 2023)).toBeNull();
  });
});
