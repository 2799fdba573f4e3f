/**
 * What the core returns for an indicator at an evaluation date (evaluation.md §Status, §Trend).
 * Every consumer — API, CLI, spreadsheets, reports — shows these fields and nothing it computed itself.
 */
import type { Attribute, IndicatorKind, PeriodText } from './model';

/** 提前实现 / 快于预期 / 基本符合预期 / 滞后 / 逆向 / 暂无数据 / 无法评估. */
export type IndicatorStatus =
  | 'achieved'
  | 'ahead'
  | 'on_track'
  | 'behind'
  | 'regressing'
  | 'no_data'
  | 'not_assessable';

/** 能否完成五年目标: likely 可以完成, at_risk 存在风险, unlikely 难以完成. */
export type TrendVerdict = 'likely' | 'at_risk' | 'unlikely';

/** Conditions a reader should know when reading a result. */
export type EvaluationFlag =
  /** No baseline in the plan: the earliest observation served as baseline. */
  | 'implicit_baseline'
  /** Judged on sub-annual data against the annual target at the time-elapsed pace. */
  | 'sub_annual'
  /** Only one data point: no ratio can be computed. */
  | 'single_point'
  /** The latest observation is older than the evaluation date's year. */
  | 'stale_data';

export interface Bilingual {
  zh: string;
  en: string;
}

/** Required pace for the remaining years: a growth rate in % per year, or an amount per year. */
export interface RequiredPace {
  value: number;
  /** percent_per_year: "需年均增长X%"; per_year: "(T−A)/(t1−d) per year" in the indicator's unit. */
  basis: 'percent_per_year' | 'per_year';
}

export interface TrendJudgement {
  /** Projected value at the target year, in the indicator's unit; null when it cannot be projected. */
  projection: number | null;
  requiredPace: RequiredPace | null;
  verdict: TrendVerdict | null;
  explanation: Bilingual;
}

export interface IndicatorEvaluation {
  code: string;
  kind: IndicatorKind;
  attribute: Attribute;
  /** The evaluation date as a period (2023, 2023-Q3, 2023-09). */
  asOf: PeriodText;
  /** 序时进度: elapsed share of the plan period at the evaluation date, 0..1 (clamped). */
  timeElapsed: number;
  status: IndicatorStatus;
  /** Progress ratio r; null when it cannot be computed (no data, one point, phrase target). */
  ratio: number | null;
  /** Latest value used (level, sum for cumulative, mean rate for rate); null without data. */
  actual: number | null;
  actualPeriod: PeriodText | null;
  /** Expected value E at the evaluation date on the five-year path. */
  expected: number | null;
  /** A − E, in the indicator's unit (positive = more than expected). */
  gapToExpected: number | null;
  /** T − A, in the indicator's unit. */
  gapToTarget: number | null;
  trend: TrendJudgement;
  flags: EvaluationFlag[];
  /** Why not assessable, when status is not_assessable. */
  reason: Bilingual | null;
  /** One line a reader can check by hand: "2023年实际128.6亿元,按年均14%序时应达123.2亿元,快于预期". */
  explanation: Bilingual;
}

export type WarningLevel = 'red' | 'yellow' | 'grey';

/** 预警 as data: listed, exported and counted, not only a colour. */
export interface Warning {
  type: 'indicator_lagging' | 'indicator_at_risk' | 'report_overdue';
  level: WarningLevel;
  /** The indicator code (or report id) the warning is about. */
  subject: string;
  reason: Bilingual;
  /** The period since which the condition holds (the evaluation date when unknown). */
  since: PeriodText;
}
