/**
 * Which column of an observation table holds what. Headers are recognised in Chinese and English as
 * statistics offices write them (指标名称, 年份, 数值, 口径, 来源 …); anything else can be named by an
 * explicit mapping from the file's header to a field, e.g. {"统计指标": "name", "2023年数据": "value"}.
 */
import type { Bilingual } from '../../contracts/issue';
import { halfWidth } from '../numbers/half-width';
import { columnLetter } from '../spreadsheet-safety/merged-cells';
import type { TableCell } from '../table/table-row';

export const observationFields = [
  'code',
  'name',
  'period',
  'value',
  'measure',
  'unit',
  'source',
  'note',
] as const;
export type ObservationField = (typeof observationFields)[number];
/**
 * Header text in the file → field name (code, name, period …) or `ignore`, which drops a column that
 * would otherwise be recognised. Values are checked: an unknown field is reported, not trusted.
 */
export type ColumnMapping = Readonly<Record<string, string>>;

function isField(text: string): text is ObservationField {
  return (observationFields as readonly string[]).includes(text);
}

function asTarget(text: string | undefined): ObservationField | 'ignore' | null {
  if (text === undefined) return null;
  return isField(text) ? text : 'ignore';
}

const synonyms: Record<ObservationField, readonly string[]> = {
  code: ['指标编号', '指标代码', '编号', '代码', '指标code', 'code', 'indicatorcode', 'indicator_code'],
  name: [
    '指标名称',
    '指标',
    '名称',
    '指标名',
    '统计指标',
    'name',
    'indicator',
    'indicatorname',
    'indicator_name',
  ],
  period: [
    '年份',
    '期间',
    '时间',
    '年度',
    '月份',
    '统计期',
    '统计期间',
    '统计时间',
    '报告期',
    '日期',
    'period',
    'year',
    'date',
    'time',
  ],
  value: ['数值', '值', '数据', '指标值', '本期值', '完成值', '实际值', '统计值', 'value', 'amount'],
  measure: ['口径', '统计口径', '数据口径', '数值口径', 'measure'],
  unit: ['单位', '计量单位', 'unit'],
  source: ['来源', '数据来源', '出处', 'source'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks'],
};

/** Compare headers without width, case, spaces or a trailing unit in brackets: 数值(亿元) is 数值. */
export function normaliseHeader(text: string): string {
  return halfWidth(text)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[([【][^)\]】]*[)\]】]$/, '');
}

const bySynonym = new Map<string, ObservationField>(
  observationFields.flatMap((field) => synonyms[field].map((s) => [normaliseHeader(s), field] as const)),
);

export interface ColumnRef {
  /** 0-based index into TableRow.cells. */
  index: number;
  /** How issues name it: `年份 (C)`. */
  label: string;
}

export interface MappedColumns {
  fields: Partial<Record<ObservationField, ColumnRef>>;
  /** Non-empty headers that map to nothing. */
  ignored: string[];
  problems: { code: string; severity: 'error' | 'warning'; message: Bilingual }[];
}

export function headerText(cell: TableCell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

export function columnLabel(header: string, index: number): string {
  const letter = columnLetter(index + 1);
  return header ? `${header} (${letter})` : `${letter}列 / column ${letter}`;
}

function fieldOf(header: string, mapping: ColumnMapping): ObservationField | 'ignore' | null {
  const explicit = asTarget(mapping[header] ?? mapping[header.trim()]);
  if (explicit) return explicit;
  const wanted = normaliseHeader(header);
  for (const [key, field] of Object.entries(mapping))
    if (normaliseHeader(key) === wanted) return asTarget(field);
  return bySynonym.get(wanted) ?? null;
}

export function mapColumns(headerCells: readonly TableCell[], mapping: ColumnMapping = {}): MappedColumns {
  const out: MappedColumns = { fields: {}, ignored: [], problems: [] };
  const headers = headerCells.map(headerText);
  for (const [key, field] of Object.entries(mapping)) {
    if (field !== 'ignore' && !isField(field)) {
      out.problems.push({
        code: 'mapping_invalid',
        severity: 'error',
        message: {
          zh: `列映射「${key}」的目标「${field}」无效,应为 ${observationFields.join('、')} 或 ignore`,
          en: `mapping for "${key}" targets "${field}"; use one of ${observationFields.join(', ')} or ignore`,
        },
      });
    }
    if (!headers.some((h) => h === key || normaliseHeader(h) === normaliseHeader(key))) {
      out.problems.push({
        code: 'mapping_unused',
        severity: 'warning',
        message: {
          zh: `列映射中的「${key}」在表头中不存在`,
          en: `mapped header "${key}" is not in the header row`,
        },
      });
    }
  }
  headers.forEach((header, index) => {
    if (header === '') return;
    const field = fieldOf(header, mapping);
    if (field === null || field === 'ignore') {
      out.ignored.push(header);
      return;
    }
    const existing = out.fields[field];
    if (existing) {
      out.problems.push({
        code: 'column_duplicate',
        severity: 'warning',
        message: {
          zh: `「${header}」与「${existing.label}」都被识别为 ${field},使用前者 ${existing.label}`,
          en: `"${header}" and ${existing.label} both map to ${field}; using ${existing.label}`,
        },
      });
      return;
    }
    out.fields[field] = { index, label: columnLabel(header, index) };
  });
  return out;
}

/** The fields without which no row can become an observation. */
export function missingFields(columns: MappedColumns): string[] {
  const missing: string[] = [];
  if (!columns.fields.code && !columns.fields.name) missing.push('指标编号或指标名称 / code or name');
  if (!columns.fields.period) missing.push('年份或期间 / period');
  if (!columns.fields.value) missing.push('数值 / value');
  return missing;
}
