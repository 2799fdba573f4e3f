/**
 * Category and plan roll-ups (evaluation.md §Roll-ups): counts by status and attribute, the mean
 * progress ratio — weighted, each r capped to [−ratioCap, ratioCap] so one runaway indicator cannot
 * hide others — and the headline sentence of Chinese evaluation reports.
 */
import type { Bilingual, IndicatorEvaluation, IndicatorStatus } from './evaluation-result';
import { clamp } from './finite';
import type { Attribute, EvaluationSettings } from './model';

export type StatusCounts = Record<IndicatorStatus, number>;

export interface Rollup {
  total: number;
  byStatus: StatusCounts;
  byAttribute: Record<Attribute, StatusCounts>;
  /** The four groups reports print: 提前实现或快于预期 / 基本符合预期 / 滞后 (incl. 逆向) / 暂无数据或无法评估. */
  groups: { aheadOrAchieved: number; onTrack: number; lagging: number; unassessed: number };
  /** Weighted mean of the capped ratios of the results that have one; null when none has. */
  meanRatio: number | null;
  /** How many results entered the mean. */
  ratioCount: number;
  /** "主要指标中X项提前实现或快于预期、Y项基本符合预期、Z项滞后". */
  headline: Bilingual;
}

/** Weight per indicator code; missing codes weigh 1, negative or non-finite weights are ignored (0). */
export type IndicatorWeights = ReadonlyMap<string, number>;

/** Every status at 0, in the order reports list them. */
function emptyCounts(): StatusCounts {
  return { achieved: 0, ahead: 0, on_track: 0, behind: 0, regressing: 0, no_data: 0, not_assessable: 0 };
}

export function rollup(
  results: readonly IndicatorEvaluation[],
  settings: EvaluationSettings,
  weights?: IndicatorWeights,
): Rollup {
  const byStatus = emptyCounts();
  const byAttribute: Record<Attribute, StatusCounts> = { expected: emptyCounts(), binding: emptyCounts() };
  let weighted = 0;
  let weightSum = 0;
  let ratioCount = 0;
  for (const r of results) {
    byStatus[r.status] += 1;
    byAttribute[r.attribute][r.status] += 1;
    if (r.ratio === null) continue;
    const w = validWeight(weights?.get(r.code));
    if (w === 0) continue;
    weighted += w * clamp(r.ratio, -settings.ratioCap, settings.ratioCap);
    weightSum += w;
    ratioCount += 1;
  }
  const groups = {
    aheadOrAchieved: byStatus.achieved + byStatus.ahead,
    onTrack: byStatus.on_track,
    lagging: byStatus.behind + byStatus.regressing,
    unassessed: byStatus.no_data + byStatus.not_assessable,
  };
  const mean = weightSum > 0 ? weighted / weightSum : null;
  return {
    total: results.length,
    byStatus,
    byAttribute,
    groups,
    meanRatio: mean !== null && Number.isFinite(mean) ? mean : null,
    ratioCount,
    headline: headline(groups),
  };
}

/** One roll-up per category, in the order categories first appear. */
export function rollupByCategory(
  results: readonly IndicatorEvaluation[],
  categoryOf: ReadonlyMap<string, string>,
  settings: EvaluationSettings,
  weights?: IndicatorWeights,
): Record<string, Rollup> {
  const grouped = new Map<string, IndicatorEvaluation[]>();
  for (const r of results) {
    const category = categoryOf.get(r.code) ?? '';
    const list = grouped.get(category) ?? [];
    list.push(r);
    grouped.set(category, list);
  }
  const out: Record<string, Rollup> = {};
  for (const [category, list] of grouped) out[category] = rollup(list, settings, weights);
  return out;
}

function validWeight(w: number | undefined): number {
  if (w === undefined) return 1;
  return Number.isFinite(w) && w > 0 ? w : 0;
}

function headline(g: Rollup['groups']): Bilingual {
  const rest = g.unassessed > 0;
  return {
    zh: `主要指标中${g.aheadOrAchieved}项提前实现或快于预期、${g.onTrack}项基本符合预期、${g.lagging}项滞后${rest ? `、${g.unassessed}项暂无数据或无法评估` : ''}`,
    en: `Of the main indicators, ${g.aheadOrAchieved} achieved or ahead of schedule, ${g.onTrack} on track, ${g.lagging} behind${rest ? `, ${g.unassessed} without data or not assessable` : ''}`,
  };
}
