/**
 * One series' progress by the Open SDG 2.4 method (evaluation.md §Second methodology, steps 2–8).
 * Follows the Open SDG build (sdg-build ProgressMeasure) where the text is terse: the method 2
 * score switches formula at the medium threshold (0.6 by default), and method 1 compares against
 * thresholds already multiplied by C. Two additions keep every number finite: a target year not after
 * the base year, or a target of the other sign than the base, gives no progress value.
 */
import { directionSign, finiteOrNull } from '../finite';
import type { SdgProblem, SdgSeriesInput, SdgSeriesResult, SdgStatus, SdgThresholds } from './sdg-types';
import { limitFactor, thresholdsFor } from './thresholds';

/** Replacement of a zero base or target (step 4): the growth formulas divide by the base. */
export const zeroReplacement = 0.001;

/** CAGR(a, b, t1, t0) = (a/b)^(1/(t1 − t0)) − 1. */
export function cagr(a: number, b: number, t1: number, t0: number): number {
  return (a / b) ** (1 / (t1 - t0)) - 1;
}

export function sdgSeriesProgress(input: SdgSeriesInput): SdgSeriesResult {
  const method: 1 | 2 = input.target === null ? 1 : 2;
  const d = directionSign(input.direction);
  const sign: 1 | -1 = input.base.value < 0 ? -1 : 1;
  const factor = method === 1 && input.limit !== null ? limitFactor(input.base.value, input.limit) : 1;
  const thresholds = thresholdsFor(method, input.thresholds, factor);
  const y0 = input.base.value === 0 ? zeroReplacement : input.base.value;
  const yi = input.current.value;
  const target =
    input.target === null
      ? null
      : { year: input.target.year, value: input.target.value === 0 ? zeroReplacement : input.target.value };

  const targetAchieved =
    target !== null &&
    ((d === -1 && yi <= target.value) || (d === 1 && yi >= target.value) || target.value === y0);

  const { pv, problem } = progressValue(method, sign, d, y0, input, target);
  const status = statusOf(pv, thresholds, targetAchieved);
  return {
    method,
    base: input.base,
    current: input.current,
    sign,
    limitFactor: factor,
    thresholds,
    targetAchieved,
    progressValue: pv,
    status,
    score: scoreOf(method, pv, thresholds, factor, targetAchieved),
    problem: targetAchieved ? null : problem,
  };
}

function progressValue(
  method: 1 | 2,
  sign: 1 | -1,
  d: 1 | -1,
  y0: number,
  input: SdgSeriesInput,
  target: { year: number; value: number } | null,
): { pv: number | null; problem: SdgProblem | null } {
  const { year: t0 } = input.base;
  const { year: ti, value: yi } = input.current;
  if ((y0 > 0 && yi < 0) || (y0 < 0 && yi > 0)) return { pv: null, problem: 'opposite_signs' };
  if (t0 > ti) return { pv: null, problem: 'base_after_current' };
  if (ti - t0 < 1) return { pv: null, problem: 'too_short' };
  const observed = cagr(yi, y0, ti, t0);
  let pv: number;
  if (method === 1 || target === null) {
    pv = sign * d * observed;
  } else {
    if (!(target.year > t0)) return { pv: null, problem: 'target_year_not_after_base' };
    if (target.value / y0 < 0) return { pv: null, problem: 'target_opposite_sign' };
    pv = (sign * d * observed) / Math.abs(cagr(target.value, y0, target.year, t0));
  }
  const finite = finiteOrNull(pv);
  return finite === null ? { pv: null, problem: 'out_of_range' } : { pv: finite, problem: null };
}

/** Step 7. */
export function statusOf(pv: number | null, t: SdgThresholds, targetAchieved: boolean): SdgStatus {
  if (targetAchieved) return 'target_achieved';
  if (pv === null) return 'not_available';
  if (pv >= t.high) return 'substantial_progress';
  if (pv >= t.medium) return 'moderate_progress';
  if (pv >= t.low) return 'limited_progress';
  return 'deterioration';
}

/** Step 8, clamped to [−5, 5] so that user thresholds cannot push a score out of the scale. */
function scoreOf(
  method: 1 | 2,
  pv: number | null,
  t: SdgThresholds,
  factor: number,
  targetAchieved: boolean,
): number | null {
  if (targetAchieved) return 5;
  if (pv === null) return null;
  let score: number;
  if (method === 2) {
    score = pv >= t.medium ? Math.min(7.1429 * pv - 4.2857, 5) : Math.max(4.1667 * pv - 2.5, -5);
  } else if (pv < t.low) {
    score = Math.max(125 * pv - 2.5, -5);
  } else if (factor === 0) {
    // The base sits on the limit and does not move away from it: the limit is kept.
    score = 5;
  } else if (pv >= t.high) {
    score = Math.min((500 * pv) / factor - 5, 5);
  } else if (pv >= t.medium) {
    score = (250 * pv) / factor - 1.25;
  } else {
    score = (500 * pv) / factor - 2.5;
  }
  const finite = finiteOrNull(score);
  return finite === null ? null : Math.min(5, Math.max(-5, finite));
}
