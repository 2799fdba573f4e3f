/**
 * Meeting a target under its comparator (evaluation.md §Inputs), with 左右 targets as a band
 * (docs/methodology.md §3): ±approxBandRelative of the target, or ±approxBandPoints when the value is
 * in %. With a known direction a value beyond the band on the favourable side also meets it
 * ("5左右" unemployment at 4.2 is met; "14左右" growth at 16 is met).
 */
import { directionSign } from './finite';
import type { Comparator, Direction, EvaluationSettings } from './model';

export function approxBand(target: number, percent: boolean, settings: EvaluationSettings): number {
  return percent ? settings.approxBandPoints : Math.abs(target) * settings.approxBandRelative;
}

/** Where a value lies against a target on the favourable axis. */
export type BandPosition = 'favourable' | 'within' | 'unfavourable';

export function bandPosition(
  value: number,
  target: number,
  direction: Direction,
  band: number,
): BandPosition {
  const ahead = directionSign(direction) * (value - target);
  if (ahead > band) return 'favourable';
  if (ahead < -band) return 'unfavourable';
  return 'within';
}

/**
 * ge/le compare as written; eq (达到) is met once the value reaches the target in the indicator's
 * direction; approx is met within the band or beyond it on the favourable side.
 */
export function meetsTarget(
  value: number,
  target: number,
  comparator: Comparator,
  direction: Direction,
  band: number,
): boolean {
  switch (comparator) {
    case 'ge':
      return value >= target;
    case 'le':
      return value <= target;
    case 'eq':
      return directionSign(direction) * (value - target) >= 0;
    case 'approx':
      return bandPosition(value, target, direction, band) !== 'unfavourable';
  }
}
