import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { comparePeriods, PeriodFormatError, parsePeriod, requirePeriod } from './period';
import { keyIsSubAnnual, keyOfPeriod, keyYear, lastKeyUpTo, periodKey, periodOfKey } from './period-key';
import { periodText } from './testing/arbitraries';

const char = (set: string) => fc.constantFrom(...set.split(''));
const digit = char('0123456789');

/** Texts at or next to the strict forms — every month and quarter digit, wrong separators — and junk. */
const nearPeriod = fc.oneof(
  fc.tuple(char('0123456789a '), digit, digit, char('0123456789年')).map((c) => c.join('')),
  fc
    .tuple(digit, digit, digit, digit, char('-/ '), char('0123Qq '), char('0123456789Q'))
    .map((c) => c.join('')),
  fc.array(char('0123456789-Q q/年'), { maxLength: 8 }).map((c) => c.join('')),
);

describe('periodKey', () => {
  test.prop(
    [
      fc.oneof(
        nearPeriod,
        periodText,
        periodText.map((t) => ` ${t} `),
      ),
    ],
    { numRuns: 20000 },
  )('accepts and rejects exactly what requirePeriod does, with the same period', (text) => {
    const p = parsePeriod(text);
    if (p === null) {
      expect(() => periodKey(text)).toThrow(PeriodFormatError);
    } else {
      expect(periodKey(text)).toBe(keyOfPeriod(p));
      expect(periodOfKey(periodKey(text))).toEqual(p);
    }
  });

  test.prop([periodText, periodText])('orders like comparePeriods', (a, b) => {
    const pa = requirePeriod(a);
    const pb = requirePeriod(b);
    expect(Math.sign(periodKey(a) - periodKey(b))).toBe(Math.sign(comparePeriods(pa, pb)));
    expect(periodKey(a) <= lastKeyUpTo(pb)).toBe(
      pa.year - 1 + monthsOf(a) / 12 <= pb.year - 1 + monthsOf(b) / 12,
    );
  });

  it('reads the year and the granularity back', () => {
    expect(keyYear(periodKey('2023'))).toBe(2023);
    expect(keyYear(periodKey('2023-12'))).toBe(2023);
    expect(keyYear(periodKey('2023-01'))).toBe(2023);
    expect(keyYear(periodKey('0000-Q1'))).toBe(0);
    expect(keyIsSubAnnual(periodKey('2023'))).toBe(false);
    expect(keyIsSubAnnual(periodKey('2023-Q4'))).toBe(true);
    expect(keyIsSubAnnual(periodKey('2023-12'))).toBe(true);
  });
});

function monthsOf(text: string): number {
  const p = requirePeriod(text);
  return p.quarter !== undefined ? p.quarter * 3 : (p.month ?? 12);
}
