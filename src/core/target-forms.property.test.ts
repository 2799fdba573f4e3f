/**
 * Invariants of the issue-16 target forms: the official scale is a fold of the status; a cut-off
 * after every publication changes nothing; lines to hold, relations and chained reductions are
 * monotone in the figures they judge.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { statusRank } from './indicator-status';
import { defaultEvaluationSettings, type IndicatorSpec, type Observation } from './model';
import { evaluationInput } from './testing/arbitraries';
import { formEvaluationInput } from './testing/form-arbitraries';

const settings = defaultEvaluationSettings;
const base = { baseYear: 2020, targetYear: 2025, settings };
const rate = fc.double({ min: -20, max: 30, noNaN: true });
const level = (year: number, value: number): Observation => ({
  period: String(year),
  measure: 'level',
  value,
});

describe('official scale', () => {
  test.prop([evaluationInput], { numRuns: 1000 })(
    'is null exactly when unjudged and folds 逆向 into 滞后',
    (input) => {
      const r = evaluateIndicator(input);
      const unjudged = r.status === 'no_data' || r.status === 'not_assessable';
      expect(r.officialCategory === null).toBe(unjudged);
      if (r.status === 'regressing' || r.status === 'behind')
        expect(['behind', 'missed']).toContain(r.officialCategory);
      if (r.finalVerdict !== null) expect(r.officialCategory).toBe(r.finalVerdict.met ? 'met' : 'missed');
    },
  );
});

describe('the target forms never let NaN or Infinity out', () => {
  test.prop([formEvaluationInput], { numRuns: 1500 })('for arbitrary inputs in every form', (input) => {
    const r = evaluateIndicator(input);
    const numbers = [
      r.ratio,
      r.actual,
      r.expected,
      r.gapToExpected,
      r.gapToTarget,
      r.trend.projection,
      r.finalVerdict?.completion ?? null,
    ];
    for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    for (const y of r.years) expect(Number.isFinite(y.actual) && Number.isFinite(y.target)).toBe(true);
    const text = [
      r.explanation,
      r.trend.explanation,
      ...r.notes,
      ...(r.aspiration ? [r.aspiration.explanation] : []),
    ]
      .flatMap((b) => [b.zh, b.en])
      .join(' ');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('dataAsOf', () => {
  const dated = evaluationInput.chain((input) =>
    fc
      .array(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), {
        minLength: input.observations.length,
        maxLength: input.observations.length,
      })
      .map((dates) => ({
        ...input,
        observations: input.observations.map((o, i) => ({
          ...o,
          published: dates[i]?.toISOString().slice(0, 10),
        })),
      })),
  );
  test.prop([dated], { numRuns: 500 })('after every publication changes nothing but the echo', (input) => {
    const all = evaluateIndicator(input);
    const cut = evaluateIndicator({ ...input, dataAsOf: '2100-01-01' });
    expect({ ...cut, dataAsOf: null }).toEqual(all);
  });
});

describe('lines to hold', () => {
  const grain: IndicatorSpec = {
    code: 'G',
    name: '粮食综合生产能力',
    unit: '亿吨',
    kind: 'threshold',
    attribute: 'binding',
    direction: 'increase',
    baseline: { year: 2020, value: 6.69 },
    target: { year: 2025, value: 6.5, comparator: 'ge', text: '>6.5' },
    annualGrowth: null,
    annualTargets: [],
    relatedTo: null,
  };
  const values = fc.array(fc.double({ min: 5, max: 8, noNaN: true }), { minLength: 1, maxLength: 4 });
  test.prop([values, fc.nat(3), fc.double({ min: 0, max: 2, noNaN: true })])(
    'lowering a year never improves the status',
    (vs, at, drop) => {
      const obs = (xs: number[]) => xs.map((v, i) => level(2021 + i, v));
      const i = at % vs.length;
      const lower = vs.map((v, j) => (j === i ? v - drop : v));
      const a = statusRank(
        evaluateIndicator({ ...base, spec: grain, observations: obs(vs), asOf: '2024' }).status,
      );
      const b = statusRank(
        evaluateIndicator({ ...base, spec: grain, observations: obs(lower), asOf: '2024' }).status,
      );
      expect(b ?? 0).toBeLessThanOrEqual(a ?? 0);
    },
  );
});

describe('relations', () => {
  const gdp: IndicatorSpec = {
    code: 'GDP',
    name: 'GDP',
    unit: '%',
    kind: 'rate',
    attribute: 'expected',
    direction: 'increase',
    baseline: null,
    target: { year: 2025, value: 5, comparator: 'approx', text: '5左右' },
    annualGrowth: null,
    annualTargets: [],
    relatedTo: null,
  };
  const relation = fc.constantFrom('above' as const, 'in_step' as const, 'not_below' as const);
  test.prop([relation, rate, rate, rate, fc.double({ min: 0, max: 5, noNaN: true })])(
    'a faster own growth never judges worse',
    (rel, own, other, second, more) => {
      const spec: IndicatorSpec = {
        ...gdp,
        code: 'P',
        kind: 'relative',
        relatedTo: 'GDP',
        target: { year: 2025, value: null, comparator: 'ge', text: 'rel', relation: rel },
      };
      const judge = (x: number) =>
        statusRank(
          evaluateIndicator({
            ...base,
            spec,
            observations: [level(2021, second), level(2022, x)],
            asOf: '2022',
            related: { spec: gdp, observations: [level(2021, other), level(2022, other)] },
          }).status,
        ) ?? 0;
      expect(judge(own + more)).toBeGreaterThanOrEqual(judge(own));
    },
  );
});

describe('chained reductions', () => {
  const energy: IndicatorSpec = {
    code: 'E',
    name: '单位GDP能耗降低',
    unit: '%',
    kind: 'cumulative',
    attribute: 'binding',
    direction: 'increase',
    baseline: null,
    target: { year: 2025, value: 13.5, comparator: 'ge', text: '〔13.5〕', form: 'chained' },
    annualGrowth: null,
    annualTargets: [],
    relatedTo: null,
  };
  const cut = fc.double({ min: 0, max: 10, noNaN: true });
  test.prop([
    fc.array(cut, { minLength: 1, maxLength: 5 }),
    fc.nat(4),
    fc.double({ min: 0, max: 5, noNaN: true }),
  ])(
    'a larger yearly cut never lowers the cumulative figure or the status, and 1 − Π(1 − d) ≤ Σd',
    (cuts, at, more) => {
      const obs = (xs: number[]) => xs.map((v, i) => level(2021 + i, v));
      const i = at % cuts.length;
      const bigger = cuts.map((v, j) => (j === i ? v + more : v));
      const a = evaluateIndicator({ ...base, spec: energy, observations: obs(cuts), asOf: '2025' });
      const b = evaluateIndicator({ ...base, spec: energy, observations: obs(bigger), asOf: '2025' });
      expect(b.actual ?? 0).toBeGreaterThanOrEqual((a.actual ?? 0) - 1e-9);
      expect(statusRank(b.status) ?? 0).toBeGreaterThanOrEqual(statusRank(a.status) ?? 0);
      expect(a.actual ?? 0).toBeLessThanOrEqual(cuts.reduce((s, c) => s + c, 0) + 1e-9);
    },
  );
});
