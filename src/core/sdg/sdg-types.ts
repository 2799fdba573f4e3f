/**
 * Types of the `sdg` methodology: the progress measure of Open SDG 2.4 / Statistics Canada
 * (evaluation.md §Second methodology).
 */
import type { Direction } from '../model';

export type SdgStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

export interface SdgThresholds {
  high: number;
  medium: number;
  low: number;
}

export interface SdgYearValue {
  year: number;
  value: number;
}

/** Why a series has no progress value (Open SDG logs these as warnings and reports not_available). */
export type SdgProblem =
  | 'no_data'
  | 'no_base_year'
  | 'duplicate_year'
  | 'base_after_current'
  | 'too_short'
  | 'opposite_signs'
  | 'target_year_not_after_base'
  | 'target_opposite_sign'
  | 'out_of_range';

export interface SdgSeriesInput {
  base: SdgYearValue;
  current: SdgYearValue;
  /** With a target: method 2 (quantitative); without: method 1 (qualitative). */
  target: SdgYearValue | null;
  /** increase: d = +1 ("higher is better"); decrease: d = −1. */
  direction: Direction;
  /** Natural limit L (method 1 only; ignored with a target). */
  limit: number | null;
  /** Overrides of the method's default thresholds. */
  thresholds?: Partial<SdgThresholds>;
}

export interface SdgSeriesResult {
  method: 1 | 2;
  /** The base and current points used (null when the data gave none). */
  base: SdgYearValue | null;
  current: SdgYearValue | null;
  /** s: −1 when the base value is negative, taken before the zero replacement. */
  sign: 1 | -1;
  /** C of the limit adjustment; 1 without a limit or with a target. */
  limitFactor: number;
  /** The thresholds applied, already multiplied by C. */
  thresholds: SdgThresholds;
  targetAchieved: boolean;
  progressValue: number | null;
  status: SdgStatus;
  /** Score in [−5, 5]; null without a progress value (unless the target is achieved). */
  score: number | null;
  problem: SdgProblem | null;
}

export interface SdgIndicatorResult {
  score: number | null;
  status: SdgStatus;
  targetAchieved: boolean;
  /** Series (or groups) that had a score and entered the mean. */
  scored: number;
}
