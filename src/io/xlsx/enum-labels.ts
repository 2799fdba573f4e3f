/**
 * The Chinese words the plan workbook uses for coded values (预期性 for `expected`, 篇 for `part` …).
 * They are part of the file format, so they live here rather than in the UI catalogue: a relabelled
 * screen must not make last year's workbooks unreadable. The reader accepts the word or the code.
 */
export type EnumLabels = Readonly<Record<string, string>>;

export const attributeLabels: EnumLabels = { expected: '预期性', binding: '约束性' };
export const kindLabels: EnumLabels = {
  level_compound: '复合增长水平值',
  level_linear: '线性水平值',
  rate: '增速',
  cumulative: '累计值',
  threshold: '门槛值',
  relative: '相对指标',
  assigned: '上级下达',
};
export const directionLabels: EnumLabels = { increase: '越大越好', decrease: '越小越好' };
export const comparatorLabels: EnumLabels = { ge: '不低于', le: '不高于', approx: '左右', eq: '等于' };
export const indicatorSourceLabels: EnumLabels = { table1: '表1', 正文: '正文' };
export const outlineKindLabels: EnumLabels = { part: '篇', chapter: '章', section: '节', column: '专栏' };
export const unitKindLabels: EnumLabels = {
  office: '办公室',
  department: '部门',
  park: '园区',
  subdistrict: '街道',
  enterprise: '企业',
};
export const regionLevelLabels: EnumLabels = {
  zone: '开发区',
  county: '县(区)',
  city: '市',
  province: '省',
  nation: '国家',
};
export const basisLabels: EnumLabels = { table: '表格', prose: '正文', derived: '推算' };
export const measureLabels: EnumLabels = {
  level: '当期值',
  ytd: '累计值',
  yoy: '同比增速',
  ytd_yoy: '累计同比增速',
};
export const datasetLabels: EnumLabels = { published: '公开数据', demo: '示例数据' };

export function labelOf(labels: EnumLabels, code: string): string {
  return labels[code] ?? code;
}

/** The code for a label or a code (any case); null when the text is neither. */
export function codeOf(labels: EnumLabels, text: string): string | null {
  const wanted = text.trim();
  for (const [code, label] of Object.entries(labels)) {
    if (label === wanted || code === wanted || code.toLowerCase() === wanted.toLowerCase()) return code;
  }
  return null;
}

export const yes = '是';
export const no = '否';
