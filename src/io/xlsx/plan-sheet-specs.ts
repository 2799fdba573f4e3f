/**
 * The plan workbook's tabular sheets: for each, its Chinese name and, for each column, the Chinese
 * header a person reads, the key the reader maps by (row 2, so columns may be moved freely), the kind
 * of cell and its width. Keys are paths in the package's JSON item: `target.year`, `provenance.ref`.
 * docs/spreadsheets.md describes the same layout for people.
 */
import {
  attributeLabels,
  basisLabels,
  comparatorLabels,
  datasetLabels,
  directionLabels,
  type EnumLabels,
  indicatorSourceLabels,
  kindLabels,
  measureLabels,
  outlineKindLabels,
  unitKindLabels,
} from './enum-labels';

export type CellKind =
  | { type: 'text' }
  | { type: 'code' }
  | { type: 'integer' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'period' }
  | { type: 'date' }
  | { type: 'enum'; labels: EnumLabels };

export interface ColumnSpec {
  key: string;
  zh: string;
  kind: CellKind;
  /** Column width in characters (a Chinese character counts two). */
  width: number;
  /** What to write; shown as a cell comment in the template. */
  hint?: string;
}

export interface SheetSpec {
  name: string;
  /** Pseudo-file of the package this sheet feeds, for messages and the folder a workbook becomes. */
  file: string;
  /** One line for the 说明 sheet. */
  purpose: string;
  columns: ColumnSpec[];
}

const text = { type: 'text' } as const;
const code = { type: 'code' } as const;
const integer = { type: 'integer' } as const;
const number = { type: 'number' } as const;
const boolean = { type: 'boolean' } as const;
const enumOf = (labels: EnumLabels): CellKind => ({ type: 'enum', labels });

const provenance = (prefix = 'provenance.'): ColumnSpec[] => [
  { key: `${prefix}ref`, zh: '出处', kind: text, width: 10, hint: '表1、第四章、专栏3 …' },
  { key: `${prefix}quote`, zh: '原文摘录', kind: text, width: 36, hint: '纲要原文中可直接搜到的一小段' },
  { key: `${prefix}note`, zh: '出处说明', kind: text, width: 24 },
];

const investment: ColumnSpec[] = [
  { key: 'investment.value', zh: '总投资', kind: number, width: 10 },
  { key: 'investment.unit', zh: '投资单位', kind: text, width: 10, hint: '亿元 或 万元' },
  { key: 'investment.comparator', zh: '投资比较符', kind: enumOf(comparatorLabels), width: 10 },
  { key: 'investment.text', zh: '投资原文', kind: text, width: 14, hint: '如 约360亿元' },
];

export const goalsSheet: SheetSpec = {
  name: '发展目标',
  file: 'plan.json',
  purpose: '发展目标(纲要中“发展目标”各段),每行一条',
  columns: [
    { key: 'name', zh: '目标名称', kind: text, width: 18 },
    { key: 'text', zh: '目标内容', kind: text, width: 60 },
    ...provenance(),
  ],
};

export const developmentPartsSheet: SheetSpec = {
  name: '发展体系',
  file: 'plan.json',
  purpose: '发展体系的组成部分(如“一核引领”及其含义);体系名称填在“规划信息”',
  columns: [
    { key: 'name', zh: '组成部分', kind: text, width: 16 },
    { key: 'description', zh: '含义', kind: text, width: 70 },
  ],
};

export const categoriesSheet: SheetSpec = {
  name: '指标类别',
  file: 'plan.json',
  purpose: '主要指标的类别(如 经济发展),至少一类',
  columns: [
    { key: 'code', zh: '类别编号', kind: code, width: 14, hint: '字母、数字、点、下划线、连字符,如 economy' },
    { key: 'name', zh: '类别名称', kind: text, width: 20 },
    { key: 'nameEn', zh: '英文名称', kind: text, width: 30 },
  ],
};

export const extraUnitsSheet: SheetSpec = {
  name: '自定义单位',
  file: 'plan.json',
  purpose: '内置单位表之外需要的计量单位',
  columns: [
    { key: 'symbol', zh: '单位', kind: text, width: 12 },
    { key: 'en', zh: '英文', kind: text, width: 30 },
    { key: 'percent', zh: '是否百分比', kind: boolean, width: 10 },
  ],
};

export const outlineSheet: SheetSpec = {
  name: '纲要结构',
  file: 'outline.json',
  purpose: '篇、章、节、专栏,按阅读顺序每行一个节点,用“上级节点”连成树',
  columns: [
    { key: 'id', zh: '节点编号', kind: code, width: 10, hint: '如 P1、CH4、C3' },
    { key: 'kind', zh: '层级', kind: enumOf(outlineKindLabels), width: 8 },
    { key: 'number', zh: '序号', kind: integer, width: 6, hint: '第三篇填 3;无序号的节留空' },
    { key: 'title', zh: '标题', kind: text, width: 36, hint: '去掉“第X章”前缀的原文标题' },
    { key: 'parent', zh: '上级节点', kind: code, width: 10, hint: '篇留空;章填所属篇;专栏填所在章' },
    { key: 'summary', zh: '摘要', kind: text, width: 40 },
    ...provenance(),
  ],
};

export const cellBasisKeys = [
  'baseline',
  'target',
  'annualGrowth',
  'cumulative',
  'attribute',
  'unit',
] as const;

export const indicatorsSheet: SheetSpec = {
  name: '主要指标',
  file: 'indicators.json',
  purpose: '主要指标(表1)和正文中的量化目标,每行一个指标;更多出处填在“指标出处”',
  columns: [
    { key: 'code', zh: '指标编号', kind: code, width: 10, hint: '如 T01' },
    { key: 'tableNo', zh: '表1序号', kind: integer, width: 8, hint: '正文指标留空' },
    { key: 'name', zh: '指标名称', kind: text, width: 28 },
    { key: 'nameEn', zh: '英文名称', kind: text, width: 28 },
    { key: 'unit', zh: '单位', kind: text, width: 10, hint: '亿元、%、家 …' },
    { key: 'category', zh: '类别', kind: code, width: 12, hint: '“指标类别”中的类别编号' },
    { key: 'source', zh: '来源', kind: enumOf(indicatorSourceLabels), width: 8 },
    { key: 'chapter', zh: '所属章', kind: code, width: 10, hint: '“纲要结构”中的节点编号' },
    { key: 'attribute', zh: '属性', kind: enumOf(attributeLabels), width: 10 },
    { key: 'kind', zh: '类型', kind: enumOf(kindLabels), width: 14 },
    { key: 'direction', zh: '方向', kind: enumOf(directionLabels), width: 10 },
    { key: 'baseline.year', zh: '基数年', kind: integer, width: 8 },
    { key: 'baseline.value', zh: '基数', kind: number, width: 10 },
    { key: 'target.year', zh: '目标年', kind: integer, width: 8 },
    { key: 'target.value', zh: '目标值', kind: number, width: 10, hint: '目标只有文字时留空' },
    { key: 'target.comparator', zh: '比较符', kind: enumOf(comparatorLabels), width: 10 },
    { key: 'target.text', zh: '目标原文', kind: text, width: 14, hint: '照原文,如 >25、5左右、[1.275]' },
    { key: 'annualGrowth', zh: '年均增长(%)', kind: number, width: 12 },
    { key: 'cumulative', zh: '五年累计', kind: number, width: 10 },
    { key: 'relatedTo', zh: '关联指标', kind: code, width: 10, hint: '相对指标所跟随的指标编号' },
    ...provenance(),
    { key: 'notes', zh: '备注', kind: text, width: 40 },
    { key: 'cells.baseline', zh: '基数来源', kind: enumOf(basisLabels), width: 10 },
    { key: 'cells.target', zh: '目标来源', kind: enumOf(basisLabels), width: 10 },
    { key: 'cells.annualGrowth', zh: '增速来源', kind: enumOf(basisLabels), width: 10 },
    { key: 'cells.cumulative', zh: '累计来源', kind: enumOf(basisLabels), width: 10 },
    { key: 'cells.attribute', zh: '属性来源', kind: enumOf(basisLabels), width: 10 },
    { key: 'cells.unit', zh: '单位来源', kind: enumOf(basisLabels), width: 10 },
  ],
};

export const indicatorProvenanceSheet: SheetSpec = {
  name: '指标出处',
  file: 'indicators.json',
  purpose: '一个指标有多处出处时,第一处填在“主要指标”,其余按顺序每行一处',
  columns: [{ key: 'indicator', zh: '指标编号', kind: code, width: 10 }, ...provenance('')],
};

export const annualTargetsSheet: SheetSpec = {
  name: '年度目标',
  file: 'annual-targets.json',
  purpose: '明确设定的年度目标;未设定的年份按五年路径推算',
  columns: [
    { key: 'indicator', zh: '指标编号', kind: code, width: 10 },
    { key: 'year', zh: '年份', kind: integer, width: 8 },
    { key: 'value', zh: '目标值', kind: number, width: 10 },
    { key: 'reason', zh: '依据', kind: text, width: 40 },
  ],
};

export const columnsSheet: SheetSpec = {
  name: '专栏',
  file: 'columns.json',
  purpose: '专栏及其总投资,每行一个专栏',
  columns: [
    { key: 'id', zh: '专栏编号', kind: code, width: 10, hint: '与“纲要结构”中的专栏节点相同,如 C1' },
    { key: 'number', zh: '序号', kind: integer, width: 6 },
    { key: 'title', zh: '标题', kind: text, width: 32 },
    { key: 'chapter', zh: '所属章', kind: code, width: 10 },
    ...investment,
    ...provenance(),
    { key: 'notes', zh: '备注', kind: text, width: 40 },
  ],
};

export const programmesSheet: SheetSpec = {
  name: '专项',
  file: 'columns.json',
  purpose: '专栏下的专项,每行一个,按专栏编号归属',
  columns: [
    { key: 'column', zh: '专栏编号', kind: code, width: 10 },
    { key: 'id', zh: '专项编号', kind: code, width: 10, hint: '如 C1-1' },
    { key: 'name', zh: '专项名称', kind: text, width: 32 },
    ...investment,
    { key: 'note', zh: '说明', kind: text, width: 30 },
    ...provenance(),
  ],
};

export const projectsSheet: SheetSpec = {
  name: '项目',
  file: 'projects.json',
  purpose: '专栏列出的项目,名称照原文',
  columns: [
    { key: 'code', zh: '项目编号', kind: code, width: 12, hint: '如 C1-P01' },
    { key: 'name', zh: '项目名称', kind: text, width: 36 },
    { key: 'column', zh: '专栏编号', kind: code, width: 10 },
    { key: 'programme', zh: '专项编号', kind: code, width: 10, hint: '不属于任何专项时留空' },
    { key: 'chapter', zh: '所属章', kind: code, width: 10 },
    ...provenance(),
  ],
};

export const unitsSheet: SheetSpec = {
  name: '责任单位',
  file: 'units.json',
  purpose: '部门、园区、街道、企业等责任单位',
  columns: [
    { key: 'code', zh: '单位编号', kind: code, width: 18 },
    { key: 'name', zh: '单位名称', kind: text, width: 24 },
    { key: 'nameEn', zh: '英文名称', kind: text, width: 30 },
    { key: 'kind', zh: '类型', kind: enumOf(unitKindLabels), width: 8 },
    { key: 'namedInPlan', zh: '纲要点名', kind: boolean, width: 8, hint: '纲要中写明该单位时填“是”' },
    {
      key: 'editableDefault',
      zh: '示例默认',
      kind: boolean,
      width: 8,
      hint: '需按本地机构修改的默认单位填“是”',
    },
    ...provenance(),
  ],
};

export const observationSetsSheet: SheetSpec = {
  name: '观测数据集',
  file: 'observations*.json',
  purpose: '观测值数据集:公开数据必须注明来源;示例数据是模拟的,所有界面都会标明',
  columns: [
    { key: 'file', zh: '文件名', kind: code, width: 26, hint: 'observations.json、observations-2024.json …' },
    { key: 'dataset', zh: '数据集类型', kind: enumOf(datasetLabels), width: 10 },
    { key: 'label', zh: '名称', kind: text, width: 20 },
    { key: 'labelEn', zh: '英文名称', kind: text, width: 24 },
    { key: 'description', zh: '说明', kind: text, width: 60 },
  ],
};

export const observationsSheet: SheetSpec = {
  name: '观测值',
  file: 'observations*.json',
  purpose: '观测值,每行一条,按“数据集”归属',
  columns: [
    { key: 'set', zh: '数据集', kind: code, width: 24, hint: '“观测数据集”中的文件名' },
    { key: 'indicator', zh: '指标编号', kind: code, width: 10 },
    { key: 'period', zh: '期间', kind: { type: 'period' }, width: 10, hint: '2023、2023-Q3 或 2023-09' },
    { key: 'measure', zh: '口径', kind: enumOf(measureLabels), width: 12 },
    { key: 'value', zh: '数值', kind: number, width: 12 },
    { key: 'source', zh: '来源', kind: text, width: 24 },
    { key: 'note', zh: '备注', kind: text, width: 40 },
  ],
};

/** Tabular sheets in tab order, after 说明 and 规划信息. */
export const tabularSheets: readonly SheetSpec[] = [
  goalsSheet,
  developmentPartsSheet,
  categoriesSheet,
  extraUnitsSheet,
  outlineSheet,
  indicatorsSheet,
  indicatorProvenanceSheet,
  annualTargetsSheet,
  columnsSheet,
  programmesSheet,
  projectsSheet,
  unitsSheet,
  observationSetsSheet,
  observationsSheet,
];
