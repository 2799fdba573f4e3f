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

export interface Target {
  year: number;
  /** null when the target is a phrase only (按省市下达目标, 与经济增长基本同步). */
  value: number | null;
  comparator: Comparator;
  /** The target as written in the plan (">25", "5左右", "[1.275]"). */
  text: string;
}

/** What the core needs to know about one indicator. */
export interface IndicatorSpec {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  attribute: Attribute;
  direction: Direction;
  baseline: YearValue | null;
  target: Target | null;
  /** Five-year average annual growth in percent (14 for "14左右"), when the plan states one. */
  annualGrowth: number | null;
  /** Annual targets (年度目标), if set; otherwise derived from the five-year path. */
  annualTargets: YearValue[];
  /** For `relative` indicators: the code of the indicator it is tied to (e.g. GDP growth). */
  relatedTo: string | null;
}

export interface Observation {
  period: PeriodText;
  measure: Measure;
  value: number;
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
}

export const defaultEvaluationSettings: EvaluationSettings = {
  aheadRatio: 1.05,
  onTrackRatio: 0.95,
  approxBandRelative: 0.05,
  approxBandPoints: 0.5,
  relativeGapPoints: 1.0,
  atRiskShare: 0.9,
  ratioCap: 1.5,
};
