/**
 * The plan model as the evaluation core sees it. Pure data, no I/O.
 * Names follow the glossary in docs/methodology.md (规划纲要 → plan, 主要指标 → indicator, …).
 */

/** 以上/突破/超过/不低于 → ge; 以下/控制在/不高于 → le; 左右 → approx; exact → eq. */
export type Comparator = 'ge' | 'le' | 'approx' | 'eq';

/** Whether a larger value is progress (increase) or a smaller one (decrease: unemployment, energy intensity). */
export type Direction = 'increase' | 'decrease';

/** The kinds of indicator of evaluation.md, each with its own expected path and progress ratio. */
export type IndicatorKind =
  | 'level_compound'
  | 'level_linear'
  | 'rate'
  | 'cumulative'
  | 'threshold'
  | 'relative'
  | 'assigned';

/** 预期性 → expected; 约束性 → binding. */
export type Attribute = 'expected' | 'binding';

/** level 当期/期末值; ytd 1–N月累计值; yoy 同比增速 %; ytd_yoy 累计同比增速 %. */
export type Measure = 'level' | 'ytd' | 'yoy' | 'ytd_yoy';

/** A year (`2023`), a quarter (`2023-Q3`) or a month (`2023-09`), as written in observations. */
export type PeriodText = string;

export interface YearValue {
  year: number;
  value: number;
}

/**
 * 年度目标: a year's own target. A growth target set each year (GDP 2021 "6%以上", 2022 "5.5%左右")
 * carries its own comparator and text; without one the five-year target's comparator applies.
 */
export interface AnnualTarget extends YearValue {
  comparator?: Comparator;
  text?: string;
}

/**
 * How a relational target ties the indicator to its related series: 高于 (above), 与…基本同步
 * (in_step), 不低于 (not_below). Judged by the gap in percentage points (docs/methodology.md §4).
 */
export type Relation = 'above' | 'in_step' | 'not_below';

/**
 * reach: a level to be reached (the default); hold: a line to keep every year (保持在…以上,
 * 控制在…以内); yearly: growth targets set year by year (各年度视情提出); chained: yearly reductions
 * compounding to a five-year total 〔13.5〕, 1 − Π(1 − dᵢ).
 */
export type TargetForm = 'reach' | 'hold' | 'yearly' | 'chained';

/** The aspirational part of a composite target (">7、力争投入强度高于'十三五'时期实际"). */
export interface Aspiration {
  /** null when the aspiration is a phrase (it is shown, not judged). */
  value: number | null;
  comparator: Comparator;
  text: string;
}

/** 口径调整: from `year` on, data are on a new basis; the baseline restated on it. */
export interface BasisChange {
  year: number;
  restatedBaseline: number;
  /** What changed: 第七次全国人口普查, 第三次全国国土调查, 能源统计核算方法调整 … */
  note: string;
}

export interface Target {
  year: number;
  /** null when the target is a phrase only (按省市下达目标, 与经济增长基本同步). */
  value: number | null;
  comparator: Comparator;
  /** The target as written in the plan (">25", "5左右", "[1.275]"). */
  text: string;
  /** An increment of the baseline (人均预期寿命提高〔1〕岁): T = B + increment when value is null. */
  increment?: number | null;
  form?: TargetForm;
  /** Relative indicators: the relation the plan states; in_step when absent. */
  relation?: Relation;
  /** Composite targets: the aspirational part, judged and shown, the status still from the binding part. */
  aspiration?: Aspiration | null;
}

/** The plan's baseline; `abnormal` is the plan's own note when it calls the base year abnormal. */
export interface Baseline extends YearValue {
  abnormal?: string | null;
}

/** What the core needs to know about one indicator. */
export interface IndicatorSpec {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  attribute: Attribute;
  direction: Direction;
  baseline: Baseline | null;
  target: Target | null;
  /** Five-year average annual growth in percent (14 for "14左右"), when the plan states one. */
  annualGrowth: number | null;
  /** Annual targets (年度目标), if set; otherwise derived from the five-year path. */
  annualTargets: AnnualTarget[];
  /** For `relative` indicators: the code of the indicator it is tied to (e.g. GDP growth). */
  relatedTo: string | null;
  /** 口径调整 recorded on the series, oldest first. */
  basisChanges?: readonly BasisChange[];
}

export interface Observation {
  period: PeriodText;
  measure: Measure;
  value: number;
  /** Publication date (YYYY-MM-DD); evaluations with dataAsOf use only what was published by then. */
  published?: string;
  /** 初步核算, 最终核实 …: shown with the figure. */
  vintage?: string;
  /**
   * since_base: an officially published cumulative figure from the base year to this period
   * ("累计下降17.7%"); it overrides the chained yearly figures up to its period.
   */
  span?: 'since_base';
  /** Where a published figure comes from (统计公报, 中期评估报告 …), named when it overrides others. */
  source?: string;
}

/** Thresholds and bands; every field has a documented default in docs/methodology.md. */
export interface EvaluationSettings {
  /** r ≥ aheadRatio → 快于预期. */
  aheadRatio: number;
  /** onTrackRatio ≤ r < aheadRatio → 基本符合预期. */
  onTrackRatio: number;
  /** Band of an `approx` (左右) target, relative to the target, for values not in %. */
  approxBandRelative: number;
  /** Band of an `approx` target in percentage points, for values in %. */
  approxBandPoints: number;
  /** `relative` indicators: on track when the gap to the related growth is at most this (pp). */
  relativeGapPoints: number;
  /** Trend verdict `at_risk` when the projection reaches at least this share of the planned change. */
  atRiskShare: number;
  /** Roll-ups cap each ratio so one runaway indicator cannot hide others. */
  ratioCap: number;
  /** A ≥/≤ target the baseline already meets is a line to hold (保持/控制类), not a level to reach. */
  holdWhenBaselineMeets: boolean;
  /** A line to hold is behind when any year of the period breached it (any_year) or only the latest. */
  holdBreach: 'any_year' | 'latest_year';
  /** From the target year on the verdict is 已实现/未实现: a miss is never on track. */
  targetYearVerdict: boolean;
}

export const defaultEvaluationSettings: EvaluationSettings = {
  aheadRatio: 1.05,
  onTrackRatio: 0.95,
  approxBandRelative: 0.05,
  approxBandPoints: 0.5,
  relativeGapPoints: 1.0,
  atRiskShare: 0.9,
  ratioCap: 1.5,
  holdWhenBaselineMeets: true,
  holdBreach: 'any_year',
  targetYearVerdict: true,
};
