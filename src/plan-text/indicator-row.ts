/**
 * One row of the indicator table as a proposed indicator: name and unit from the name cell, baseline,
 * target and growth from the value cells (by column in a real table; by count in flattened text, the
 * way the Hebi rows read), attribute by the merged-cell reading, kind and direction proposed from the
 * cells and the name. A cell the table lost is filled from the prose when the text states it (basis
 * `prose`), and a lone value the prose gives as the starting level is read as the baseline.
 */

import type { DraftQuote, IndicatorCandidate } from '../contracts/plan-draft-api';
import type { Comparator } from '../core/model';
import type { TableRowDraft } from './indicator-table';
import type { ProseTarget } from './prose-targets';
import { cellKind, cellPhrase, splitNameUnit } from './table-cells';
import { parseTargetPhrase } from './target-phrase';

export interface RowContext {
  baseYear: number;
  targetYear: number;
  /** Prose targets with the same name as the row (for cells the table lost). */
  proseFor: (name: string) => ProseTarget | undefined;
}

const decreasing = /失业率|能耗(?!降低)|排放(量|强度)|强度|死亡率|PM2\.5|浓度|恩格尔|基尼|事故|发生率|亡人/;

export function directionOf(name: string): 'increase' | 'decrease' {
  if (/降低|下降|减少|削减/.test(name)) return 'increase';
  return decreasing.test(name) ? 'decrease' : 'increase';
}

function byDirection(comparator: Comparator | null, direction: 'increase' | 'decrease'): Comparator {
  return comparator ?? (direction === 'increase' ? 'ge' : 'le');
}

function number(cell: DraftQuote | null): number | null {
  if (!cell || cellKind(cell.text) !== 'number') return null;
  return parseTargetPhrase(cellPhrase(cell.text).text).value;
}

/** Flattened rows lost their empty cells: place the values that remain by how many there are. */
function placeValues(row: TableRowDraft, ctx: RowContext, name: string) {
  if (row.slots) return { ...row.slots, lonePlaced: false };
  const v = row.values;
  if (v.length >= 3)
    return { baseline: v[0] ?? null, target: v[1] ?? null, growth: v[2] ?? null, lonePlaced: false };
  if (v.length === 2)
    return { baseline: v[0] ?? null, target: v[1] ?? null, growth: null, lonePlaced: false };
  const only = v[0] ?? null;
  if (only && cellKind(only.text) === 'number') {
    const prose = ctx.proseFor(name);
    const value = number(only);
    // the text states a different target for this indicator: the lone cell is its starting level
    if (
      prose &&
      prose.year === ctx.targetYear &&
      value !== null &&
      prose.value !== null &&
      prose.value !== value
    ) {
      return { baseline: only, target: null, growth: null, lonePlaced: true };
    }
  }
  return { baseline: null, target: only, growth: null, lonePlaced: true };
}

export function rowToCandidate(row: TableRowDraft, code: string, ctx: RowContext): IndicatorCandidate {
  const split = splitNameUnit(row.name.text);
  const name = split.name;
  const direction = directionOf(name);
  const cells: IndicatorCandidate['cells'] = {};
  const notes: string[] = [];
  const quotes: DraftQuote[] = [row.name];
  const placed = placeValues(row, ctx, name);
  let unit = row.unit ? row.unit.text : (split.unit ?? '');
  if (unit) cells.unit = 'table';
  if (split.starred) notes.push('指标名称带 * 号,见表注 / the name carries a * footnote mark');

  let baseline: IndicatorCandidate['baseline'] = null;
  const baseValue = number(placed.baseline);
  if (placed.baseline) quotes.push(placed.baseline);
  if (baseValue !== null) {
    baseline = { year: ctx.baseYear, value: baseValue };
    cells.baseline = 'table';
  }

  let target: IndicatorCandidate['target'] = null;
  let cumulative: number | null = null;
  if (placed.target && cellKind(placed.target.text) !== 'dash') {
    quotes.push(placed.target);
    const { text, starred } = cellPhrase(placed.target.text);
    if (starred) notes.push('目标值带 * 号,见表注 / the target carries a * footnote mark');
    const parsed = parseTargetPhrase(text);
    target = {
      year: ctx.targetYear,
      value: parsed.value,
      comparator:
        parsed.value === null && /同步/.test(text) ? 'approx' : byDirection(parsed.comparator, direction),
      text: placed.target.text.trim(),
    };
    cells.target = 'table';
    if (parsed.cumulative) {
      cumulative = parsed.value;
      cells.cumulative = 'table';
    }
  }

  let annualGrowth: number | null = null;
  if (placed.growth && cellKind(placed.growth.text) !== 'dash') {
    quotes.push(placed.growth);
    const parsed = parseTargetPhrase(cellPhrase(placed.growth.text).text);
    if (parsed.cumulative) {
      cumulative = parsed.value;
      cells.cumulative = 'table';
    } else if (parsed.value !== null) {
      annualGrowth = parsed.value;
      cells.annualGrowth = 'table';
      if (parsed.comparator === 'ge')
        notes.push(`年均增长栏为“${placed.growth.text}”,记下限 / growth cell read as its lower bound`);
    }
  }

  const prose = ctx.proseFor(name);
  if (!target && prose && prose.value !== null) {
    target = {
      year: prose.year,
      value: prose.value,
      comparator: byDirection(prose.comparator, direction),
      text: prose.text,
    };
    cells.target = 'prose';
    quotes.push(prose.quote);
    if (!unit && prose.unit) {
      unit = prose.unit;
      cells.unit = 'prose';
    }
  } else if (!unit && prose?.unit && prose.value === target?.value) {
    unit = prose.unit;
    cells.unit = 'prose';
    quotes.push(prose.quote);
  }
  if (row.attribute) cells.attribute = 'table';
  if (row.numberRestored)
    notes.push(`行号 ${row.tableNo} 在文本中缺失,按前后行补回 / row number restored from its neighbours`);

  const isNew = /^(新增|累计|新建)/.test(name);
  if (isNew && target?.value != null && cumulative === null) {
    cumulative = target.value;
    cells.cumulative = cells.target;
  }
  const kind: IndicatorCandidate['kind'] =
    target && target.value === null && /同步/.test(target.text)
      ? 'relative'
      : target && target.value === null && /下达/.test(target.text)
        ? 'assigned'
        : cumulative !== null
          ? 'cumulative'
          : baseline && annualGrowth !== null
            ? 'level_compound'
            : /增速|增长率|增长$|年均增/.test(name) && unit === '%'
              ? 'rate'
              : baseline && target
                ? 'level_linear'
                : 'threshold';
  const filled = [placed.baseline, placed.target, placed.growth].filter(Boolean).length;
  return {
    code,
    name,
    unit,
    origin: 'table',
    tableNo: row.tableNo,
    category: row.category,
    chapter: null,
    attribute: row.attribute?.value ?? 'expected',
    kind,
    direction,
    baseline,
    target,
    annualGrowth,
    cumulative,
    relatedTo: null,
    cells,
    notes,
    confidence: row.slots ? 0.95 : filled >= 3 ? 0.9 : filled === 2 ? 0.8 : placed.lonePlaced ? 0.65 : 0.5,
    quotes,
    status: 'proposed',
  };
}
