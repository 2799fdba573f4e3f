/**
 * Step 3 of the sdg method: default thresholds per method, user overrides, and the limit factor C
 * that shrinks method 1's thresholds as the base value nears a natural limit.
 */
import type { SdgThresholds } from './sdg-types';

/** Method 1 (no target): growth rates per year. */
export const method1Thresholds: Readonly<SdgThresholds> = { high: 0.015, medium: 0.005, low: 0 };
/** Method 2 (target): ratio of the observed to the required growth. */
export const method2Thresholds: Readonly<SdgThresholds> = { high: 0.95, medium: 0.6, low: 0 };

/** Exponent a of the limit adjustment. */
export const limitExponent = 4.44;

/**
 * C with b = |y0| and L = |L|: 1 when b ≥ 2L (checked first, so b = L = 0 gives 1);
 * 1 − (b/L)^a when b ≤ L; else 1 − ((2L − b)/L)^a. Always within [0, 1].
 */
export function limitFactor(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const L = Math.abs(limit);
  if (b >= 2 * L) return 1;
  if (b <= L) return 1 - (b / L) ** limitExponent;
  return 1 - ((2 * L - b) / L) ** limitExponent;
}

export function thresholdsFor(
  method: 1 | 2,
  overrides: Partial<SdgThresholds> | undefined,
  factor: number,
): SdgThresholds {
  const base = { ...(method === 1 ? method1Thresholds : method2Thresholds), ...definedOnly(overrides) };
  return { high: base.high * factor, medium: base.medium * factor, low: base.low * factor };
}

function definedOnly(t: Partial<SdgThresholds> | undefined): Partial<SdgThresholds> {
  const out: Partial<SdgThresholds> = {};
  if (t?.high !== undefined && Number.isFinite(t.high)) out.high = t.high;
  if (t?.medium !== undefined && Number.isFinite(t.medium)) out.medium = t.medium;
  if (t?.low !== undefined && Number.isFinite(t.low)) out.low = t.low;
  return out;
}
