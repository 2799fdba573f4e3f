/**
 * Evaluates a plan at a date: the use-case behind `lantu evaluate`, the API and the reports,
 * so every face of Lantu shows the same numbers (architecture.md rule 10).
 */
import type { PlanPackage } from '../contracts/plan-package';
import { evaluatePlan, type PlanEvaluation } from '../core';
import { parsePeriod, periodPattern } from '../core/period';
import { DomainError } from './domain-error';
import {
  type DatasetChoice,
  datasetsUsed,
  indicatorToSpec,
  observationsByIndicator,
  planSettings,
} from './plan-to-core';

export interface PlanEvaluationReport {
  plan: { code: string; name: string; baseYear: number; targetYear: number };
  evaluation: PlanEvaluation;
  /** The data sets behind the numbers; any `demo` set means the output must say 示例数据. */
  datasets: { file: string; dataset: 'demo' | 'published'; label: string; labelEn: string }[];
}

export function evaluatePlanPackage(
  plan: PlanPackage,
  asOf: string,
  dataset: DatasetChoice = 'all',
): PlanEvaluationReport {
  if (!periodPattern.test(asOf) || !parsePeriod(asOf)) {
    throw new DomainError('bad_as_of', {
      zh: `评估期间「${asOf}」格式不对,应为 2023、2023-Q3 或 2023-09`,
      en: `evaluation period "${asOf}" is malformed; use 2023, 2023-Q3 or 2023-09`,
    });
  }
  const evaluation = evaluatePlan({
    baseYear: plan.meta.baseYear,
    targetYear: plan.meta.targetYear,
    indicators: plan.indicators.map((ind) => indicatorToSpec(ind, plan.annualTargets)),
    observations: observationsByIndicator(plan, dataset),
    asOf,
    settings: planSettings(plan.meta),
  });
  return {
    plan: {
      code: plan.meta.code,
      name: plan.meta.shortName,
      baseYear: plan.meta.baseYear,
      targetYear: plan.meta.targetYear,
    },
    evaluation,
    datasets: datasetsUsed(plan, dataset).map((s) => ({
      file: s.file,
      dataset: s.dataset,
      label: s.label,
      labelEn: s.labelEn,
    })),
  };
}
