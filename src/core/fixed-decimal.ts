/**
 * `x.toFixed(digits)` — and the same with trailing zeros dropped — without the engine's generic
 * number-to-string path when that is safe. Every evaluation result formats several numbers for its
 * explanation lines, and toFixed was the largest single cost of building them (bench `evaluate`).
 *
 * toFixed rounds the exact binary value of x to `digits` decimals, ties away from zero. The fast path
 * scales x by 10^digits in floating point and rounds to an integer; that integer is exactly
 * toFixed's whenever the scaled value is below 2^40 (its error is then below 2^-12) and not within
 * 2^-10 of a half, where the error could tip the rounding. Every other case — about one value in
 * five hundred, and all huge or tiny ones — takes toFixed itself, so results are identical
 * (fixed-decimal.property.test.ts checks that against toFixed).
 */

const safeScaled = 2 ** 40;
const halfMargin = 2 ** -10;
const powers = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
/** Leading zeros of a fraction, by count: zeros[3] is '000'. */
const zeros = Array.from({ length: powers.length }, (_, i) => '0'.repeat(i));

/** x.toFixed(digits) for finite x and 0 ≤ digits ≤ 12. */
export function toFixed(x: number, digits: number): string {
  const n = scaledInteger(x, digits);
  if (n === null) return x.toFixed(digits);
  const p = powers[digits] ?? 1;
  const whole = Math.floor(n / p);
  const fraction = n - whole * p;
  const sign = x < 0 ? '-' : '';
  if (digits === 0) return `${sign}${whole}`;
  const f = String(fraction);
  return `${sign}${whole}.${zeros[digits - f.length] ?? ''}${f}`;
}

/** x.toFixed(digits) without trailing zeros after the point (nor the point), and "-0" as "0". */
export function toFixedTrimmed(x: number, digits: number): string {
  const n = scaledInteger(x, digits);
  if (n === null) return trimZeros(x.toFixed(digits));
  const p = powers[digits] ?? 1;
  const whole = Math.floor(n / p);
  const fraction = n - whole * p;
  const sign = x < 0 && n !== 0 ? '-' : '';
  if (fraction === 0) return `${sign}${whole}`;
  // The fraction's digits without their trailing zeros; it has a non-zero digit, so the scan stops.
  const f = String(fraction);
  let end = f.length;
  while (f.charCodeAt(end - 1) === zeroChar) end -= 1;
  return `${sign}${whole}.${zeros[digits - f.length] ?? ''}${end === f.length ? f : f.slice(0, end)}`;
}

/**
 * Drops the trailing zeros of a decimal (and then its point); "-0" reads "0". A character scan
 * rather than regular expressions, for the same reason as above.
 */
export function trimZeros(s: string): string {
  let end = s.length;
  // Past 1e21 toFixed writes an exponent ("1.2e+30"): its zeros are digits of the exponent, not padding.
  if (s.indexOf('.') >= 0 && s.indexOf('e') < 0) {
    while (s.charCodeAt(end - 1) === zeroChar) end -= 1;
    if (s.charCodeAt(end - 1) === pointChar) end -= 1;
  }
  const t = end === s.length ? s : s.slice(0, end);
  return t === '-0' ? '0' : t;
}

const zeroChar = 48;
const pointChar = 46;

/** round(|x|·10^digits) as toFixed rounds it, or null when floating point cannot decide it safely. */
function scaledInteger(x: number, digits: number): number | null {
  const p = powers[digits];
  if (p === undefined || !Number.isFinite(x)) return null;
  const scaled = (x < 0 ? -x : x) * p;
  if (!(scaled < safeScaled)) return null;
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  if (Math.abs(rest - 0.5) < halfMargin) return null;
  return rest > 0.5 ? floor + 1 : floor;
}
