/**
 * Small numeric guards. No NaN or ±Infinity may leave the core (evaluation.md): every number a
 * result carries passes through finiteOrNull.
 */
import type { Direction } from './model';

export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** +1 when a larger value is progress, −1 when a smaller one is (unemployment, energy intensity). */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'decrease' ? -1 : 1;
}
