/** The fast toFixed is the engine's toFixed, digit for digit, for every number explanations may print. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toFixed, toFixedTrimmed, trimZeros } from './fixed-decimal';

/** The reference: trailing zeros of a plain decimal; an exponent ("1.2e+30") is left whole. */
function plainTrim(s: string): string {
  const t = s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  return t === '-0' ? '0' : t;
}

function check(x: number, digits: number): void {
  expect(toFixed(x, digits), `${x} to ${digits}`).toBe(x.toFixed(digits));
  expect(toFixedTrimmed(x, digits), `${x} to ${digits}, trimmed`).toBe(plainTrim(x.toFixed(digits)));
}

const digits = fc.integer({ min: 0, max: 12 });

/** Values one scaled step either side of a half, where floating point could tip the rounding. */
const nearHalf = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), digits, fc.integer({ min: -3, max: 3 }))
  .map(([k, d, nudge]) => {
    const x = (k + 0.5) / 10 ** d;
    let y = x;
    for (let i = 0; i < Math.abs(nudge); i += 1) y = nudge < 0 ? prev(y) : next(y);
    return [y, d] as const;
  });

function next(x: number): number {
  return x + Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON * 0.5);
}

function prev(x: number): number {
  return x - Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON * 0.5);
}

describe('fast toFixed', () => {
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), digits], { numRuns: 10000 })(
    'matches toFixed for any finite double',
    (x, d) => check(x, d),
  );

  test.prop([fc.double({ min: -1e7, max: 1e7, noNaN: true }), digits], { numRuns: 20000 })(
    'matches toFixed for plan-sized numbers',
    (x, d) => check(x, d),
  );

  test.prop([fc.integer({ min: -1e8, max: 1e8 }), fc.integer({ min: 0, max: 6 }), digits], {
    numRuns: 30000,
  })('matches toFixed for short decimals as data are written', (k, scale, d) => check(k / 10 ** scale, d));

  test.prop([nearHalf], { numRuns: 30000 })('matches toFixed next to a rounding tie', ([x, d]) =>
    check(x, d),
  );

  it('matches toFixed on known awkward values', () => {
    const values = [
      0,
      -0,
      1.005,
      1.045,
      2.675,
      0.125,
      0.375,
      8.345,
      1e-7,
      -1e-7,
      5e-324,
      0.5,
      -0.5,
      1.5,
      2.5,
      1e21,
      1.2e30,
      -1e21,
      2 ** 40,
      2 ** 53,
      123.13910639929306,
      13.988750336904744,
      0.1 + 0.2,
      83.14,
      1.275,
      9.995,
      99.95,
      -0.004,
      -0.005,
      -0.006,
      1099511627775.5,
      109951162777.55,
    ];
    for (const x of values) for (let d = 0; d <= 12; d += 1) check(x, d);
  });

  it('trims plain decimals and leaves exponents whole', () => {
    for (const s of ['100', '100.00', '-0.00', '-0', '1.50', '1.2e+30', '1e+21', '0.000', '10.0', '-10.10']) {
      expect(trimZeros(s)).toBe(plainTrim(s));
    }
  });
});
