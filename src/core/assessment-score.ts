/**
 * Unit assessment (考核, evaluation.md §Roll-ups and scores): a score per indicator from its status,
 * then a weighted sum over the indicators a unit owns with weights per indicator category set by the
 * plan office (the plan asks to weaken growth speed and strengthen structure, innovation,
 * livelihood, resources and environment). Rules in docs/methodology.md §8.
 */
import type { IndicatorEvaluation } from './evaluation-result';
import { clamp } from './finite';

/** Points per status: the full 100 for 提前实现/快于预期, 90 on track, 60·r behind, 0 regressing. */
export const statusPoints = {
  achieved: 100,
  ahead: 100,
  on_track: 90,
  /** Multiplied by r clamped to [0, 1]; a behind indicator without a ratio (a breached limit) earns 0. */
  behindMax: 60,
  regressing: 0,
} as const;

/** An indicator's score 0–100; null (left out of the assessment) without data or when not assessable. */
export function indicatorScore(result: Pick<IndicatorEvaluation, 'status' | 'ratio'>): number | null {
  switch (result.status) {
    case 'achieved':
      return statusPoints.achieved;
    case 'ahead':
      return statusPoints.ahead;
    case 'on_track':
      return statusPoints.on_track;
    case 'behind':
      return statusPoints.behindMax * clamp(result.ratio ?? 0, 0, 1);
    case 'regressing':
      return statusPoints.regressing;
    case 'no_data':
    case 'not_assessable':
      return null;
  }
}

export interface AssessmentItem {
  code: string;
  category: string;
  status: IndicatorEvaluation['status'];
  ratio: number | null;
}

export interface CategoryScore {
  category: string;
  /** The category's weight (its points out of the total the plan office allots). */
  weight: number;
  items: number;
  /** Items with a score; the others have no data or are not assessable. */
  scored: number;
  /** Mean item score 0–100; null when no item is scored. */
  score: number | null;
}

export interface UnitAssessment {
  unit: string;
  /** Σ weight·score/100 over categories with a score: the points the unit earned. */
  points: number;
  /** Σ weight over the same categories: the points it could earn. */
  available: number;
  /** 100·points/available; null when nothing could be scored. */
  score: number | null;
  byCategory: CategoryScore[];
  /** Codes left out: no data or not assessable. */
  excluded: string[];
}

/**
 * Scores a unit. Categories without a weight weigh `defaultWeight` (1); a category whose items are
 * all unscored drops out of both points and available, so missing data neither rewards nor punishes.
 */
export function assessUnit(input: {
  unit: string;
  items: readonly AssessmentItem[];
  categoryWeights: ReadonlyMap<string, number>;
  defaultWeight?: number;
}): UnitAssessment {
  const byCategory = new Map<string, { total: number; items: number; scored: number }>();
  const excluded: string[] = [];
  for (const item of input.items) {
    const entry = byCategory.get(item.category) ?? { total: 0, items: 0, scored: 0 };
    entry.items += 1;
    const s = indicatorScore(item);
    if (s === null) excluded.push(item.code);
    else {
      entry.total += s;
      entry.scored += 1;
    }
    byCategory.set(item.category, entry);
  }
  let points = 0;
  let available = 0;
  const categories: CategoryScore[] = [];
  for (const [category, e] of byCategory) {
    const raw = input.categoryWeights.get(category) ?? input.defaultWeight ?? 1;
    const weight = Number.isFinite(raw) && raw > 0 ? raw : 0;
    const score = e.scored > 0 ? e.total / e.scored : null;
    categories.push({ category, weight, items: e.items, scored: e.scored, score });
    if (score === null || weight === 0) continue;
    points += (weight * score) / 100;
    available += weight;
  }
  return {
    unit: input.unit,
    points,
    available,
    score: available > 0 ? (100 * points) / available : null,
    byCategory: categories,
    excluded,
  };
}
