/**
 * The rows of an uploaded reporting template (填报模板), cell by cell into report content: what the
 * service then checks against the round's reports and saves in one batch. Pure: no database.
 */

import type { Bilingual } from '../../contracts/issue';
import { freeText } from '../../contracts/text';
import type { Measure } from '../../core/model';
import { parseMeasure } from '../numbers/parse-measure';
import { parseNumber } from '../numbers/parse-number';
import { scaleToUnit } from '../numbers/unit-scale';
import type { TableCell } from '../table/table-row';
import { measureLabels } from '../xlsx/report-template';
import type { TemplateUploadRow } from '../xlsx/report-template-read';

/** What a row asks to change in its report; fields left empty stay as they are. */
export interface TemplateRowContent {
  measure?: Measure | null;
  value?: number | null;
  progressPercent?: number | null;
  narrative?: string | null;
}

export type RowOutcome =
  | { row: number; reportId: number; outcome: 'accepted' | 'unchanged' }
  | {
      row: number;
      reportId: number | null;
      outcome: 'rejected';
      column: string;
      field: string;
      message: Bilingual;
    };

const labelToMeasure = new Map<string, Measure>(
  Object.entries(measureLabels).map(([m, label]) => [label, m as Measure]),
);

export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

export function rejected(
  row: TemplateUploadRow,
  reportId: number | null,
  key: keyof TemplateUploadRow['cells'],
  field: string,
  message: Bilingual,
): RowOutcome {
  const column = row.letters[key] ?? '';
  return {
    row: row.row,
    reportId,
    outcome: 'rejected',
    column,
    field,
    message: {
      zh: `第${row.row}行 ${column}列(${field}):${message.zh}`,
      en: `row ${row.row}, column ${column} (${field}): ${message.en}`,
    },
  };
}

/**
 * Reads one data row into report content, or says precisely what is wrong with it: the measure by its
 * label, numbers as typed (full-width, thousands separators) scaled to the item's unit, progress 0–100.
 */
export function readTemplateRow(
  row: TemplateUploadRow,
  reportId: number,
  unit: string | null,
): TemplateRowContent | RowOutcome {
  const content: TemplateRowContent = {};
  const measureText = cellText(row.cells.measure);
  if (measureText) {
    const known = labelToMeasure.get(measureText);
    const parsed = known ? { kind: 'measure' as const, measure: known } : parseMeasure(measureText);
    if (parsed.kind === 'error') return rejected(row, reportId, 'measure', '口径', parsed.message);
    if (parsed.kind === 'measure') content.measure = parsed.measure;
  }
  const value = parseNumber(row.cells.value);
  if (value.kind === 'error') return rejected(row, reportId, 'value', '本期数值', value.message);
  if (value.kind === 'number') {
    const scaled = unit
      ? scaleToUnit(value, unit)
      : { ok: true as const, value: value.value, converted: false };
    if (!scaled.ok) return rejected(row, reportId, 'value', '本期数值', scaled.message);
    content.value = scaled.value;
  }
  const progress = parseNumber(row.cells.progressPercent);
  if (progress.kind === 'error')
    return rejected(row, reportId, 'progressPercent', '完成进度', progress.message);
  if (progress.kind === 'number') {
    if (!(progress.value >= 0 && progress.value <= 100)) {
      return rejected(row, reportId, 'progressPercent', '完成进度', {
        zh: '应在 0–100 之间',
        en: 'must be between 0 and 100',
      });
    }
    content.progressPercent = progress.value;
  }
  const narrative = cellText(row.cells.narrative);
  if (narrative) {
    // The same text rules as the form (contracts/text.ts): a cell can carry NUL through _x0000_.
    const checked = freeText().safeParse(narrative.slice(0, 20_000));
    if (!checked.success) {
      const [zh = '', en = zh] = (checked.error.issues[0]?.message ?? '').split(' / ');
      return rejected(row, reportId, 'narrative', '进展情况', { zh, en });
    }
    content.narrative = checked.data;
  }
  return content;
}
