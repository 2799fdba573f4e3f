/**
 * evaluatePlan — every indicator of a plan at one evaluation date, with warnings and roll-ups.
 * Results keep the input order; a relative indicator gets the indicator it is tied to
 * (spec.relatedTo) passed in automatically.
 */
import { evaluateIndicatorAt, planTimeElapsed } from './evaluate-indicator';
import type { IndicatorEvaluation, Warning } from './evaluation-result';
import type { EvaluationSettings, IndicatorSpec, Observation, PeriodText } from './model';
import { requirePeriod } from './period';
import { type IndicatorWeights, type Rollup, rollup, rollupByCategory } from './rollup';
import { collectWarnings, type OverdueReport } from './warnings';

export type PlanIndicator = IndicatorSpec & { category: string };

export interface EvaluatePlanInput {
  baseYear: number;
  targetYear: number;
  indicators: readonly PlanIndicator[];
  /** Observations by indicator code; a missing code has none. */
  observations: ReadonlyMap<string, readonly Observation[]>;
  asOf: PeriodText;
  settings: EvaluationSettings;
  /** Reports overdue in the current round, for grey warnings. */
  overdueReports?: readonly OverdueReport[];
  /** Weights of indicators in the roll-up means (default 1). */
  weights?: IndicatorWeights;
  /** Only observations published by this date (YYYY-MM-DD) count (docs/methodology.md §14). */
  dataAsOf?: string | null;
}

export interface PlanEvaluation {
  asOf: PeriodText;
  /** 序时进度 of the plan period at asOf, 0..1. */
  timeElapsed: number;
  results: IndicatorEvaluation[];
  warnings: Warning[];
  rollup: Rollup;
  /** One roll-up per category code, in the order categories first appear. */
  byCategory: Record<string, Rollup>;
}

export function evaluatePlan(input: EvaluatePlanInput): PlanEvaluation {
  const asOf = requirePeriod(input.asOf);
  const related = relatedIndex(input.indicators);
  const results: IndicatorEvaluation[] = [];
  const categories = new Map<string, string>();
  for (const spec of input.indicators) {
    const other = spec.relatedTo === null ? undefined : related.get(spec.relatedTo);
    const evaluation = evaluateIndicatorAt(
      {
        spec,
        observations: input.observations.get(spec.code) ?? [],
        asOf: input.asOf,
        baseYear: input.baseYear,
        targetYear: input.targetYear,
        settings: input.settings,
        dataAsOf: input.dataAsOf ?? null,
        related:
          other === undefined
            ? undefined
            : { spec: other, observations: input.observations.get(other.code) ?? [] },
      },
      asOf,
    );
    results.push(evaluation);
    categories.set(spec.code, spec.category);
  }
  return {
    asOf: input.asOf,
    timeElapsed: planTimeElapsed(asOf, input.baseYear, input.targetYear),
    results,
    warnings: collectWarnings(results, input.overdueReports ?? []),
    rollup: rollup(results, input.settings, input.weights),
    byCategory: rollupByCategory(results, categories, input.settings, input.weights),
  };
}

/** Indicators by code, for the relative ones to find theirs; left empty when no indicator is tied to another. */
function relatedIndex(indicators: readonly PlanIndicator[]): ReadonlyMap<string, PlanIndicator> {
  const index = new Map<string, PlanIndicator>();
  if (indicators.some((i) => i.relatedTo !== null)) for (const i of indicators) index.set(i.code, i);
  return index;
}
