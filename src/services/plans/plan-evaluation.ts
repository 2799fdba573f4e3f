/**
 * Evaluates a plan at a date: the use-case behind `lantu evaluate`, the API and the reports,
 * so every face of Lantu shows the same numbers (architecture.md rule 10).
 */

import { DomainError } from '../../contracts/domain-error';
import { dateSchema, type PlanPackage } from '../../contracts/plan-package';
import { evaluatePlan, type PlanEvaluation } from '../../core';
import type { DatasetChoice } from '../../core/observation-layers';
import { datasetsUsed, indicatorToSpec, observationsByIndicator, planSettings } from './plan-to-core';

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
  /** Only observations published by this date (YYYY-MM-DD), the latest vintage of each. */
  dataAsOf: string | null = null,
): PlanEvaluationReport {
  if (dataAsOf !== null && !dateSchema.safeParse(dataAsOf).success) {
    throw new DomainError('bad_data_as_of', {
      zh: `--data-as-of「${dataAsOf}」格式不对,应为 YYYY-MM-DD 日期`,
      en: `--data-as-of "${dataAsOf}" is malformed; use a YYYY-MM-DD date`,
    });
  }
  const evaluation = evaluatePlan({
    baseYear: plan.meta.baseYear,
    targetYear: plan.meta.targetYear,
    indicators: plan.indicators.map((ind) => indicatorToSpec(ind, plan.annualTargets)),
    observations: observationsByIndicator(plan, dataset),
    asOf,
    settings: planSettings(plan.meta),
    dataAsOf,
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
