/**
 * Checks a report form as the person types, with the server's own rules (services/reporting/reports.ts
 * validateContent and the route's zod body): a finite number, progress within 0–100, and on submit
 * a value and a measure for indicators, a narrative for tasks, and for projects the year-to-date
 * investment (口径 ytd, docs/projects.md §3) with its 形象进度. The server checks again.
 */
import { valueLimit } from '../../../../src/contracts/catalogue';
import type { Measure } from '../../api/types';

export type ItemType = 'indicator' | 'task' | 'project';

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
  | 'imageProgressRequired';

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
  const n = parseNumber(text);
  if (n === undefined) return null;
  if (Number.isNaN(n)) return 'notNumber';
  if (!Number.isFinite(n) || Math.abs(n) > valueLimit) return 'tooLarge';
  return null;
}

export function percentError(text: string | undefined): FieldError | null {
  const n = parseNumber(text);
  if (n === undefined) return null;
  if (Number.isNaN(n)) return 'notNumber';
  return n >= 0 && n <= 100 ? null : 'percentRange';
}

/** Every problem of the form, by field; `complete` adds what a submission needs. */
export function validateReport(
  itemType: ItemType,
  fields: ReportFields,
  complete: boolean,
): Partial<Record<keyof ReportFields, FieldError>> {
  const errors: Partial<Record<keyof ReportFields, FieldError>> = {};
  const value = valueError(fields.value);
  if (value) errors.value = value;
  const percent = percentError(fields.progressPercent);
  if (percent) errors.progressPercent = percent;
  if (complete && itemType === 'indicator') {
    if (!errors.value && parseNumber(fields.value) === undefined) errors.value = 'valueRequired';
    if (!fields.measure) errors.measure = 'measureRequired';
  }
  if (complete && itemType === 'project') {
    if (!errors.value && parseNumber(fields.value) === undefined) errors.value = 'investmentRequired';
    if (!fields.narrative?.trim()) errors.narrative = 'imageProgressRequired';
  }
  if (complete && itemType === 'task' && !fields.narrative?.trim()) errors.narrative = 'narrativeRequired';
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
