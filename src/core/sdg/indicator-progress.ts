/**
 * Step 9 of the sdg method: an indicator with several series scores the mean of the series scores
 * (a group of series — disaggregations of one series — counts as the mean of its members).
 * target_achieved only if every scored series achieved its target; otherwise by score:
 * ≥ 2.5 substantial, ≥ 0 moderate, ≥ −2.5 limited, else deterioration.
 */
import type { SdgIndicatorResult, SdgSeriesResult, SdgStatus } from './sdg-types';

type Scored = { score: number; achieved: boolean };

export function sdgIndicator(
  items: readonly (SdgSeriesResult | readonly SdgSeriesResult[])[],
): SdgIndicatorResult {
  const scored: Scored[] = [];
  for (const item of items) {
    const s = isGroup(item) ? groupScore(item) : seriesScore(item);
    if (s !== null) scored.push(s);
  }
  if (scored.length === 0) return { score: null, status: 'not_available', targetAchieved: false, scored: 0 };
  const score = scored.reduce((sum, s) => sum + s.score, 0) / scored.length;
  const targetAchieved = scored.every((s) => s.achieved);
  return { score, status: statusFromScore(score, targetAchieved), targetAchieved, scored: scored.length };
}

export function statusFromScore(score: number | null, targetAchieved: boolean): SdgStatus {
  if (targetAchieved) return 'target_achieved';
  if (score === null) return 'not_available';
  if (score >= 2.5) return 'substantial_progress';
  if (score >= 0) return 'moderate_progress';
  if (score >= -2.5) return 'limited_progress';
  return 'deterioration';
}

function isGroup(item: SdgSeriesResult | readonly SdgSeriesResult[]): item is readonly SdgSeriesResult[] {
  return Array.isArray(item);
}

function seriesScore(r: SdgSeriesResult): Scored | null {
  return r.score === null ? null : { score: r.score, achieved: r.targetAchieved };
}

function groupScore(group: readonly SdgSeriesResult[]): Scored | null {
  const members = group.map(seriesScore).filter((s): s is Scored => s !== null);
  if (members.length === 0) return null;
  return {
    score: members.reduce((sum, s) => sum + s.score, 0) / members.length,
    achieved: members.every((s) => s.achieved),
  };
}
