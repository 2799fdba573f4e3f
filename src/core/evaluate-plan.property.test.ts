import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluatePlan } from './evaluate-plan';
import { observations, periodText, settings, spec } from './testing/arbitraries';

const plan = fc.record({
  specs: fc.array(
    fc.record({
      spec,
      category: fc.constantFrom('economy', 'innovation', 'green'),
      relatedTo: fc.option(fc.constantFrom('I0', 'I1', 'I2'), { nil: null }),
    }),
    { maxLength: 5 },
  ),
  data: fc.array(observations, { minLength: 5, maxLength: 5 }),
  asOf: periodText,
  baseYear: fc.integer({ min: 2015, max: 2025 }),
  targetYear: fc.integer({ min: 2015, max: 2035 }),
  settings,
});

describe('evaluatePlan never lets NaN or Infinity out', () => {
  test.prop([plan], { numRuns: 300 })('for arbitrary plans', (p) => {
    const indicators = p.specs.map((s, i) => ({
      ...s.spec,
      code: `I${i}`,
      category: s.category,
      relatedTo: s.relatedTo,
    }));
    const result = evaluatePlan({
      baseYear: p.baseYear,
      targetYear: p.targetYear,
      indicators,
      observations: new Map(indicators.map((ind, i) => [ind.code, p.data[i] ?? []])),
      asOf: p.asOf,
      settings: p.settings,
    });
    expect(result.results.map((r) => r.code)).toEqual(indicators.map((i) => i.code));
    const numbers = [
      result.timeElapsed,
      result.rollup.meanRatio,
      ...Object.values(result.byCategory).map((r) => r.meanRatio),
      ...result.results.flatMap((r) => [
        r.ratio,
        r.actual,
        r.expected,
        r.gapToExpected,
        r.gapToTarget,
        r.trend.projection,
      ]),
    ];
    for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });
});
