import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { awkwardNumber } from '../testing/arbitraries';
import { sdgFromObservations } from './from-observations';
import { sdgIndicator } from './indicator-progress';
import { sdgSeriesProgress } from './series-progress';

const point = fc.record({ year: fc.integer({ min: 1990, max: 2040 }), value: awkwardNumber });
const input = fc.record({
  base: point,
  current: point,
  target: fc.option(point, { nil: null }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  limit: fc.option(awkwardNumber, { nil: null }),
  thresholds: fc.option(fc.record({ high: awkwardNumber, medium: awkwardNumber, low: awkwardNumber }), {
    nil: undefined,
  }),
});

describe('sdg never lets NaN or Infinity out', () => {
  test.prop([input], { numRuns: 3000 })('sdgSeriesProgress for arbitrary inputs', (i) => {
    const r = sdgSeriesProgress(i);
    if (r.progressValue !== null) expect(Number.isFinite(r.progressValue)).toBe(true);
    if (r.score !== null) {
      expect(Number.isFinite(r.score)).toBe(true);
      expect(Math.abs(r.score)).toBeLessThanOrEqual(5);
    }
    expect(Number.isNaN(r.limitFactor)).toBe(false);
    expect(r.status === 'not_available').toBe(r.progressValue === null && !r.targetAchieved);
  });

  test.prop(
    [
      fc.array(
        fc.record({
          year: fc.oneof(fc.integer({ min: 2000, max: 2030 }), fc.constantFrom('2015-16', '2020-21', 'x')),
          value: awkwardNumber,
        }),
        { maxLength: 8 },
      ),
      fc.integer({ min: 2000, max: 2030 }),
    ],
    {
      numRuns: 1000,
    },
  )('sdgFromObservations and sdgIndicator for arbitrary series', (series, baseYear) => {
    const r = sdgFromObservations(series, baseYear, { target: null, direction: 'increase', limit: null });
    const ind = sdgIndicator([r, [r, r]]);
    for (const n of [r.progressValue, r.score, ind.score])
      if (n !== null) expect(Number.isFinite(n)).toBe(true);
  });
});
