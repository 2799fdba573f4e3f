/**
 * One data row of an observation table → an observation, or every reason it cannot be one, each
 * naming its column. Pure: the importer around it decides headers, duplicates and what to keep.
 */
import type { Bilingual } from '../contracts/issue';
import { observationSchema, type PackageObservation } from '../contracts/plan-package';
import { parseMeasure } from '../io/numbers/parse-measure';
import { type ParsedValue, parseNumber } from '../io/numbers/parse-number';
import { parsePeriod } from '../io/numbers/parse-period';
import { scaleToUnit, unitParts } from '../io/numbers/unit-scale';
import type { TableCell } from '../io/table/table-row';
import type { IndicatorIndex } from './indicator-match';
import { headerText, type MappedColumns, type ObservationField } from './observation-columns';

export interface RowProblem {
  /** The column as the file names it, e.g. `年份 (C)`. */
  column: string;
  code: string;
  message: Bilingual;
}

export type RowOutcome =
  | { kind: 'accepted'; observation: PackageObservation; notes: Bilingual[] }
  | { kind: 'no_value'; reason: Bilingual }
  | { kind: 'rejected'; problems: RowProblem[] };

export interface RowContext {
  columns: MappedColumns;
  indicators: IndicatorIndex;
  /** Used when the row has no source of its own. */
  defaultSource?: string;
  /** Published data must name a source. */
  requireSource: boolean;
}

function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit.endsWith('%');
}

export function readObservationRow(cells: readonly TableCell[], ctx: RowContext): RowOutcome {
  const problems: RowProblem[] = [];
  const notes: Bilingual[] = [];
  const { fields } = ctx.columns;
  const cell = (field: ObservationField): TableCell => {
    const ref = fields[field];
    return ref ? (cells[ref.index] ?? null) : null;
  };
  const text = (field: ObservationField): string => headerText(cell(field));
  const label = (field: ObservationField, fallback: string): string => fields[field]?.label ?? fallback;
  const problem = (field: ObservationField, code: string, message: Bilingual) =>
    problems.push({ column: label(field, field), code, message });

  // Which indicator: the code decides when present; a name must then agree with it.
  const codeText = text('code');
  const nameText = text('name');
  let indicator = null;
  if (codeText) {
    const match = ctx.indicators.byCodeText(codeText);
    if (match.ok) indicator = match.indicator;
    else problem('code', match.code, match.message);
    if (indicator && nameText && !ctx.indicators.nameFits(nameText, indicator)) {
      problem('name', 'indicator_name_mismatch', {
        zh: `名称「${nameText}」与编号 ${indicator.code} 的指标「${indicator.name}」不符`,
        en: `the name "${nameText}" does not match indicator ${indicator.code} "${indicator.name}"`,
      });
    }
  } else if (nameText) {
    const match = ctx.indicators.byNameText(nameText);
    if (match.ok) indicator = match.indicator;
    else problem('name', match.code, match.message);
  } else {
    problem(fields.code ? 'code' : 'name', 'indicator_missing', {
      zh: '缺少指标编号或名称',
      en: 'the indicator code or name is missing',
    });
  }

  const period = parsePeriod(cell('period'));
  if (period.kind === 'empty')
    problem('period', 'period_missing', { zh: '缺少期间', en: 'the period is missing' });
  if (period.kind === 'error') problem('period', 'period_invalid', period.message);

  const measureCell = parseMeasure(cell('measure'));
  if (measureCell.kind === 'error') problem('measure', 'measure_invalid', measureCell.message);
  const measure =
    measureCell.kind === 'measure'
      ? measureCell.measure
      : period.kind === 'period' && period.ytd
        ? 'ytd'
        : 'level';
  if (measureCell.kind === 'empty' && measure === 'ytd') {
    notes.push({
      zh: '期间为1-N月累计,口径按“累计值”处理',
      en: 'the period is a year-to-date span; measure taken as ytd',
    });
  }

  const source = text('source') || ctx.defaultSource || '';
  if (ctx.requireSource && !source) {
    problem('source', 'source_missing', {
      zh: '公开数据必须注明来源(填写“来源”列,或导入时指定 --source)',
      en: 'published data must name their source (fill the source column or pass --source)',
    });
  }

  const parsed = parseNumber(cell('value'));
  if (parsed.kind === 'error') problem('value', parsed.code, parsed.message);
  if (parsed.kind === 'empty' && problems.length === 0) {
    return {
      kind: 'no_value',
      reason: { zh: '数值为空或为“—”,跳过', en: 'no value (blank or a dash); skipped' },
    };
  }

  if (indicator && parsed.kind === 'number') {
    const growth = measure === 'yoy' || measure === 'ytd_yoy';
    const unit = growth ? '%' : indicator.unit;
    if (parsed.percent && !isPercentUnit(unit)) {
      problem('value', 'percent_not_allowed', {
        zh: `指标单位为「${indicator.unit}」,当期值或累计值不能是百分数;增速请在“口径”列注明同比增速`,
        en: `the indicator's unit is "${indicator.unit}"; a level or ytd value cannot be a percentage (mark growth rates as yoy)`,
      });
    } else {
      const written = withUnitColumn(parsed, text('unit'), unit);
      const scaled = scaleToUnit(written, unit);
      if (!scaled.ok)
        problem(fields.unit && text('unit') ? 'unit' : 'value', 'unit_mismatch', scaled.message);
      else {
        if (scaled.converted) {
          notes.push({
            zh: `按单位换算为 ${scaled.value} ${unit}`,
            en: `converted to ${scaled.value} ${unit}`,
          });
        }
        if (problems.length === 0) {
          const note = text('note');
          const candidate = {
            indicator: indicator.code,
            period: period.kind === 'period' ? period.period : '',
            measure,
            value: scaled.value,
            ...(source ? { source } : {}),
            ...(note ? { note } : {}),
          };
          const checked = observationSchema.safeParse(candidate);
          if (checked.success) return { kind: 'accepted', observation: checked.data, notes };
          problem('value', 'observation_invalid', {
            zh: '观测值不符合格式要求',
            en: 'the observation is malformed',
          });
        }
      }
    }
  }
  return { kind: 'rejected', problems };
}

/** A unit column ("万元") reads as if it were typed after the number, unless the number has its own. */
function withUnitColumn(parsed: ParsedValue, unitText: string, unit: string): ParsedValue {
  if (!unitText || unitText === unit || parsed.magnitude !== 1 || parsed.unitText !== '') return parsed;
  if (isPercentUnit(unitText) && isPercentUnit(unit)) return parsed;
  const parts = unitParts(unitText);
  return { ...parsed, magnitude: parts.prefix, unitText: parts.base };
}
