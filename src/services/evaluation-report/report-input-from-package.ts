/**
 * ReportInput from a plan package — what `lantu report` uses. The evaluation is evaluatePlanPackage's,
 * the same call behind `lantu evaluate`, so a report and the evaluation table agree for the same
 * date and data set (architecture.md rule 10). A database-backed twin will build the same input.
 */
import type { PlanPackage } from '../../contracts/plan-package';
import type { DatasetChoice } from '../../core/observation-layers';
import type {
  ChartObservation,
  ReportDataset,
  ReportInput,
  ReportKind,
  ReportLang,
  ReportNarrative,
} from '../../io/report-model/report-input';
import { evaluatePlanPackage } from '../plans/plan-evaluation';
import { datasetsUsed, observationsByIndicator } from '../plans/plan-to-core';

export function reportInputFromPackage(
  pkg: PlanPackage,
  asOf: string,
  kind: ReportKind,
  lang: ReportLang,
  narrative: ReportNarrative,
  generatedAt: string,
  dataset: DatasetChoice = 'all',
): ReportInput {
  const report = evaluatePlanPackage(pkg, asOf, dataset);
  const observations: Record<string, ChartObservation[]> = {};
  for (const [code, list] of observationsByIndicator(pkg, dataset)) observations[code] = [...list];
  const datasets: ReportDataset[] = datasetsUsed(pkg, dataset).map((set) => ({
    dataset: set.dataset,
    label: set.label,
    labelEn: set.labelEn,
    ...splitDescription(set.description),
    sources: [...new Set(set.observations.flatMap((o) => (o.source === undefined ? [] : [o.source])))],
    observationCount: set.observations.length,
  }));
  return {
    meta: pkg.meta,
    indicators: pkg.indicators,
    categories: pkg.meta.categories,
    annualTargets: pkg.annualTargets,
    observations,
    evaluation: report.evaluation,
    datasets,
    kind,
    asOf,
    lang,
    demo: usesDemoData(pkg, dataset, report.evaluation.asOf),
    narrative,
    generatedAt,
  };
}

/**
 * Package descriptions are written Chinese first, then English ("…不得引用。Simulated data …"): the
 * report prints the part in its language, or the whole text when it has no English part.
 */
export function splitDescription(text: string): { description: string; descriptionEn: string } {
  const m = /^(.*[。!?!?])\s*([A-Za-z][^\u3400-\u9fff]*)$/s.exec(text.trim());
  if (m === null) return { description: text, descriptionEn: text };
  return { description: (m[1] ?? text).trim(), descriptionEn: (m[2] ?? text).trim() };
}

/**
 * Whether any demo observation could have entered the evaluation: a demo set is chosen and holds an
 * observation up to the evaluation date. Erring towards the label is safe; hiding it is not.
 */
function usesDemoData(pkg: PlanPackage, dataset: DatasetChoice, asOf: string): boolean {
  const asOfYear = Number(asOf.slice(0, 4));
  return datasetsUsed(pkg, dataset).some(
    (s) => s.dataset === 'demo' && s.observations.some((o) => Number(o.period.slice(0, 4)) <= asOfYear),
  );
}
