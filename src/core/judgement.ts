/**
 * What each kind's evaluator decides, before evaluate-indicator.ts adds the fields every result
 * shares (code, asOf, τ, stale flag) and checks that no number is NaN or infinite.
 */
import type {
  Bilingual,
  EvaluationFlag,
  IndicatorStatus,
  TrendJudgement,
  YearCheck,
} from './evaluation-result';
import type { EvaluationSettings, IndicatorSpec, Observation, PeriodText } from './model';
import type { ObservationSelection } from './observation-selection';
import type { Period } from './period';
import { periodName } from './period';

export interface Judgement {
  status: IndicatorStatus;
  ratio: number | null;
  actual: number | null;
  actualPeriod: PeriodText | null;
  expected: number | null;
  gapToTarget: number | null;
  flags: EvaluationFlag[];
  reason: Bilingual | null;
  explanation: Bilingual;
  trend: TrendJudgement;
  /** Year-by-year targets and lines to hold: each year checked; absent otherwise. */
  years?: YearCheck[];
  /** Years a line to hold was breached. */
  breaches?: number[];
  notes?: Bilingual[];
}

/** One indicator's inputs as its evaluator sees them. */
export interface EvaluationContext {
  spec: IndicatorSpec;
  /** The indicator's observations as given (a relative indicator reads them all). */
  observations: readonly Observation[];
  /** What the kind reads of them at the evaluation date, picked in one pass. */
  selection: ObservationSelection;
  asOf: Period;
  /** The indicator's baseline year (the plan's base year when the plan gives none). */
  t0: number;
  /** The indicator's target year (the plan's target year when the plan gives none). */
  t1: number;
  settings: EvaluationSettings;
  percentUnit: boolean;
  /** Officially published cumulative figures since the base year (span since_base), up to the evaluation date. */
  sinceBase: readonly Observation[];
}

export function noTrend(
  explanation: Bilingual = { zh: '数据不足,无法推算', en: 'not enough data to project' },
): TrendJudgement {
  return { projection: null, requiredPace: null, verdict: null, explanation };
}

/** What an evaluator knows of the figure it judges before deciding the status. */
export type Known = Pick<Judgement, 'actual' | 'actualPeriod' | 'gapToTarget' | 'flags' | 'trend'>;

/** A judged result: the known figure with its status, ratio, expected value and explanation. */
export function judged(
  known: Known,
  status: IndicatorStatus,
  ratio: number | null,
  expected: number | null,
  explanation: Bilingual,
): Judgement {
  return {
    status,
    ratio,
    actual: known.actual,
    actualPeriod: known.actualPeriod,
    expected,
    gapToTarget: known.gapToTarget,
    flags: known.flags,
    reason: null,
    explanation,
    trend: known.trend,
  };
}

/**
 * 无法评估, with the reason as the explanation. Built field by field rather than by spreading
 * `known`: object spreads were a measurable share of evaluating a plan (bench `evaluate`).
 */
export function notAssessable(reason: Bilingual, known: Partial<Judgement> = {}): Judgement {
  return {
    status: 'not_assessable',
    ratio: known.ratio ?? null,
    actual: known.actual ?? null,
    actualPeriod: known.actualPeriod ?? null,
    expected: known.expected ?? null,
    gapToTarget: known.gapToTarget ?? null,
    flags: known.flags ?? [],
    reason,
    explanation: { zh: `无法评估:${reason.zh}`, en: `Not assessable: ${reason.en}` },
    trend: known.trend ?? noTrend(),
  };
}

/** 暂无数据 up to the evaluation date (or within the plan period when `since` is given). */
export function noData(asOf: Period, since: number | null = null): Judgement {
  const when = periodName(asOf);
  const explanation =
    since === null
      ? { zh: `截至${when.zh}暂无数据`, en: `No data up to ${when.en}` }
      : {
          zh: `截至${when.zh},规划期(${since + 1}年起)内暂无数据`,
          en: `No data within the plan period (from ${since + 1}) up to ${when.en}`,
        };
  return {
    status: 'no_data',
    ratio: null,
    actual: null,
    actualPeriod: null,
    expected: null,
    gapToTarget: null,
    flags: [],
    reason: null,
    explanation,
    trend: noTrend(),
  };
}

export function withFlags(j: Judgement, ...flags: EvaluationFlag[]): Judgement {
  const all = [...j.flags];
  for (const f of flags) if (!all.includes(f)) all.push(f);
  return { ...j, flags: all };
}
