import { describe, expect, it } from 'vitest';
import { approxBand, bandPosition, meetsTarget } from './approx-band';
import { defaultEvaluationSettings as settings } from './model';

describe('approx band', () => {
  it('is ±0.5 pp for values in % and ±5 % of the target otherwise', () => {
    expect(approxBand(5, true, settings)).toBe(0.5);
    // 160 · 0.05 = 8
    expect(approxBand(160, false, settings)).toBeCloseTo(8, 12);
    expect(approxBand(-40, false, settings)).toBeCloseTo(2, 12);
  });

  it('places values within or beyond the band', () => {
    expect(bandPosition(13.6, 14, 'increase', 0.5)).toBe('within');
    expect(bandPosition(16, 14, 'increase', 0.5)).toBe('favourable');
    expect(bandPosition(13.4, 14, 'increase', 0.5)).toBe('unfavourable');
    expect(bandPosition(4.2, 5, 'decrease', 0.5)).toBe('favourable');
    expect(bandPosition(5.6, 5, 'decrease', 0.5)).toBe('unfavourable');
  });
});

describe('meetsTarget', () => {
  it('meets 左右 targets within the band or beyond it on the favourable side', () => {
    // 城镇调查失业率 5左右 (decrease): 4.2 is below the band 4.5–5.5, on the favourable side → met
    expect(meetsTarget(4.2, 5, 'approx', 'decrease', 0.5)).toBe(true);
    expect(meetsTarget(5.5, 5, 'approx', 'decrease', 0.5)).toBe(true);
    expect(meetsTarget(5.6, 5, 'approx', 'decrease', 0.5)).toBe(false);
    // GDP growth 14左右: 16 is above the band 13.5–14.5 → met; 13.4 is below → not met
    expect(meetsTarget(16, 14, 'approx', 'increase', 0.5)).toBe(true);
    expect(meetsTarget(13.4, 14, 'approx', 'increase', 0.5)).toBe(false);
  });

  it('compares ge, le and eq', () => {
    expect(meetsTarget(20, 20, 'ge', 'increase', 0)).toBe(true);
    expect(meetsTarget(19.9, 20, 'ge', 'increase', 0)).toBe(false);
    expect(meetsTarget(3, 3, 'le', 'decrease', 0)).toBe(true);
    expect(meetsTarget(3.01, 3, 'le', 'decrease', 0)).toBe(false);
    expect(meetsTarget(3.7, 3.6, 'eq', 'increase', 0)).toBe(true);
    expect(meetsTarget(3.5, 3.6, 'eq', 'increase', 0)).toBe(false);
    expect(meetsTarget(3.5, 3.6, 'eq', 'decrease', 0)).toBe(true);
  });
});
