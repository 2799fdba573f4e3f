import { describe, expect, it } from 'vitest';
import { type LevelPath, pathAnnualGrowth, pathProblem, pathValue, targetFromGrowth } from './expected-path';

const gdp: LevelPath = { shape: 'compound', t0: 2020, base: 83.14, t1: 2025, target: 160 };
const greenRatio: LevelPath = { shape: 'linear', t0: 2020, base: 29.6, t1: 2025, target: 37 };

describe('expected path', () => {
  it('follows the compound path E = B·(T/B)^τ', () => {
    // 83.14·(160/83.14)^0.6 = 123.13910639929306
    expect(pathValue(gdp, 2023)).toBeCloseTo(123.13910639929306, 10);
    // 2023-Q3 at 2022.75: 83.14·(160/83.14)^0.55 = 118.17
    expect(pathValue(gdp, 2022.75)).toBeCloseTo(83.14 * (160 / 83.14) ** 0.55, 10);
    expect(pathValue(gdp, 2020)).toBeCloseTo(83.14, 12);
    expect(pathValue(gdp, 2030)).toBeCloseTo(160, 12);
  });

  it('follows the linear path E = B + (T − B)·τ', () => {
    // 29.6 + (37 − 29.6)·0.6 = 29.6 + 4.44 = 34.04
    expect(pathValue(greenRatio, 2023)).toBeCloseTo(34.04, 12);
  });

  it('gives the compound path growth and the target from a growth rate', () => {
    // (160/83.14)^(1/5) − 1 = 13.9888 %
    expect(pathAnnualGrowth(gdp)).toBeCloseTo(13.988750336904744, 10);
    // 一般公共预算收入 4.5 at 10 %: 4.5·1.1^5 = 7.247295
    expect(targetFromGrowth(4.5, 10, 2020, 2025)).toBeCloseTo(7.247295, 10);
    expect(targetFromGrowth(4.5, -100, 2020, 2025)).toBeNull();
  });

  it('detects paths without a ratio', () => {
    expect(pathProblem(gdp, 'increase')).toBeNull();
    expect(pathProblem({ ...gdp, target: 83.14 }, 'increase')).toBe('flat');
    expect(pathProblem({ ...gdp, base: 0 }, 'increase')).toBe('degenerate');
    expect(pathProblem({ ...gdp, t1: 2020 }, 'increase')).toBe('degenerate');
    expect(pathProblem(gdp, 'decrease')).toBe('against_direction');
    expect(pathValue({ ...gdp, base: -1 }, 2023)).toBeNull();
  });
});
