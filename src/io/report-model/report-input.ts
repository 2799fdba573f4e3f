/**
 * What the report builder needs, whoever supplies it: the plan package today (CLI), the database
 * later (web, API). The evaluation comes in finished — the builder prints the core's numbers and
 * never recomputes them (architecture.md rule 10).
 */
import type { PackageIndicator, PlanPackage } from '../../contracts/plan-package';
import type { PlanEvaluation } from '../../core';
import type { Measure, PeriodText } from '../../core/model';
import type { ReportKind, ReportLang } from './report-model';

export type { ReportKind, ReportLang } from './report-model';

/** One observation as the charts plot it. */
export interface ChartObservation {
  period: PeriodText;
  measure: Measure;
  value: number;
}

/** A data set behind the numbers, for the data-sources annex. */
export interface ReportDataset {
  dataset: 'demo' | 'published';
  label: string;
  labelEn: string;
  description: string;
  descriptionEn: string;
  /** Distinct sources cited by its observations (published data name theirs). */
  sources: string[];
  observationCount: number;
}

/**
 * 重大项目推进情况 — filled in once the project library exists; section 5 is printed only when this
 * is given. Stage names and notes arrive in the report's language.
 */
export interface ReportProjectsSummary {
  /** Projects by lifecycle stage in the order to print (谋划 → 投产). */
  byStage: { stage: string; count: number }[];
  /** Investment in one unit (亿元 or 万元); null when not reported. */
  investment: {
    unit: string;
    total: number;
    plannedThisYear: number | null;
    completedThisYear: number | null;
  } | null;
  /** Projects the office wants named: stuck ones, milestones reached. */
  highlights: { name: string; stage: string; note: string }[];
}

/** 重点任务推进情况: counts by status, per chapter, with what the behind tasks report as their problems. */
export interface ReportTasksSummary {
  /** The day the statuses are taken on (YYYY-MM-DD). */
  asOf: string;
  sentence: string;
  chapters: {
    label: string;
    total: number;
    completed: number;
    onTrack: number;
    behind: number;
    notStarted: number;
    behindTasks: { code: string; problem: string }[];
  }[];
}

/** The office's own sections; empty text prints the placeholder (待规划办填写). */
export interface ReportNarrative {
  problems: string;
  nextSteps: string;
}

export interface ReportInput {
  meta: PlanPackage['meta'];
  indicators: readonly PackageIndicator[];
  categories: PlanPackage['meta']['categories'];
  annualTargets: PlanPackage['annualTargets'];
  /** Observations by indicator code, for the charts only; the evaluation already used them. */
  observations: Readonly<Record<string, readonly ChartObservation[]>>;
  evaluation: PlanEvaluation;
  datasets: readonly ReportDataset[];
  kind: ReportKind;
  asOf: PeriodText;
  lang: ReportLang;
  /** True when any demo observation was used: every page then says 示例数据(模拟). */
  demo: boolean;
  narrative: ReportNarrative;
  projects?: ReportProjectsSummary;
  tasks?: ReportTasksSummary;
  /** ISO timestamp of generation, passed in: the builder has no clock. */
  generatedAt: string;
}
