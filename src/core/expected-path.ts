/**
 * The five-year path from the baseline B (t0) to the target T (t1) and its expected value E at a
 * point d (evaluation.md §Kinds): compound E = B·(T/B)^τ, linear E = B + (T − B)·τ, τ clamped to
 * [0, 1] so that E stays at T after the target year.
 */
import { clamp, directionSign, finiteOrNull } from './finite';
import type { Direction } from './model';
import { elapsedShare } from './period';

export type PathShape = 'compound' | 'linear';

export interface LevelPath {
  shape: PathShape;
  t0: number;
  base: number;
  t1: number;
  target: number;
}

/** E at point d on the plan-year axis; null when the path is undefined (t1 ≤ t0, B ≤ 0 for compound). */
export function pathValue(path: LevelPath, d: number): number | null {
  const tau = elapsedShare(d, path.t0, path.t1);
  if (tau === null) return null;
  const t = clamp(tau, 0, 1);
  if (path.shape === 'compound') {
    if (!(path.base > 0 && path.target > 0)) return null;
    return finiteOrNull(path.base * (path.target / path.base) ** t);
  }
  return finiteOrNull(path.base + (path.target - path.base) * t);
}

/** The compound path's annual growth (T/B)^(1/(t1 − t0)) − 1, in percent. */
export function pathAnnualGrowth(path: LevelPath): number | null {
  if (!(path.t1 > path.t0 && path.base > 0 && path.target > 0)) return null;
  return finiteOrNull(((path.target / path.base) ** (1 / (path.t1 - path.t0)) - 1) * 100);
}

/** T = B·(1 + g/100)^(t1 − t0), for a compound indicator whose plan gives B and g but no T. */
export function targetFromGrowth(base: number, growthPercent: number, t0: number, t1: number): number | null {
  if (!(t1 > t0) || !(1 + growthPercent / 100 > 0)) return null;
  return finiteOrNull(base * (1 + growthPercent / 100) ** (t1 - t0));
}

/**
 * Why a path cannot carry a progress ratio:
 * - `degenerate`: t1 ≤ t0, or B ≤ 0 / T ≤ 0 for a compound path (ln undefined);
 * - `flat`: T = B, no planned change;
 * - `against_direction`: T − B points against the indicator's direction.
 * A flat or contrary linear path is a limit to keep (保持/控制类, docs/methodology.md §4), a compound
 * one is contradictory input.
 */
export type PathProblem = 'degenerate' | 'flat' | 'against_direction';

export function pathProblem(path: LevelPath, direction: Direction): PathProblem | null {
  if (!(path.t1 > path.t0)) return 'degenerate';
  if (path.shape === 'compound' && !(path.base > 0 && path.target > 0)) return 'degenerate';
  if (path.target === path.base) return 'flat';
  if (directionSign(direction) * (path.target - path.base) < 0) return 'against_direction';
  return null;
}
