/**
 * Checks a report form as the person types, with the server's own rule (contracts/report-content.ts):
 * a finite number, progress within 0–100, and on submit a value and a measure for indicators, a
 * narrative for tasks, and for projects the year-to-date investment (口径 ytd) with its 形象进度. This
 * file adds what only a form meets: text as typed (全角, thousands separators). The server checks again.
 */
import {
  type ReportContentCode,
  type ReportItemType,
  reportContentProblems,
} from '../../../../src/contracts/report-content';
import type { Measure } from '../../api/types';

export type ItemType = ReportItemType;

export interface ReportFields {
  measure?: Measure | null;
  value?: string;
  progressPercent?: string;
  narrative?: string;
}

/** i18n keys under `inbox.errors`. */
export type FieldError =
  | 'notNumber'
  | 'tooLarge'
  | 'percentRange'
  | 'valueRequired'
  | 'measureRequired'
  | 'narrativeRequired'
  | 'investmentRequired'
  | 'imageProgressRequired'
  | 'projectMeasureYtd';

/** Full-width digits and punctuation (３４．１, －２) and thousands separators are accepted as typed. */
export function normaliseNumber(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[,，\s]/g, '');
}

/** undefined for an empty field, NaN for text that is not a number. */
export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const plain = normaliseNumber(text);
  if (plain === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

export function valueError(text: string | undefined): FieldError | null {
  return validateReport('indicator', { value: text }, false).value ?? null;
}

export function percentError(text: string | undefined): FieldError | null {
  return validateReport('task', { progressPercent: text }, false).progressPercent ?? null;
}

/** The form's words for each rule of contracts/report-content.ts, a project's in its own terms. */
function fieldError(itemType: ItemType, code: ReportContentCode): FieldError {
  switch (code) {
    case 'bad_value':
      return 'tooLarge';
    case 'bad_percent':
      return 'percentRange';
    case 'value_required':
      return itemType === 'project' ? 'investmentRequired' : 'valueRequired';
    case 'measure_required':
      return 'measureRequired';
    case 'narrative_required':
      return itemType === 'project' ? 'imageProgressRequired' : 'narrativeRequired';
    case 'project_measure_ytd':
      return 'projectMeasureYtd';
  }
}

/**
 * Every problem of the form, by field; `complete` adds what a submission needs. Text that is no
 * number is the form's own finding; the rest is the server's rule, checked on the parsed numbers.
 */
export function validateReport(
  itemType: ItemType,
  fields: ReportFields,
  complete: boolean,
): Partial<Record<keyof ReportFields, FieldError>> {
  const errors: Partial<Record<keyof ReportFields, FieldError>> = {};
  const value = parseNumber(fields.value);
  const percent = parseNumber(fields.progressPercent);
  if (Number.isNaN(value)) errors.value = 'notNumber';
  if (Number.isNaN(percent)) errors.progressPercent = 'notNumber';
  const content = {
    measure: fields.measure ?? null,
    // Text that is no number is already named; the rules then see a value that is there.
    value: Number.isNaN(value) ? 0 : (value ?? null),
    progressPercent: Number.isNaN(percent) ? 0 : (percent ?? null),
    narrative: fields.narrative ?? null,
  };
  for (const problem of reportContentProblems(itemType, content, complete)) {
    errors[problem.field] ??= fieldError(itemType, problem.code);
  }
  return errors;
}

/** The request body of a save or submit: numbers parsed, empty fields sent as null. */
export function reportBody(itemType: ItemType, fields: ReportFields) {
  const number = (text: string | undefined) => {
    const n = parseNumber(text);
    return n === undefined || Number.isNaN(n) ? null : n;
  };
  const narrative = fields.narrative?.trim() || null;
  if (itemType === 'indicator')
    return { measure: fields.measure ?? null, value: number(fields.value), narrative };
  // A project reports 1–N月累计完成投资: always the year-to-date measure.
  if (itemType === 'project') return { measure: 'ytd' as const, value: number(fields.value), narrative };
  return { progressPercent: number(fields.progressPercent), narrative };
}
