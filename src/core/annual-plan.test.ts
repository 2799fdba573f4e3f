import { describe, expect, it } from 'vitest';
import { annualPlan } from './annual-plan';
import type { IndicatorSpec } from './model';

const gdp: IndicatorSpec = {
  code: 'T01',
  name: '地区生产总值',
  unit: '亿元',
  kind: 'level_compound',
  attribute: 'expected',
  direction: 'increase',
  baseline: { year: 2020, value: 83.14 },
  target: { year: 2025, value: 160, comparator: 'ge', text: '160' },
  annualGrowth: 14,
  annualTargets: [],
  relatedTo: null,
};

describe('annualPlan (年度计划)', () => {
  it('derives each year of a compound indicator from the five-year path', () => {
    const plan = annualPlan(gdp, 2020, 2025);
    expect(plan.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    // 2023: 83.14·(160/83.14)^(3/5) = 123.14 (the "序时应达" of the CLI table)
    expect(plan[2]?.value).toBeCloseTo(83.14 * (160 / 83.14) ** 0.6, 9);
    expect(plan[4]?.value).toBeCloseTo(160, 9);
    // the plan's stated growth is the year's growth target: 14%
    expect(plan.every((y) => y.growth === 14 && y.basis === 'path')).toBe(true);
  });

  it('keeps a year the office set, with the growth it implies', () => {
    const plan = annualPlan({ ...gdp, annualTargets: [{ year: 2022, value: 100 }] }, 2020, 2025);
    expect(plan[1]).toMatchObject({ year: 2022, value: 100, basis: 'set' });
    // growth over the 2021 path value 83.14·(160/83.14)^0.2 = 94.78 → 100/94.78 − 1 = 5.51%
    expect(plan[1]?.growth).toBeCloseTo((100 / (83.14 * (160 / 83.14) ** 0.2) - 1) * 100, 9);
  });

  it('splits a cumulative five-year total evenly, with the running total', () => {
    const jobs: IndicatorSpec = {
      ...gdp,
      code: 'T19',
      unit: '万人',
      kind: 'cumulative',
      baseline: null,
      annualGrowth: null,
      target: { year: 2025, value: 1.275, comparator: 'ge', text: '[1.275]' },
    };
    const plan = annualPlan(jobs, 2020, 2025);
    // 1.275 / 5 = 0.255 a year; by 2023: 3 × 0.255 = 0.765
    expect(plan[0]?.value).toBeCloseTo(0.255, 12);
    expect(plan[2]?.runningTotal).toBeCloseTo(0.765, 12);
  });

  it('has nothing to derive for a target assigned from above until it is entered', () => {
    const energy: IndicatorSpec = {
      ...gdp,
      kind: 'assigned',
      baseline: null,
      target: null,
      annualGrowth: null,
    };
    expect(annualPlan(energy, 2020, 2025).every((y) => y.basis === 'none' && y.value === null)).toBe(true);
    const entered = annualPlan({ ...energy, annualTargets: [{ year: 2023, value: 3.2 }] }, 2020, 2025);
    expect(entered[2]).toMatchObject({ value: 3.2, basis: 'set' });
  });
});
