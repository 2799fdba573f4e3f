import { describe, expect, it } from 'vitest';
import { cagr, sdgSeriesProgress, statusOf } from './series-progress';
import { limitFactor, method1Thresholds, method2Thresholds } from './thresholds';

describe('published Open SDG cases (evaluation.md) — exact to 1e-9', () => {
  it('base 10 (2015), 30 (2016), target 1 by 2030, decrease, limit 1 → deterioration', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 10 },
      current: { year: 2016, value: 30 },
      target: { year: 2030, value: 1 },
      direction: 'decrease',
      limit: 1,
    });
    // method 2 (the limit is ignored with a target): pv = 1·(−1)·(30/10 − 1) / |0.1^(1/15) − 1| = −2/0.142304
    expect(r.method).toBe(2);
    expect(r.limitFactor).toBe(1);
    expect(Math.abs((r.progressValue ?? 0) - -14.054408693747053)).toBeLessThan(1e-9);
    expect(r.score).toBe(-5);
    expect(r.status).toBe('deterioration');
  });

  it('base 5 (2015), 6 (2016), target 9 by 2030, increase → substantial progress', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 5 },
      current: { year: 2016, value: 6 },
      target: { year: 2030, value: 9 },
      direction: 'increase',
      limit: null,
    });
    // pv = 0.2 / (1.8^(1/15) − 1) = 0.2/0.039964 = 5.004546; score min(7.1429·pv − 4.2857, 5) = 5
    expect(Math.abs((r.progressValue ?? 0) - 5.004545663635249)).toBeLessThan(1e-9);
    expect(r.score).toBe(5);
    expect(r.status).toBe('substantial_progress');
  });
});

describe('method 1 (no target)', () => {
  it('rates growth without a limit', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 50 },
      current: { year: 2020, value: 55 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    // pv = (55/50)^(1/5) − 1 = 0.019245 ≥ 0.015 → substantial; score min(500·0.019245 − 5, 5) = 4.622438
    expect(r.progressValue).toBeCloseTo(0.019244876491456564, 12);
    expect(r.status).toBe('substantial_progress');
    expect(r.score).toBeCloseTo(4.622438245728283, 10);
    expect(r.thresholds).toEqual(method1Thresholds);
  });

  it('scores deterioration at 125·pv − 2.5', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 50 },
      current: { year: 2020, value: 49 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    // pv = 0.98^(1/5) − 1 = −0.0040324; score 125·pv − 2.5 = −3.004049
    expect(r.progressValue).toBeCloseTo(-0.004032389459044716, 12);
    expect(r.status).toBe('deterioration');
    expect(r.score).toBeCloseTo(-3.0040486823805894, 10);
  });

  it('shrinks the thresholds near a limit (C with a = 4.44)', () => {
    const series = {
      base: { year: 2015, value: 5.5 },
      current: { year: 2020, value: 5.4 },
      target: null,
      direction: 'decrease' as const,
    };
    const limited = sdgSeriesProgress({ ...series, limit: 5 });
    // b = 5.5, L = 5, L < b < 2L: C = 1 − ((10 − 5.5)/5)^4.44 = 1 − 0.9^4.44 = 0.373622
    expect(limited.limitFactor).toBeCloseTo(0.37362164501282824, 12);
    // pv = −1·((5.4/5.5)^(1/5) − 1) = 0.0036631; medium 0.005·C = 0.0018681 ≤ pv < high 0.015·C = 0.0056043
    expect(limited.progressValue).toBeCloseTo(0.0036631021456072776, 12);
    expect(limited.status).toBe('moderate_progress');
    // score 250·pv/C − 1.25 = 1.201077
    expect(limited.score).toBeCloseTo(1.201077309427232, 9);
    const free = sdgSeriesProgress({ ...series, limit: null });
    // without the limit pv < 0.005 → limited progress, score 500·pv − 2.5 = −0.668449
    expect(free.status).toBe('limited_progress');
    expect(free.score).toBeCloseTo(-0.6684489271963612, 9);
  });

  it('keeps a base sitting on its limit as substantial progress (C = 0)', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 5 },
      current: { year: 2018, value: 5 },
      target: null,
      direction: 'decrease',
      limit: 5,
    });
    expect(r.limitFactor).toBe(0);
    expect(r.status).toBe('substantial_progress');
    expect(r.score).toBe(5);
  });

  it('uses s = −1 for a negative base', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: -10 },
      current: { year: 2018, value: -8 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    // pv = −1·1·((−8/−10)^(1/3) − 1) = 0.071682: rising from −10 to −8 is progress
    expect(r.sign).toBe(-1);
    expect(r.progressValue).toBeCloseTo(0.07168223327744416, 12);
    expect(r.status).toBe('substantial_progress');
  });

  it('replaces a zero base by 0.001', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 0 },
      current: { year: 2017, value: 2 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    // pv = (2/0.001)^(1/2) − 1 = 43.72136
    expect(r.progressValue).toBeCloseTo(43.721359549995796, 9);
    expect(r.sign).toBe(1);
  });
});

describe('method 1 score is continuous at the thresholds', () => {
  // one year apart, pv = current/base − 1: the scores at the cuts are 2.5 (high), 0 (medium), −2.5 (low)
  const at = (current: number) =>
    sdgSeriesProgress({
      base: { year: 2015, value: 100 },
      current: { year: 2016, value: current },
      target: null,
      direction: 'increase',
      limit: null,
    });

  it('gives 2.5 at pv = 0.015 from both formulas', () => {
    // 500·0.015 − 5 = 2.5 and 250·0.015 − 1.25 = 2.5
    // 101.5/100 − 1 is 0.01499999… in binary, so the moderate formula applies: still 2.5 to 1e-9
    expect(at(101.5).score).toBeCloseTo(2.5, 9);
  });

  it('gives 0 at pv = 0.005 and −2.5 at pv = 0', () => {
    // 250·0.005 − 1.25 = 0 and 500·0.005 − 2.5 = 0
    expect(at(100.5).score).toBeCloseTo(0, 9);
    // 500·0 − 2.5 = −2.5 and 125·0 − 2.5 = −2.5
    expect(at(100).score).toBe(-2.5);
    expect(at(100).status).toBe('limited_progress');
    // 125·(−0.04) − 2.5 = −7.5 → floored at −5
    expect(at(96).score).toBe(-5);
  });
});

describe('method 2 (target)', () => {
  const base = { year: 2015, value: 100 };
  const target = { year: 2030, value: 150 };

  it('gives moderate progress between 0.6 and 0.95', () => {
    const r = sdgSeriesProgress({
      base,
      current: { year: 2020, value: 110 },
      target,
      direction: 'increase',
      limit: 7,
    });
    // pv = (1.1^(1/5) − 1)/(1.5^(1/15) − 1) = 0.702376; score 7.1429·pv − 4.2857 = 0.731305
    expect(r.progressValue).toBeCloseTo(0.7023764947842465, 12);
    expect(r.status).toBe('moderate_progress');
    expect(r.score).toBeCloseTo(0.7313050645943937, 9);
    expect(r.thresholds).toEqual(method2Thresholds);
  });

  it('gives limited progress below 0.6', () => {
    const r = sdgSeriesProgress({
      base,
      current: { year: 2020, value: 103 },
      target,
      direction: 'increase',
      limit: null,
    });
    // pv = 0.216399; score 4.1667·pv − 2.5 = −1.598329
    expect(r.progressValue).toBeCloseTo(0.2163993857078687, 12);
    expect(r.status).toBe('limited_progress');
    expect(r.score).toBeCloseTo(-1.5983286795710234, 9);
  });

  it('replaces a zero target by 0.001', () => {
    const r = sdgSeriesProgress({
      base: { year: 2015, value: 10 },
      current: { year: 2020, value: 8 },
      target: { year: 2030, value: 0 },
      direction: 'decrease',
      limit: null,
    });
    // pv = −1·(0.8^(1/5) − 1)/|(0.001/10)^(1/15) − 1| = 0.095128; score 4.1667·pv − 2.5 = −2.103631
    expect(r.progressValue).toBeCloseTo(0.09512772741844266, 12);
    expect(r.score).toBeCloseTo(-2.103631298165575, 9);
  });

  it('counts the target achieved when reached, or when it equals the base', () => {
    const reached = sdgSeriesProgress({
      base,
      current: { year: 2020, value: 150 },
      target,
      direction: 'increase',
      limit: null,
    });
    expect(reached.status).toBe('target_achieved');
    expect(reached.score).toBe(5);
    const same = sdgSeriesProgress({
      base,
      current: { year: 2020, value: 90 },
      target: { year: 2030, value: 100 },
      direction: 'increase',
      limit: null,
    });
    expect(same.status).toBe('target_achieved');
    expect(same.score).toBe(5);
  });

  it('lets user thresholds override the defaults', () => {
    const r = sdgSeriesProgress({
      base,
      current: { year: 2020, value: 110 },
      target,
      direction: 'increase',
      limit: null,
      thresholds: { high: 0.7 },
    });
    // pv 0.702 ≥ 0.7 → substantial
    expect(r.status).toBe('substantial_progress');
    expect(r.thresholds).toEqual({ high: 0.7, medium: 0.6, low: 0 });
  });
});

describe('no progress value', () => {
  const one = { year: 2015, value: 10 };
  it('is not available for opposite signs, t0 > ti, or less than a year', () => {
    const opposite = sdgSeriesProgress({
      base: one,
      current: { year: 2020, value: -1 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    expect(opposite.status).toBe('not_available');
    expect(opposite.problem).toBe('opposite_signs');
    expect(opposite.score).toBeNull();
    const backwards = sdgSeriesProgress({
      base: { year: 2020, value: 10 },
      current: { year: 2018, value: 12 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    expect(backwards.problem).toBe('base_after_current');
    const same = sdgSeriesProgress({
      base: one,
      current: { year: 2015, value: 12 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    expect(same.problem).toBe('too_short');
  });

  it('is not available for a target year not after the base year', () => {
    const r = sdgSeriesProgress({
      base: one,
      current: { year: 2020, value: 12 },
      target: { year: 2015, value: 20 },
      direction: 'increase',
      limit: null,
    });
    expect(r.status).toBe('not_available');
    expect(r.problem).toBe('target_year_not_after_base');
  });
});

describe('helpers', () => {
  it('computes CAGR, C and statuses at the boundaries', () => {
    // (121/100)^(1/2) − 1 = 0.1
    expect(cagr(121, 100, 2017, 2015)).toBeCloseTo(0.1, 12);
    expect(limitFactor(0, 0)).toBe(1);
    expect(limitFactor(10, 5)).toBe(1);
    // b ≤ L: 1 − (3/5)^4.44 = 0.896488
    expect(limitFactor(3, 5)).toBeCloseTo(0.8964877969664486, 12);
    expect(limitFactor(-3, -5)).toBeCloseTo(0.8964877969664486, 12);
    const t = { high: 0.015, medium: 0.005, low: 0 };
    expect(statusOf(0.015, t, false)).toBe('substantial_progress');
    expect(statusOf(0.0149, t, false)).toBe('moderate_progress');
    expect(statusOf(0.005, t, false)).toBe('moderate_progress');
    expect(statusOf(0.0049, t, false)).toBe('limited_progress');
    expect(statusOf(0, t, false)).toBe('limited_progress');
    expect(statusOf(-0.0001, t, false)).toBe('deterioration');
    expect(statusOf(null, t, false)).toBe('not_available');
    expect(statusOf(null, t, true)).toBe('target_achieved');
  });
});
