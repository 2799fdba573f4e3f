/**
 * Invariants of evaluateIndicator (evaluation.md: "monotone in the actual value, symmetric for
 * decreasing indicators, no NaN/Infinity ever leaves the core").
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import type { IndicatorEvaluation } from './evaluation-result';
import { statusRank } from './indicator-status';
import {
  type Comparator,
  defaultEvaluationSettings,
  type IndicatorSpec,
  type Measure,
  type Observation,
} from './model';
import { evaluationInput, observations as observationsArb, spec as specArb } from './testing/arbitraries';

/** Every number a result carries, with a path for the failure message. */
function numbersOf(r: IndicatorEvaluation): [string, number | null][] {
  return [
    ['timeElapsed', r.timeElapsed],
    ['ratio', r.ratio],
    ['actual', r.actual],
    ['expected', r.expected],
    ['gapToExpected', r.gapToExpected],
    ['gapToTarget', r.gapToTarget],
    ['trend.projection', r.trend.projection],
    ['trend.requiredPace', r.trend.requiredPace?.value ?? null],
  ];
}

function expectClean(r: IndicatorEvaluation): void {
  for (const [name, value] of numbersOf(r)) {
    if (value !== null) expect(Number.isFinite(value), `${name} = ${value}`).toBe(true);
  }
  expect(r.timeElapsed).toBeGreaterThanOrEqual(0);
  expect(r.timeElapsed).toBeLessThanOrEqual(1);
  const text = [r.explanation.zh, r.explanation.en, r.trend.explanation.zh, r.trend.explanation.en].join(' ');
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

describe('evaluateIndicator never lets NaN or Infinity out', () => {
  test.prop([evaluationInput], { numRuns: 2000 })('for arbitrary inputs', (input) => {
    expectClean(evaluateIndicator(input));
  });
});

/** A spec with a sound increasing path, for the monotonicity and symmetry properties. */
const pathSpec = (
  kind: IndicatorSpec['kind'],
  comparator: Comparator,
  base: number,
  target: number,
): IndicatorSpec => ({
  code: 'X',
  name: 'X',
  unit: '亿元',
  kind,
  attribute: 'expected',
  direction: 'increase',
  baseline: kind === 'threshold' ? null : { year: 2020, value: base },
  target: { year: 2025, value: target, comparator, text: String(target) },
  annualGrowth: null,
  annualTargets: [],
  relatedTo: null,
});

const scenario = fc.record({
  kind: fc.constantFrom(
    'level_compound' as const,
    'level_linear' as const,
    'threshold' as const,
    'cumulative' as const,
    'rate' as const,
  ),
  comparator: fc.constantFrom('ge' as const, 'approx' as const, 'eq' as const),
  base: fc.double({ min: 0.01, max: 1000, noNaN: true }),
  rise: fc.double({ min: 0.01, max: 1000, noNaN: true }),
  history: fc.array(fc.double({ min: -500, max: 2000, noNaN: true }), { maxLength: 3 }),
  latestPeriod: fc.constantFrom('2023', '2025', '2023-09', '2024-Q2'),
  latestMeasure: fc.constantFrom<Measure>('level', 'ytd', 'ytd_yoy'),
  a: fc.double({ min: -2000, max: 4000, noNaN: true }),
  b: fc.double({ min: -2000, max: 4000, noNaN: true }),
});

describe('monotone in the actual value', () => {
  test.prop([scenario], { numRuns: 1500 })(
    'a larger latest value never gives a lower ratio or status (increasing indicator)',
    (s) => {
      const spec = pathSpec(s.kind, s.comparator, s.base, s.base + s.rise);
      const history: Observation[] = s.history.map((value, i) => ({
        period: String(2020 + i),
        measure: 'level',
        value,
      }));
      const [lo, hi] = s.a <= s.b ? [s.a, s.b] : [s.b, s.a];
      const run = (value: number) =>
        evaluateIndicator({
          spec,
          observations: [...history, { period: s.latestPeriod, measure: s.latestMeasure, value }],
          asOf: '2025',
          baseYear: 2020,
          targetYear: 2025,
          settings: defaultEvaluationSettings,
        });
      const low = run(lo);
      const high = run(hi);
      const rl = statusRank(low.status);
      const rh = statusRank(high.status);
      if (rl !== null && rh !== null) expect(rh).toBeGreaterThanOrEqual(rl);
      if (low.ratio !== null && high.ratio !== null)
        expect(high.ratio).toBeGreaterThanOrEqual(low.ratio - 1e-12);
    },
  );
});

describe('monotone for arbitrary specs', () => {
  const latest = fc.constantFrom('2030', '2030-Q2', '2030-06', '2030-12');
  const measure = fc.constantFrom<Measure>('level', 'ytd', 'yoy', 'ytd_yoy');
  const value = fc.double({ min: -1e4, max: 1e4, noNaN: true });
  test.prop([specArb, observationsArb, latest, measure, value, value, specArb, observationsArb], {
    numRuns: 2000,
  })(
    'raising the latest observation never lowers the status or ratio of an increasing indicator',
    (s0, history, period, m, a, b, relatedSpec, relatedObs) => {
      const spec = { ...s0, direction: 'increase' as const };
      const earlier = history.filter((o) => Number(o.period.slice(0, 4)) <= 2029);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const run = (v: number) =>
        evaluateIndicator({
          spec,
          observations: [...earlier, { period, measure: m, value: v }],
          asOf: '2030',
          baseYear: 2020,
          targetYear: 2025,
          settings: defaultEvaluationSettings,
          related: { spec: relatedSpec, observations: relatedObs },
        });
      const low = run(lo);
      const high = run(hi);
      const rl = statusRank(low.status);
      const rh = statusRank(high.status);
      if (rl !== null && rh !== null) expect(rh).toBeGreaterThanOrEqual(rl);
      if (low.ratio !== null && high.ratio !== null) {
        expect(high.ratio).toBeGreaterThanOrEqual(low.ratio - 1e-9 * Math.max(1, Math.abs(low.ratio)));
      }
    },
  );
});

const mirrorComparator: Record<Comparator, Comparator> = { ge: 'le', le: 'ge', approx: 'approx', eq: 'eq' };

function mirrored(spec: IndicatorSpec, f: (x: number) => number): IndicatorSpec {
  return {
    ...spec,
    direction: 'decrease',
    baseline: spec.baseline && { ...spec.baseline, value: f(spec.baseline.value) },
    target: spec.target && {
      ...spec.target,
      value: spec.target.value === null ? null : f(spec.target.value),
      comparator: mirrorComparator[spec.target.comparator],
    },
  };
}

/** Equal up to a relative 1e-9: mirrored inputs go through other roundings (ln(1/x) vs −ln x). */
function expectSameRatio(down: number | null, up: number | null): void {
  if (up === null || down === null) {
    expect(down).toBe(up);
    return;
  }
  expect(Math.abs(down - up)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(up)));
}

function nearThreshold(r: number | null): boolean {
  const { aheadRatio, onTrackRatio } = defaultEvaluationSettings;
  return r !== null && [aheadRatio, onTrackRatio, 0].some((t) => Math.abs(r - t) < 1e-9);
}

describe('direction symmetry', () => {
  const linear = fc.record({
    kind: fc.constantFrom('level_linear' as const, 'threshold' as const),
    comparator: fc.constantFrom('ge' as const, 'approx' as const, 'eq' as const),
    base: fc.double({ min: -1000, max: 1000, noNaN: true }),
    rise: fc.double({ min: 0.01, max: 1000, noNaN: true }),
    values: fc.array(fc.double({ min: -3000, max: 3000, noNaN: true }), { minLength: 1, maxLength: 4 }),
  });

  test.prop([linear], { numRuns: 1000 })(
    'negating a linear indicator and flipping its direction keeps the status',
    (s) => {
      const spec = { ...pathSpec(s.kind, s.comparator, s.base, s.base + s.rise), unit: '%' };
      const obs = (f: (x: number) => number): Observation[] =>
        s.values.map((v, i) => ({ period: String(2021 + i), measure: 'level', value: f(v) }));
      const run = (sp: IndicatorSpec, o: Observation[]) =>
        evaluateIndicator({
          spec: sp,
          observations: o,
          asOf: '2024',
          baseYear: 2020,
          targetYear: 2025,
          settings: defaultEvaluationSettings,
        });
      const up = run(
        spec,
        obs((x) => x),
      );
      const down = run(
        mirrored(spec, (x) => -x),
        obs((x) => -x),
      );
      if (nearThreshold(up.ratio)) return;
      expect(down.status).toBe(up.status);
      if (up.ratio === null) expect(down.ratio).toBeNull();
      else expect(down.ratio).toBeCloseTo(up.ratio, 9);
    },
  );

  const compound = fc.record({
    comparator: fc.constantFrom('ge' as const, 'eq' as const),
    base: fc.integer({ min: 1, max: 1000 }),
    rise: fc.integer({ min: 1, max: 1000 }),
    value: fc.integer({ min: 1, max: 3000 }),
  });

  test.prop([compound], { numRuns: 1000 })(
    'taking reciprocals of a compound indicator and flipping its direction keeps the status',
    (s) => {
      const spec = pathSpec('level_compound', s.comparator, s.base, s.base + s.rise);
      const run = (sp: IndicatorSpec, value: number) =>
        evaluateIndicator({
          spec: sp,
          observations: [{ period: '2023', measure: 'level', value }],
          asOf: '2023',
          baseYear: 2020,
          targetYear: 2025,
          settings: defaultEvaluationSettings,
        });
      const up = run(spec, s.value);
      const down = run(
        mirrored(spec, (x) => 1 / x),
        1 / s.value,
      );
      if (nearThreshold(up.ratio)) return;
      expect(down.status).toBe(up.status);
      expectSameRatio(down.ratio, up.ratio);
    },
  );

  const rate = fc.record({
    target: fc.double({ min: -50, max: 50, noNaN: true }).filter((g) => Math.abs(g) > 1e-6),
    value: fc.double({ min: -90, max: 90, noNaN: true }),
    comparator: fc.constantFrom('ge' as const, 'approx' as const),
    period: fc.constantFrom('2022', '2025', '2023-06'),
  });

  test.prop([rate], { numRuns: 1000 })(
    'negating a one-year rate and its target and flipping the direction keeps the status',
    (s) => {
      const spec: IndicatorSpec = {
        ...pathSpec('rate', s.comparator, 0, s.target),
        baseline: null,
        unit: '%',
      };
      const run = (sp: IndicatorSpec, value: number) =>
        evaluateIndicator({
          spec: sp,
          observations: [{ period: s.period, measure: 'level', value }],
          asOf: s.period,
          baseYear: 2020,
          targetYear: 2025,
          settings: defaultEvaluationSettings,
        });
      const up = run(spec, s.value);
      const down = run(
        mirrored(spec, (x) => -x),
        -s.value,
      );
      if (nearThreshold(up.ratio)) return;
      expect(down.status).toBe(up.status);
      expectSameRatio(down.ratio, up.ratio);
    },
  );
});
