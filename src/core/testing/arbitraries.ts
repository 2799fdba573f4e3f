/**
 * fast-check arbitraries for property tests of the core: specs, observations and settings that
 * include zeros, negatives, huge and tiny numbers, missing baselines and targets, and empty data.
 */
import fc from 'fast-check';
import type { EvaluateIndicatorInput } from '../evaluate-indicator';
import {
  type Comparator,
  defaultEvaluationSettings,
  type EvaluationSettings,
  type IndicatorKind,
  type IndicatorSpec,
  type Measure,
  type Observation,
} from '../model';

export const kinds: readonly IndicatorKind[] = [
  'level_compound',
  'level_linear',
  'rate',
  'cumulative',
  'threshold',
  'relative',
  'assigned',
];
const comparators: readonly Comparator[] = ['ge', 'le', 'approx', 'eq'];
const measures: readonly Measure[] = ['level', 'ytd', 'yoy', 'ytd_yoy'];

/** Finite numbers weighted towards the awkward ones. */
export const awkwardNumber = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -200, max: 400 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      -1,
      100,
      -100,
      1e-300,
      -1e-300,
      5e-324,
      1e300,
      -1e300,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
    ),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Observation values may even be non-finite: the core must drop them, not propagate them. */
const observationValue = fc.oneof(
  { weight: 10, arbitrary: awkwardNumber },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);

export const periodText = fc.oneof(
  fc.integer({ min: 2015, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

export const observation: fc.Arbitrary<Observation> = fc.record({
  period: periodText,
  measure: fc.constantFrom(...measures),
  value: observationValue,
});

export const observations = fc.array(observation, { maxLength: 12 });

const year = fc.integer({ min: 2015, max: 2032 });

export const spec: fc.Arbitrary<IndicatorSpec> = fc.record({
  code: fc.constantFrom('A', 'B', 'C'),
  name: fc.constantFrom('指标', 'GDP'),
  unit: fc.constantFrom('%', '亿元', '家', ''),
  kind: fc.constantFrom(...kinds),
  attribute: fc.constantFrom('expected' as const, 'binding' as const),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  baseline: fc.option(fc.record({ year, value: awkwardNumber }), { nil: null }),
  target: fc.option(
    fc.record({
      year,
      value: fc.option(awkwardNumber, { nil: null }),
      comparator: fc.constantFrom(...comparators),
      text: fc.constant('T'),
    }),
    { nil: null },
  ),
  annualGrowth: fc.option(awkwardNumber, { nil: null }),
  annualTargets: fc.array(fc.record({ year, value: awkwardNumber }), { maxLength: 6 }),
  relatedTo: fc.constant(null),
});

export const settings: fc.Arbitrary<EvaluationSettings> = fc.oneof(
  fc.constant(defaultEvaluationSettings),
  fc.record({
    aheadRatio: fc.double({ min: 1, max: 2, noNaN: true }),
    onTrackRatio: fc.double({ min: 0.5, max: 1, noNaN: true }),
    approxBandRelative: fc.double({ min: 0, max: 0.5, noNaN: true }),
    approxBandPoints: fc.double({ min: 0, max: 3, noNaN: true }),
    relativeGapPoints: fc.double({ min: 0, max: 5, noNaN: true }),
    atRiskShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    holdWhenBaselineMeets: fc.boolean(),
    holdBreach: fc.constantFrom('any_year' as const, 'latest_year' as const),
    targetYearVerdict: fc.boolean(),
    ratioCap: fc.double({ min: 0.1, max: 10, noNaN: true }),
  }),
);

export const evaluationInput: fc.Arbitrary<EvaluateIndicatorInput> = fc
  .record({
    spec,
    observations,
    asOf: periodText,
    baseYear: year,
    targetYear: year,
    settings,
    related: fc.option(fc.record({ spec, observations }), { nil: undefined }),
  })
  .map(({ related, ...rest }) => (related === undefined ? rest : { ...rest, related }));
