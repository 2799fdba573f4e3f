import { describe, expect, it } from 'vitest';
import { statusFromBand, statusFromRatio } from './indicator-status';
import { defaultEvaluationSettings as settings } from './model';
import {
  compoundedReduction,
  compoundRatio,
  geometricMeanGrowth,
  linearRatio,
  ratioToExpected,
} from './progress-ratio';

describe('progress ratios', () => {
  it('computes the compound ratio', () => {
    // E = 123.13910639929306; ln(128.6/83.14)/ln(123.139/83.14) = 0.436168/0.392786 = 1.110472
    expect(compoundRatio(128.6, 83.14, 123.13910639929306)).toBeCloseTo(1.110471981365033, 12);
    expect(compoundRatio(0, 83.14, 123)).toBeNull();
    expect(compoundRatio(100, 83.14, 83.14)).toBeNull();
  });

  it('computes the linear ratio', () => {
    // (33 − 29.6)/(34.04 − 29.6) = 3.4/4.44 = 0.765766
    expect(linearRatio(33, 29.6, 34.04)).toBeCloseTo(3.4 / 4.44, 12);
    expect(linearRatio(33, 29.6, 29.6)).toBeNull();
  });

  it('computes the ratio to an expected value, mirrored for decreasing indicators', () => {
    // 0.8 / 0.765 = 1.045752
    expect(ratioToExpected(0.8, 0.765, 'increase')).toBeCloseTo(0.8 / 0.765, 12);
    // decrease: 1 − (2 − 3)/3 = 1.333333
    expect(ratioToExpected(2, 3, 'decrease')).toBeCloseTo(4 / 3, 12);
    expect(ratioToExpected(2, 0, 'increase')).toBeNull();
  });

  it('computes the geometric mean growth', () => {
    // (1.16·1.12·1.17)^(1/3) − 1 = 1.520064^(1/3) − 1 = 14.97 %
    expect(geometricMeanGrowth([16, 12, 17])).toBeCloseTo(((1.16 * 1.12 * 1.17) ** (1 / 3) - 1) * 100, 10);
    expect(geometricMeanGrowth([])).toBeNull();
    expect(geometricMeanGrowth([10, -100])).toBeNull();
  });

  it('compounds yearly reductions', () => {
    // 1 − (1 − 0.04)(1 − 0.035) = 1 − 0.96·0.965 = 0.0736 → 7.36 %
    expect(compoundedReduction([4, 3.5])).toBeCloseTo(7.36, 12);
    expect(compoundedReduction([100, 3])).toBe(100);
    expect(compoundedReduction([101])).toBeNull();
  });
});

describe('status from ratio', () => {
  it('uses the default thresholds', () => {
    expect(statusFromRatio(1.05, settings)).toBe('ahead');
    expect(statusFromRatio(1.0499, settings)).toBe('on_track');
    expect(statusFromRatio(0.95, settings)).toBe('on_track');
    expect(statusFromRatio(0.9499, settings)).toBe('behind');
    expect(statusFromRatio(0, settings)).toBe('behind');
    expect(statusFromRatio(-0.01, settings)).toBe('regressing');
  });

  it('lets the 左右 band decide for growth figures', () => {
    expect(statusFromBand('within', 0.9)).toBe('on_track');
    expect(statusFromBand('favourable', 1.01)).toBe('ahead');
    expect(statusFromBand('unfavourable', 0.97)).toBe('behind');
    expect(statusFromBand('unfavourable', -0.2)).toBe('regressing');
  });
});
