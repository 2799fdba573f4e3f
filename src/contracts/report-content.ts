/**
 * What a report's content must hold, one rule for the server (services/reporting/reports.ts) and the
 * form that checks as the person types (web/src/pages/reporting/report-validation.ts): a finite value
 * within the value limit, progress within 0–100, and on submit what the item type needs — an indicator
 * a value and a measure, a task its narrative, a project its 1–N月累计完成投资 (口径 ytd) and its 形象进度
 * (docs/projects.md §3). Each problem is a field and a code; each side words it in its own catalogue.
 */
import { valueLimit } from '../core/value-limits';

export type ReportItemType = 'indicator' | 'task' | 'project';

export interface ReportContentFields {
  measure?: string | null;
  value?: number | null;
  progressPercent?: number | null;
  narrative?: string | null;
}

export type ReportContentCode =
  | 'bad_value'
  | 'bad_percent'
  | 'value_required'
  | 'measure_required'
  | 'narrative_required'
  | 'project_measure_ytd';

export interface ReportContentProblem {
  field: 'value' | 'progressPercent' | 'measure' | 'narrative';
  code: ReportContentCode;
}

const present = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/** Every problem of the content, by field, in the order of the form; `complete` adds what a submission needs. */
export function reportContentProblems(
  itemType: ReportItemType,
  content: ReportContentFields,
  complete: boolean,
): ReportContentProblem[] {
  const problems: ReportContentProblem[] = [];
  const { value, progressPercent, measure, narrative } = content;
  if (present(value) && (!Number.isFinite(value) || Math.abs(value) > valueLimit))
    problems.push({ field: 'value', code: 'bad_value' });
  if (present(progressPercent) && !(progressPercent >= 0 && progressPercent <= 100))
    problems.push({ field: 'progressPercent', code: 'bad_percent' });
  // A project reports the year-to-date investment only: any other measure is a mistake, draft or not.
  if (itemType === 'project' && present(measure) && measure !== 'ytd')
    problems.push({ field: 'measure', code: 'project_measure_ytd' });
  if (!complete) return problems;
  if (itemType !== 'task' && !present(value)) problems.push({ field: 'value', code: 'value_required' });
  if (itemType === 'indicator' && !measure) problems.push({ field: 'measure', code: 'measure_required' });
  if (itemType !== 'indicator' && !narrative?.trim())
    problems.push({ field: 'narrative', code: 'narrative_required' });
  return problems;
}
