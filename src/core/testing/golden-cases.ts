/**
 * Inputs for the golden check of evaluatePlan (evaluate-plan.golden.test.ts): synthetic plans from
 * the benchmark generator, each reshaped by one variant so that every kind, comparator, direction,
 * measure and data shape the core knows is exercised, plus fast-check plans with awkward numbers
 * drawn from a fixed seed. Deterministic: the same cases on every machine and every run.
 */
import fc from 'fast-check';
import { generatePortfolio, mulberry32, type SyntheticPlan } from '../../../bench/generator';
import type { EvaluatePlanInput, PlanIndicator } from '../evaluate-plan';
import { defaultEvaluationSettings, type Measure, type Observation } from '../model';
import { observations as observationsArb, periodText, settings, spec } from './arbitraries';

export interface GoldenCase {
  name: string;
  input: EvaluatePlanInput;
}

type Variant = (plan: SyntheticPlan, rand: () => number) => void;

const round2 = (x: number) => Math.round(x * 100) / 100;

function eachIndicator(plan: SyntheticPlan, f: (ind: PlanIndicator, obs: Observation[], i: number) => void) {
  plan.indicators.forEach((ind, i) => {
    f(ind, plan.observations.get(ind.code) ?? [], i);
  });
}

/** Annual targets for most years (2023 left out, so derived and entered targets mix). */
const withAnnualTargets: Variant = (plan) => {
  eachIndicator(plan, (ind) => {
    const target = ind.target?.value ?? 100;
    const base = ind.baseline?.value ?? target / 2;
    ind.annualTargets = [2021, 2022, 2024, 2025].map((year) => ({
      year,
      value:
        ind.kind === 'cumulative'
          ? round2(target / 4.5)
          : ind.kind === 'rate'
            ? target + (year % 3) - 1
            : round2(base + ((target - base) * (year - 2020)) / 5),
    }));
  });
};

/** Decreasing indicators: targets below baselines, values mirrored around the baseline. */
const decreasing: Variant = (plan) => {
  eachIndicator(plan, (ind, obs, i) => {
    ind.direction = 'decrease';
    if (ind.target) ind.target = { ...ind.target, comparator: i % 2 === 0 ? 'le' : 'eq' };
    const base = ind.baseline?.value;
    if (base === undefined || !ind.target || ind.target.value === null) return;
    const mirror = (v: number) => round2((base * base) / v);
    ind.target = { ...ind.target, value: mirror(ind.target.value) };
    for (const o of obs) if (o.measure === 'level') o.value = mirror(o.value);
  });
};

/** 左右 targets, some in %, some binding, with a custom band. */
const approx: Variant = (plan) => {
  eachIndicator(plan, (ind, _obs, i) => {
    if (ind.target) ind.target = { ...ind.target, comparator: 'approx', text: `${ind.target.value}左右` };
    if (i % 3 === 0) ind.unit = '%';
    ind.attribute = i % 2 === 0 ? 'binding' : 'expected';
  });
};

/** Relative (tied to the plan's first indicator) and assigned kinds. */
const relativeAndAssigned: Variant = (plan, rand) => {
  const anchor = plan.indicators[0]?.code ?? null;
  eachIndicator(plan, (ind, obs, i) => {
    if (i === 0) return;
    if (i % 3 === 1) {
      ind.kind = 'relative';
      ind.relatedTo = i % 6 === 1 ? anchor : null;
      ind.unit = i % 2 === 0 ? '%' : '亿元';
      ind.target = { year: 2025, value: null, comparator: 'approx', text: '与经济增长基本同步' };
      for (const o of obs) if (o.measure === 'level') o.value = round2(5 + rand() * 10);
    } else if (i % 3 === 2) {
      ind.kind = 'assigned';
      ind.unit = '%';
      ind.baseline = null;
      ind.target = { year: 2025, value: i % 4 === 0 ? 15 : null, comparator: 'ge', text: '按省市下达目标' };
      ind.annualTargets =
        i % 5 === 0 ? [] : [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: 3 + (year % 2) }));
      for (const o of obs) o.value = round2(2 + rand() * 3);
    }
  });
};

/** Sub-annual data of every measure; the latest year has no annual figure. */
const subAnnual: Variant = (plan, rand) => {
  eachIndicator(plan, (ind, obs, i) => {
    const last = ind.kind === 'rate' ? 2023 : 2024;
    const kept = obs.filter((o) => !(o.period === String(last + 1) || o.period === String(last)));
    const measures: Measure[] = ['ytd', 'level', 'yoy', 'ytd_yoy'];
    for (let q = 1; q <= 4; q += 1) {
      kept.push({
        period: `${last}-Q${q}`,
        measure: measures[(i + q) % 4] ?? 'ytd',
        value: round2(rand() * 50),
      });
    }
    kept.push({ period: `${last + 1}-03`, measure: measures[i % 4] ?? 'level', value: round2(rand() * 30) });
    plan.observations.set(ind.code, kept);
  });
};

/** Empty series, one point, only the base year, only periods after the evaluation date. */
const sparse: Variant = (plan) => {
  eachIndicator(plan, (ind, obs, i) => {
    const shapes: Observation[][] = [
      [],
      obs.slice(0, 1),
      [{ period: '2020', measure: 'level', value: ind.baseline?.value ?? 12 }],
      obs.filter((o) => o.period === '2025-12' || o.period === '2025'),
      obs.filter((o) => o.period === '2023-06'),
      [{ period: '2022', measure: 'level', value: 0 }],
      obs,
    ];
    plan.observations.set(ind.code, shapes[i % shapes.length] ?? []);
  });
};

/** No baselines (implicit baselines), eq comparators, stated growth without a target. */
const noBaselines: Variant = (plan) => {
  eachIndicator(plan, (ind, _obs, i) => {
    if (i % 2 === 0) ind.baseline = null;
    if (ind.target && i % 3 === 0) ind.target = { ...ind.target, comparator: 'eq' };
    if (ind.kind === 'level_compound' && ind.target && i % 4 === 1)
      ind.target = { ...ind.target, value: null };
  });
};

/** Shuffled input order and duplicated periods: ties must be broken exactly as before. */
const shuffledWithDuplicates: Variant = (plan, rand) => {
  eachIndicator(plan, (ind, obs) => {
    const copy = obs.map((o) => ({ ...o }));
    for (let k = copy.length - 1; k > 0; k -= 1) {
      const j = Math.floor(rand() * (k + 1));
      const a = copy[k];
      const b = copy[j];
      if (a && b) {
        copy[k] = b;
        copy[j] = a;
      }
    }
    copy.push({ period: '2023', measure: 'level', value: round2(rand() * 100) });
    copy.push({ period: '2023-Q4', measure: 'level', value: round2(rand() * 100) });
    copy.push({ period: '2024-06', measure: 'ytd_yoy', value: round2(rand() * 10) });
    copy.push({ period: '2021', measure: 'yoy', value: Number.NaN });
    plan.observations.set(ind.code, copy);
  });
};

const variants: [string, Variant][] = [
  ['generated', () => undefined],
  ['annual-targets', withAnnualTargets],
  ['decreasing', decreasing],
  ['approx', approx],
  ['relative-assigned', relativeAndAssigned],
  ['sub-annual', subAnnual],
  ['sparse', sparse],
  ['no-baselines', noBaselines],
  ['shuffled', shuffledWithDuplicates],
];

const syntheticDates = ['2025', '2023-09', '2021', '2023-07', '2024-Q2', '2026'];

/** 54 synthetic plans of 12 indicators, six per variant, each variant at all six dates. */
export function syntheticCases(): GoldenCase[] {
  const plans = generatePortfolio({ plans: variants.length * 6, indicatorsPerPlan: 12, seed: 2021 });
  const cases: GoldenCase[] = [];
  plans.forEach((plan, p) => {
    const [name, variant] = variants[p % variants.length] ?? ['generated', () => undefined];
    variant(plan, mulberry32(p + 1));
    const asOf = syntheticDates[Math.floor(p / variants.length) % syntheticDates.length] ?? '2025';
    cases.push({
      name: `synthetic ${plan.code} ${name} @${asOf}`,
      input: {
        baseYear: 2020,
        targetYear: 2025,
        indicators: plan.indicators,
        observations: plan.observations,
        asOf,
        settings:
          p % 4 === 3
            ? { ...defaultEvaluationSettings, aheadRatio: 1.1, approxBandRelative: 0.1 }
            : defaultEvaluationSettings,
        ...(p % 5 === 0 ? { overdueReports: [{ id: `R-${p}`, unit: '经发局', due: '2024-01-10' }] } : {}),
        ...(p % 7 === 0 ? { weights: new Map([[plan.indicators[1]?.code ?? '', 3]]) } : {}),
      },
    });
  });
  return cases;
}

const arbitraryPlan = fc.record({
  specs: fc.array(
    fc.record({
      spec,
      category: fc.constantFrom('economy', 'innovation', 'green'),
      relatedTo: fc.option(fc.constantFrom('I0', 'I1', 'I2'), { nil: null }),
    }),
    { maxLength: 5 },
  ),
  data: fc.array(observationsArb, { minLength: 5, maxLength: 5 }),
  asOf: periodText,
  baseYear: fc.integer({ min: 2015, max: 2025 }),
  targetYear: fc.integer({ min: 2015, max: 2035 }),
  settings,
});

/** Plans with awkward numbers (zeros, ±huge, tiny, NaN observations), drawn from a fixed seed. */
export function arbitraryCases(count: number): GoldenCase[] {
  return fc.sample(arbitraryPlan, { seed: 20220524, numRuns: count }).map((p, n) => {
    const indicators = p.specs.map((s, i) => ({
      ...s.spec,
      code: `I${i}`,
      category: s.category,
      relatedTo: s.relatedTo,
    }));
    return {
      name: `arbitrary ${n} @${p.asOf}`,
      input: {
        baseYear: p.baseYear,
        targetYear: p.targetYear,
        indicators,
        observations: new Map(indicators.map((ind, i) => [ind.code, p.data[i] ?? []])),
        asOf: p.asOf,
        settings: p.settings,
      },
    };
  });
}
