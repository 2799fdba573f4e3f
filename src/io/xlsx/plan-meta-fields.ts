/**
 * The 规划信息 sheet: plan.json's single-valued fields, one per row (字段 | 键 | 值 | 填写说明), so a
 * person reads it top to bottom like a form. Lists (goals, categories, units, the development
 * system's parts) have their own sheets. Keys are paths in plan.json.
 */
import { regionLevelLabels } from './enum-labels';
import type { CellKind } from './plan-sheet-specs';

export interface MetaField {
  key: string;
  zh: string;
  kind: CellKind;
  hint?: string;
}

export const metaSheetName = '规划信息';

const text = { type: 'text' } as const;
const integer = { type: 'integer' } as const;
const number = { type: 'number' } as const;
const evaluationHint = '留空则用默认值(见 docs/methodology.md)';

const provenance = (prefix: string, zh: string): MetaField[] => [
  { key: `${prefix}.provenance.ref`, zh: `${zh}出处`, kind: text },
  { key: `${prefix}.provenance.quote`, zh: `${zh}原文摘录`, kind: text },
  { key: `${prefix}.provenance.note`, zh: `${zh}出处说明`, kind: text },
];

export const metaFields: readonly MetaField[] = [
  { key: 'formatVersion', zh: '格式版本', kind: integer, hint: '目前为 1' },
  {
    key: 'code',
    zh: '规划编号',
    kind: { type: 'code' },
    hint: '字母、数字、点、下划线、连字符,如 hebi-etdz-14th',
  },
  { key: 'name', zh: '规划全称', kind: text, hint: '照原文' },
  { key: 'shortName', zh: '简称', kind: text },
  { key: 'nameEn', zh: '英文名称', kind: text },
  { key: 'region.name', zh: '地区名称', kind: text },
  { key: 'region.nameEn', zh: '地区英文名称', kind: text },
  { key: 'region.level', zh: '地区层级', kind: { type: 'enum', labels: regionLevelLabels } },
  { key: 'region.parent', zh: '上级地区', kind: text },
  { key: 'fiveYearPlanNo', zh: '第几个五年规划', kind: integer, hint: '“十四五”填 14,“十五五”填 15' },
  { key: 'period.start', zh: '规划期起始年', kind: integer },
  { key: 'period.end', zh: '规划期结束年', kind: integer },
  { key: 'baseYear', zh: '基期年', kind: integer },
  { key: 'targetYear', zh: '目标年', kind: integer },
  { key: 'visionYear', zh: '远景年', kind: integer, hint: '没有远景目标时留空' },
  { key: 'issuedBy', zh: '印发机关', kind: text },
  { key: 'issuedOn', zh: '印发日期', kind: { type: 'date' }, hint: '如 2022-05-24' },
  { key: 'sourceDocument', zh: '原文文件', kind: text },
  {
    key: 'developmentSystem.name',
    zh: '发展体系',
    kind: text,
    hint: '如 一核引领、三擎驱动、七维共进;组成部分填在“发展体系”表;没有则整组留空',
  },
  ...provenance('developmentSystem', '发展体系'),
  { key: 'vision.year', zh: '远景目标年', kind: integer, hint: '没有远景目标时整组留空' },
  { key: 'vision.text', zh: '远景目标', kind: text },
  ...provenance('vision', '远景目标'),
  { key: 'evaluation.aheadRatio', zh: '评估:快于预期比值', kind: number, hint: evaluationHint },
  { key: 'evaluation.onTrackRatio', zh: '评估:基本符合预期比值', kind: number, hint: evaluationHint },
  { key: 'evaluation.approxBandRelative', zh: '评估:“左右”相对容差', kind: number, hint: evaluationHint },
  { key: 'evaluation.approxBandPoints', zh: '评估:“左右”百分点容差', kind: number, hint: evaluationHint },
  {
    key: 'evaluation.relativeGapPoints',
    zh: '评估:相对指标容差(百分点)',
    kind: number,
    hint: evaluationHint,
  },
  { key: 'evaluation.atRiskShare', zh: '评估:风险判定比例', kind: number, hint: evaluationHint },
  { key: 'evaluation.ratioCap', zh: '评估:比值上限', kind: number, hint: evaluationHint },
];

/** The 规划信息 sheet's own columns. */
export const metaColumns = [
  { key: 'label', zh: '字段', width: 24 },
  { key: 'key', zh: '键', width: 34 },
  { key: 'value', zh: '值', width: 60 },
  { key: 'hint', zh: '填写说明', width: 50 },
] as const;
