/**
 * What each kind's evaluator decides, before evaluate-indicator.ts adds the fields every result
 * shares (code, asOf, τ, stale flag) and checks that no number is NaN or infinite.
 */
import type { Bilingual, EvaluationFlag, IndicatorStatus, TrendJudgement } from './evaluation-result';
import type { EvaluationSettings, IndicatorSpec, PeriodText } from './model';
import type { DatedObservation } from './observations';
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
}

/** One indicator's inputs as its evaluator sees them. */
export interface EvaluationContext {
  spec: IndicatorSpec;
  /** Observations up to the evaluation date, oldest first. */
  observations: DatedObservation[];
  asOf: Period;
  /** The indicator's baseline year (the plan's base year when the plan gives none). */
  t0: number;
  /** The indicator's target year (the plan's target year when the plan gives none). */
  t1: number;
  settings: EvaluationSettings;
  percentUnit: boolean;
}

export function noTrend(
  explanation: Bilingual = { zh: '数据不足,无法推算', en: 'not enough data to project' },
): TrendJudgement {
  return { projection: null, requiredPace: null, verdict: null, explanation };
}

const empty = {
  ratio: null,
  actual: null,
  actualPeriod: null,
  expected: null,
  gapToTarget: null,
  flags: [],
} satisfies Partial<Judgement>;

/** 无法评估, with the reason as the explanation. */
export function notAssessable(reason: Bilingual, known: Partial<Judgement> = {}): Judgement {
  return {
    ...empty,
    trend: noTrend(),
    ...known,
    status: 'not_assessable',
    reason,
    explanation: { zh: `无法评估:${reason.zh}`, en: `Not assessable: ${reason.en}` },
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
  return { ...empty, trend: noTrend(), status: 'no_data', reason: null, explanation };
}

export function withFlags(j: Judgement, ...flags: EvaluationFlag[]): Judgement {
  const all = [...j.flags];
  for (const f of flags) if (!all.includes(f)) all.push(f);
  return { ...j, flags: all };
}
