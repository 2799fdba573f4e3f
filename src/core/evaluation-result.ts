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
  | 'stale_data'
  /** The plan calls its base year abnormal (受新冠肺炎疫情等因素影响,明显高于正常年份). */
  | 'abnormal_baseline'
  /** A change of statistical basis: the baseline was restated on the new basis. */
  | 'restated_baseline'
  /** An officially published cumulative figure replaced the chained yearly figures. */
  | 'official_cumulative'
  /** A line to hold was breached in at least one year. */
  | 'line_breached'
  /** The figure judged is a preliminary vintage (初步核算). */
  | 'preliminary_data';

/**
 * The national four categories of a mid-term evaluation (提前实现 / 快于预期 / 基本符合预期 / 滞后预期;
 * 逆向 folds into 滞后预期), and from the target year on the verdict 已实现 / 未实现.
 */
export type OfficialCategory = 'achieved_early' | 'ahead' | 'on_track' | 'behind' | 'met' | 'missed';

/** One year of a year-by-year target or of a line to hold. */
export interface YearCheck {
  year: number;
  actual: number;
  target: number;
  targetText: string;
  met: boolean;
}

/** The target-year verdict: met or missed, with actual ÷ target (target ÷ actual when decreasing). */
export interface FinalVerdict {
  met: boolean;
  completion: number | null;
}

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
  /** The status on the official scale; null when not judged (no data, not assessable). */
  officialCategory: OfficialCategory | null;
  /** From the target year on: 已实现 / 未实现. */
  finalVerdict: FinalVerdict | null;
  /** Each year against its own target (year-by-year targets, lines to hold); empty otherwise. */
  years: YearCheck[];
  /** Years a line to hold was breached. */
  breaches: number[];
  /** The aspirational part of a composite target, judged on its own. */
  aspiration: { met: boolean | null; explanation: Bilingual } | null;
  /** Words for adjusted, restated or abnormal cases (口径调整, 基数异常, 官方累计数, 初步核算). */
  notes: Bilingual[];
  /** The publication cut-off used (YYYY-MM-DD), null when every observation counted. */
  dataAsOf: string | null;
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
