/**
 * One data row of an observation table → an observation, or every reason it cannot be one, each
 * naming its column. Pure: the importer around it decides headers, duplicates and what to keep.
 */
import type { Bilingual } from '../../contracts/issue';
import { observationSchema, type PackageObservation } from '../../contracts/plan-package';
import { parseMeasure } from '../numbers/parse-measure';
import { type ParsedValue, parseNumber } from '../numbers/parse-number';
import { parsePeriod } from '../numbers/parse-period';
import { scaleToUnit, unitParts } from '../numbers/unit-scale';
import type { TableCell } from '../table/table-row';
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

// Module-level helpers rather than closures per row: a million-row import creates none of them.
function cellOf(
  cells: readonly TableCell[],
  fields: MappedColumns['fields'],
  field: ObservationField,
): TableCell {
  const ref = fields[field];
  return ref ? (cells[ref.index] ?? null) : null;
}

function textOf(
  cells: readonly TableCell[],
  fields: MappedColumns['fields'],
  field: ObservationField,
): string {
  return headerText(cellOf(cells, fields, field));
}

function pushProblem(
  problems: RowProblem[],
  fields: MappedColumns['fields'],
  field: ObservationField,
  code: string,
  message: Bilingual,
): void {
  problems.push({ column: fields[field]?.label ?? field, code, message });
}

export function readObservationRow(cells: readonly TableCell[], ctx: RowContext): RowOutcome {
  const problems: RowProblem[] = [];
  const notes: Bilingual[] = [];
  const { fields } = ctx.columns;

  // Which indicator: the code decides when present; a name must then agree with it.
  const codeText = textOf(cells, fields, 'code');
  const nameText = textOf(cells, fields, 'name');
  let indicator = null;
  if (codeText) {
    const match = ctx.indicators.byCodeText(codeText);
    if (match.ok) indicator = match.indicator;
    else pushProblem(problems, fields, 'code', match.code, match.message);
    if (indicator && nameText && !ctx.indicators.nameFits(nameText, indicator)) {
      pushProblem(problems, fields, 'name', 'indicator_name_mismatch', {
        zh: `名称「${nameText}」与编号 ${indicator.code} 的指标「${indicator.name}」不符`,
        en: `the name "${nameText}" does not match indicator ${indicator.code} "${indicator.name}"`,
      });
    }
  } else if (nameText) {
    const match = ctx.indicators.byNameText(nameText);
    if (match.ok) indicator = match.indicator;
    else pushProblem(problems, fields, 'name', match.code, match.message);
  } else {
    pushProblem(problems, fields, fields.code ? 'code' : 'name', 'indicator_missing', {
      zh: '缺少指标编号或名称',
      en: 'the indicator code or name is missing',
    });
  }

  const period = parsePeriod(cellOf(cells, fields, 'period'));
  if (period.kind === 'empty')
    pushProblem(problems, fields, 'period', 'period_missing', {
      zh: '缺少期间',
      en: 'the period is missing',
    });
  if (period.kind === 'error') pushProblem(problems, fields, 'period', 'period_invalid', period.message);

  const measureCell = parseMeasure(cellOf(cells, fields, 'measure'));
  if (measureCell.kind === 'error')
    pushProblem(problems, fields, 'measure', 'measure_invalid', measureCell.message);
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

  const source = textOf(cells, fields, 'source') || ctx.defaultSource || '';
  if (ctx.requireSource && !source) {
    pushProblem(problems, fields, 'source', 'source_missing', {
      zh: '公开数据必须注明来源(填写“来源”列,或导入时指定 --source)',
      en: 'published data must name their source (fill the source column or pass --source)',
    });
  }

  const parsed = parseNumber(cellOf(cells, fields, 'value'));
  if (parsed.kind === 'error') pushProblem(problems, fields, 'value', parsed.code, parsed.message);
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
      pushProblem(problems, fields, 'value', 'percent_not_allowed', {
        zh: `指标单位为「${indicator.unit}」,当期值或累计值不能是百分数;增速请在“口径”列注明同比增速`,
        en: `the indicator's unit is "${indicator.unit}"; a level or ytd value cannot be a percentage (mark growth rates as yoy)`,
      });
    } else {
      const written = withUnitColumn(parsed, textOf(cells, fields, 'unit'), unit);
      const scaled = scaleToUnit(written, unit);
      if (!scaled.ok)
        pushProblem(
          problems,
          fields,
          fields.unit && textOf(cells, fields, 'unit') ? 'unit' : 'value',
          'unit_mismatch',
          scaled.message,
        );
      else {
        if (scaled.converted) {
          notes.push({
            zh: `按单位换算为 ${scaled.value} ${unit}`,
            en: `converted to ${scaled.value} ${unit}`,
          });
        }
        if (problems.length === 0) {
          const note = textOf(cells, fields, 'note');
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
          // Name the cell: a forbidden character in the source or note says which and where.
          const issue = checked.error.issues[0];
          const at = issue?.path[0];
          const field = at === 'source' || at === 'note' ? at : 'value';
          const [zh, en] = (issue?.message ?? '').split(' / ');
          pushProblem(problems, fields, field, 'observation_invalid', {
            zh: `观测值不符合格式要求${zh ? `:${zh}` : ''}`,
            en: `the observation is malformed${en ? `: ${en}` : ''}`,
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
