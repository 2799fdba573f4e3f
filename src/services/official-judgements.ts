/**
 * Evaluates the validation set of official judgements with Lantu's rules, at each report's own date
 * and with only the data published by then, and counts agreement (docs/methodology.md §20).
 */
import type { JudgedIndicator, OfficialJudgementSet } from '../contracts/official-judgements';
import {
  defaultEvaluationSettings,
  evaluateIndicator,
  type IndicatorEvaluation,
  type IndicatorSpec,
  type OfficialCategory,
  officialRank,
} from '../core';

export interface JudgementComparison {
  plan: string;
  code: string;
  name: string;
  official: OfficialCategory;
  lantu: OfficialCategory | null;
  status: IndicatorEvaluation['status'];
  same: boolean;
  /** Same or one category apart; false when Lantu gives no category. */
  withinOne: boolean;
  explanation: string;
}

function toSpec(ind: JudgedIndicator): IndicatorSpec {
  return {
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    kind: ind.kind,
    attribute: ind.attribute,
    direction: ind.direction,
    baseline: ind.baseline,
    target: ind.target,
    annualGrowth: ind.annualGrowth,
    annualTargets: ind.annualTargets,
    relatedTo: ind.relatedTo,
    basisChanges: ind.basisChanges ?? [],
  };
}

function observations(ind: JudgedIndicator) {
  return ind.observations.map((o) => ({
    period: o.period,
    measure: 'level' as const,
    value: o.value,
    published: o.published,
    source: o.source,
    ...(o.vintage === undefined ? {} : { vintage: o.vintage }),
  }));
}

export function compareWithOfficial(set: OfficialJudgementSet): JudgementComparison[] {
  const byCode = new Map(set.indicators.map((i) => [i.code, i]));
  return set.indicators.map((ind) => {
    const related = ind.relatedTo === null ? undefined : byCode.get(ind.relatedTo);
    const r = evaluateIndicator({
      spec: toSpec(ind),
      observations: observations(ind),
      asOf: set.evaluation.asOf,
      baseYear: set.plan.baseYear,
      targetYear: set.plan.targetYear,
      settings: defaultEvaluationSettings,
      dataAsOf: set.evaluation.dataAsOf,
      ...(related === undefined
        ? {}
        : { related: { spec: toSpec(related), observations: observations(related) } }),
    });
    const official = ind.official.category;
    const lantu = r.officialCategory;
    return {
      plan: set.plan.code,
      code: ind.code,
      name: ind.name,
      official,
      lantu,
      status: r.status,
      same: lantu === official,
      withinOne: lantu !== null && Math.abs(officialRank(lantu) - officialRank(official)) <= 1,
      explanation: r.explanation.zh,
    };
  });
}
