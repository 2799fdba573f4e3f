/**
 * Indicator specs modelled on the Hebi ETDZ 14th plan's table 1, for tests only. Plan period
 * 2020 → 2025. Values match the plan; comparators vary where a test needs another one.
 */
import type { EvaluateIndicatorInput } from '../evaluate-indicator';
import { defaultEvaluationSettings, type IndicatorSpec, type Observation } from '../model';

function spec(
  partial: Partial<IndicatorSpec> & Pick<IndicatorSpec, 'code' | 'name' | 'unit' | 'kind'>,
): IndicatorSpec {
  return {
    attribute: 'expected',
    direction: 'increase',
    baseline: null,
    target: null,
    annualGrowth: null,
    annualTargets: [],
    relatedTo: null,
    ...partial,
  };
}

/** 地区生产总值 83.14 → 160 亿元, 年均14左右. */
export const gdp = spec({
  code: 'T01',
  name: '地区生产总值',
  unit: '亿元',
  kind: 'level_compound',
  baseline: { year: 2020, value: 83.14 },
  target: { year: 2025, value: 160, comparator: 'approx', text: '160' },
  annualGrowth: 14,
});

/** 一般公共预算收入 4.5 → 7 亿元, 年增10%. */
export const revenue = spec({
  code: 'T04',
  name: '一般公共预算收入',
  unit: '亿元',
  kind: 'level_compound',
  baseline: { year: 2020, value: 4.5 },
  target: { year: 2025, value: 7, comparator: 'ge', text: '7' },
  annualGrowth: 10,
});

/** 城市绿地率 29.6 → 37 %. */
export const greenRatio = spec({
  code: 'T25',
  name: '城市绿地率',
  unit: '%',
  kind: 'level_linear',
  attribute: 'binding',
  baseline: { year: 2020, value: 29.6 },
  target: { year: 2025, value: 37, comparator: 'ge', text: '37' },
});

/** 每万人发明专利拥有量 17.1 → >20 件. */
export const patents = spec({
  code: 'T12',
  name: '每万人发明专利拥有量',
  unit: '件',
  kind: 'level_linear',
  baseline: { year: 2020, value: 17.1 },
  target: { year: 2025, value: 20, comparator: 'ge', text: '>20' },
});

/** 高新技术企业数 32 → >60 家. */
export const highTech = spec({
  code: 'T15',
  name: '高新技术企业数',
  unit: '家',
  kind: 'level_linear',
  baseline: { year: 2020, value: 32 },
  target: { year: 2025, value: 60, comparator: 'ge', text: '>60' },
});

/** 城镇新增就业人数 [1.275] 万人, a five-year total. */
export const newJobs = spec({
  code: 'T19',
  name: '城镇新增就业人数',
  unit: '万人',
  kind: 'cumulative',
  attribute: 'binding',
  baseline: { year: 2020, value: 1.24 },
  target: { year: 2025, value: 1.275, comparator: 'ge', text: '[1.275]' },
});

/** 城镇调查失业率 5左右 %, decreasing, no baseline in the plan. */
export const unemployment = spec({
  code: 'T20',
  name: '城镇调查失业率',
  unit: '%',
  kind: 'threshold',
  direction: 'decrease',
  target: { year: 2025, value: 5, comparator: 'approx', text: '5左右' },
});

/** 主导产业增加值增速 15 %. */
export const leadingIndustryGrowth = spec({
  code: 'T02',
  name: '主导产业增加值增速',
  unit: '%',
  kind: 'rate',
  target: { year: 2025, value: 15, comparator: 'ge', text: '15' },
});

/** 战略性新兴产业增加值规上工业占比 >25 %, no baseline. */
export const emergingShare = spec({
  code: 'T03',
  name: '战略性新兴产业增加值规上工业占比',
  unit: '%',
  kind: 'threshold',
  target: { year: 2025, value: 25, comparator: 'ge', text: '>25' },
});

/** 居民人均可支配收入增长 与经济增长基本同步, tied to GDP. */
export const incomeGrowth = spec({
  code: 'T22',
  name: '居民人均可支配收入增长',
  unit: '%',
  kind: 'relative',
  target: { year: 2025, value: null, comparator: 'approx', text: '与经济增长基本同步' },
  relatedTo: 'T01',
});

/** 万元工业增加值能耗降低率 按省市下达目标, binding. */
export const energyIntensityCut = spec({
  code: 'T23a',
  name: '万元工业增加值能耗降低率',
  unit: '%',
  kind: 'assigned',
  attribute: 'binding',
  target: { year: 2025, value: null, comparator: 'ge', text: '按省市下达目标' },
});

/** 主要固定污染源排放强度 低于全市平均水平: a phrase only. */
export const emissionIntensity = spec({
  code: 'T24',
  name: '主要固定污染源大气和水污染排放强度',
  unit: '指数',
  kind: 'threshold',
  direction: 'decrease',
  target: { year: 2025, value: null, comparator: 'le', text: '低于全市平均水平' },
});

/** A Hebi-plan evaluation input: plan years 2020 → 2025 and default settings. */
export function input(
  s: IndicatorSpec,
  observations: readonly Observation[],
  asOf: string,
  extra: Partial<EvaluateIndicatorInput> = {},
): EvaluateIndicatorInput {
  return {
    spec: s,
    observations,
    asOf,
    baseYear: 2020,
    targetYear: 2025,
    settings: defaultEvaluationSettings,
    ...extra,
  };
}

/** Annual level observations from a {year: value} record. */
export function levels(values: Record<number, number>): Observation[] {
  return Object.entries(values).map(([year, value]) => ({ period: year, measure: 'level', value }));
}
