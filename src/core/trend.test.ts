import { describe, expect, it } from 'vitest';
import { defaultEvaluationSettings as settings } from './model';
import {
  cumulativeTrend,
  leastSquares,
  levelTrend,
  rateTrend,
  rateVerdict,
  type TargetRule,
  trendVerdict,
} from './trend';

const rule = (target: number, extra: Partial<TargetRule> = {}): TargetRule => ({
  target,
  comparator: 'ge',
  direction: 'increase',
  band: 0,
  settings,
  unit: '家',
  ...extra,
});

describe('trendVerdict', () => {
  it('is likely when P meets T, at risk from 90 % of the planned change, unlikely below', () => {
    // 高新技术企业 32 → 60: planned change 28; 90 % of it is 25.2, i.e. P ≥ 57.2
    expect(trendVerdict(61, 32, rule(60))).toBe('likely');
    expect(trendVerdict(57.2, 32, rule(60))).toBe('at_risk');
    expect(trendVerdict(57.1, 32, rule(60))).toBe('unlikely');
  });

  it('gives a limit no partial credit', () => {
    // ceiling 5 on a decreasing indicator starting at 4.5: met or not
    const ceiling = rule(5, { comparator: 'approx', direction: 'decrease', band: 0.5, unit: '%' });
    expect(trendVerdict(5.4, 4.5, ceiling)).toBe('likely');
    expect(trendVerdict(5.6, 4.5, ceiling)).toBe('unlikely');
  });

  it('judges rates by the ratio ḡ/g', () => {
    // 13.6/15 = 0.907 ≥ 0.9 → at risk; 13.4/15 = 0.893 → unlikely
    expect(rateVerdict(15, rule(15, { unit: '%' }))).toBe('likely');
    expect(rateVerdict(13.6, rule(15, { unit: '%' }))).toBe('at_risk');
    expect(rateVerdict(13.4, rule(15, { unit: '%' }))).toBe('unlikely');
  });
});

describe('projections', () => {
  it('fits a least-squares line', () => {
    // (2020, 1) (2021, 3) (2022, 2): slope 0.5 through the mean (2021, 2) → 2025: 2 + 0.5·4 = 4
    const line = leastSquares([
      { x: 2020, value: 1 },
      { x: 2021, value: 3 },
      { x: 2022, value: 2 },
    ]);
    expect(line?.at(2025)).toBeCloseTo(4, 12);
    expect(leastSquares([{ x: 2020, value: 1 }])).toBeNull();
    expect(
      leastSquares([
        { x: 2021, value: 1 },
        { x: 2021, value: 2 },
      ]),
    ).toBeNull();
  });

  it('needs no further pace once the target is reached', () => {
    const path = { shape: 'linear' as const, t0: 2020, base: 32, t1: 2025, target: 60 };
    const t = levelTrend(path, [{ x: 2023, value: 62 }], { zh: '2020年', en: '2020' }, rule(60));
    expect(t.requiredPace).toBeNull();
    expect(t.verdict).toBe('likely');
    expect(t.explanation.zh).toContain('目前已达到目标');
  });

  it('projects a cumulative total by ΣA/τ and spreads the rest', () => {
    // 18 of 30 after 3 of 5 years: P = 18/0.6 = 30 → likely; (30 − 18)/2 = 6 a year
    const t = cumulativeTrend(18, 2023, 2020, 2025, rule(30));
    expect(t.projection).toBeCloseTo(30, 12);
    expect(t.verdict).toBe('likely');
    expect(t.requiredPace).toEqual({ value: 6, basis: 'per_year' });
    expect(t.explanation.zh).toBe(
      '按序时进度推算,五年累计可达30家,实现目标需此后每年增加6家,可以完成五年目标',
    );
  });

  it('judges by the actual value from the target year on', () => {
    const t = cumulativeTrend(27.5, 2025, 2020, 2025, rule(30));
    // 27.5/30 = 0.917 of the planned change → at risk
    expect(t.projection).toBe(27.5);
    expect(t.requiredPace).toBeNull();
    expect(t.verdict).toBe('at_risk');
  });

  it('gives the rate the remaining years need', () => {
    // two years at 8 % against g = 10 % over five: ((1.1^5)/(1.08²))^(1/3) − 1 = 11.35 %
    const t = rateTrend([8, 8], 8, 2022, 2025, rule(10, { unit: '%' }));
    expect(t.requiredPace?.value).toBeCloseTo(((1.1 ** 5 / 1.08 ** 2) ** (1 / 3) - 1) * 100, 10);
    expect(t.requiredPace?.basis).toBe('percent_per_year');
    // 8/10 = 0.8 < 0.9 → unlikely
    expect(t.verdict).toBe('unlikely');
  });
});
