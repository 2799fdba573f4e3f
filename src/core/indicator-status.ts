/**
 * From a progress ratio r to a status (evaluation.md §Status), and the status names reports print.
 * Defaults: ahead r ≥ 1.05, on_track 0.95 ≤ r < 1.05, behind 0 ≤ r < 0.95, regressing r < 0.
 */
import type { BandPosition } from './approx-band';
import type { Bilingual, IndicatorStatus } from './evaluation-result';
import type { EvaluationSettings } from './model';

export type PaceStatus = 'ahead' | 'on_track' | 'behind' | 'regressing';

export function statusFromRatio(r: number, settings: EvaluationSettings): PaceStatus {
  if (r >= settings.aheadRatio) return 'ahead';
  if (r >= settings.onTrackRatio) return 'on_track';
  if (r >= 0) return 'behind';
  return 'regressing';
}

/**
 * A growth figure against a 左右 growth target (docs/methodology.md §3): the plan's own band decides —
 * within it on track, beyond it on the favourable side ahead, beyond it on the other side behind
 * (or regressing when r < 0), whatever the ratio says.
 */
export function statusFromBand(position: BandPosition, r: number): PaceStatus {
  if (position === 'within') return 'on_track';
  if (position === 'favourable') return 'ahead';
  return r < 0 ? 'regressing' : 'behind';
}

/** Order of merit among the judged statuses, for monotonicity checks and sorting; null when unjudged. */
export function statusRank(status: IndicatorStatus): number | null {
  switch (status) {
    case 'regressing':
      return 0;
    case 'behind':
      return 1;
    case 'on_track':
      return 2;
    case 'ahead':
      return 3;
    case 'achieved':
      return 4;
    default:
      return null;
  }
}

/** Every status, in the order reports list them. */
export const indicatorStatuses = [
  'achieved',
  'ahead',
  'on_track',
  'behind',
  'regressing',
  'no_data',
  'not_assessable',
] as const satisfies readonly IndicatorStatus[];

/**
 * The one catalogue of status names. The first four are the national categories of the mid-term
 * evaluations (提前实现 / 快于预期 / 基本符合预期 / 滞后); 逆向, 暂无数据 and 无法评估 are Lantu's own.
 * Reports, spreadsheets, the CLI and the web app all print these words.
 */
export const statusNames: Readonly<Record<IndicatorStatus, Bilingual>> = {
  achieved: { zh: '提前实现', en: 'achieved' },
  ahead: { zh: '快于预期', en: 'ahead of schedule' },
  on_track: { zh: '基本符合预期', en: 'on track' },
  behind: { zh: '滞后', en: 'behind schedule' },
  regressing: { zh: '逆向', en: 'moving away from the target' },
  no_data: { zh: '暂无数据', en: 'no data' },
  not_assessable: { zh: '无法评估', en: 'not assessable' },
};

/** 提前实现 before the target year, 已实现 from it on (a final evaluation's wording, methodology §4). */
export function achievedName(dataYear: number, targetYear: number): Bilingual {
  return dataYear < targetYear
    ? { zh: '提前实现', en: 'achieved ahead of time' }
    : { zh: '已实现', en: 'achieved' };
}
