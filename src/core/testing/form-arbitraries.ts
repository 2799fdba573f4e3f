/**
 * Arbitrary indicators in the issue-16 target forms (year-by-year, hold, chained, relations,
 * increments, aspirations, basis changes, abnormal baselines) and observations with vintages and
 * official cumulative figures, for the NaN guard. Kept apart from arbitraries.ts, whose seeded
 * cases the golden output is built from.
 */
import { fc } from '@fast-check/vitest';
import type { EvaluateIndicatorInput } from '../evaluate-indicator';
import type { IndicatorSpec, Observation } from '../model';
import { awkwardNumber, evaluationInput, observation, spec } from './arbitraries';

const year = fc.integer({ min: 2015, max: 2032 });
const comparators = ['ge', 'le', 'approx', 'eq'] as const;

const formSpec: fc.Arbitrary<IndicatorSpec> = fc
  .record({
    base: spec,
    abnormal: fc.boolean(),
    form: fc.constantFrom('reach' as const, 'hold' as const, 'yearly' as const, 'chained' as const),
    relation: fc.constantFrom('above' as const, 'in_step' as const, 'not_below' as const),
    increment: fc.option(awkwardNumber, { nil: null }),
    aspiration: fc.option(awkwardNumber, { nil: null }),
    annual: fc.array(fc.record({ year, value: awkwardNumber, comparator: fc.constantFrom(...comparators) }), {
      maxLength: 5,
    }),
    changes: fc.array(fc.record({ year, restatedBaseline: awkwardNumber, note: fc.constant('普查') }), {
      maxLength: 2,
    }),
  })
  .map(({ base, abnormal, form, relation, increment, aspiration, annual, changes }) => ({
    ...base,
    baseline:
      base.baseline && (abnormal ? { ...base.baseline, abnormal: '明显高于正常年份' } : base.baseline),
    target: base.target && {
      ...base.target,
      form,
      relation,
      increment,
      aspiration: { value: aspiration, comparator: 'ge' as const, text: '力争' },
    },
    annualTargets: annual,
    basisChanges: changes,
  }));

const formObservation: fc.Arbitrary<Observation> = fc
  .record({ o: observation, official: fc.boolean(), vintage: fc.constantFrom('初步核算', '最终核实') })
  .map(({ o, official, vintage }) =>
    official ? { ...o, span: 'since_base' as const, vintage } : { ...o, vintage },
  );

export const formEvaluationInput: fc.Arbitrary<EvaluateIndicatorInput> = fc
  .record({
    input: evaluationInput,
    spec: formSpec,
    observations: fc.array(formObservation, { maxLength: 12 }),
  })
  .map(({ input, spec: s, observations }) => ({ ...input, spec: s, observations }));
