import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  elapsedShare,
  formatPeriodEn,
  formatPeriodZh,
  isSubAnnual,
  monthsElapsed,
  PeriodFormatError,
  parsePeriod as parseNullable,
  requirePeriod as parsePeriod,
  periodEnd,
  periodName,
  periodText,
} from './period';

describe('parsePeriod', () => {
  it('reads years, quarters and months', () => {
    expect(parsePeriod('2023')).toEqual({ year: 2023 });
    expect(parsePeriod('2023-Q3')).toEqual({ year: 2023, quarter: 3 });
    expect(parsePeriod('2023-09')).toEqual({ year: 2023, month: 9 });
  });

  it('rejects anything else', () => {
    for (const bad of ['23', '2023-Q5', '2023-13', '2023-00', '2023-9', '2023Q3', '二〇二三', '']) {
      expect(parseNullable(bad)).toBeNull();
    }
    expect(() => parsePeriod('2023-13')).toThrow(PeriodFormatError);
  });

  it('writes the canonical text back', () => {
    for (const t of ['2023', '2023-Q1', '2023-01', '2023-12']) expect(periodText(parsePeriod(t))).toBe(t);
  });
});

describe('periodEnd and τ', () => {
  it('puts a year label at the end of that year', () => {
    expect(periodEnd(parsePeriod('2023'))).toBe(2023);
  });

  it('puts a quarter or month at the months elapsed in its year: Y − 1 + m/12', () => {
    // 2023-Q3 ends 9 months into 2023: 2022 + 9/12 = 2022.75
    expect(periodEnd(parsePeriod('2023-Q3'))).toBe(2022.75);
    expect(periodEnd(parsePeriod('2023-09'))).toBe(2022.75);
    // December and Q4 coincide with the whole year
    expect(periodEnd(parsePeriod('2023-12'))).toBe(2023);
    expect(periodEnd(parsePeriod('2023-Q4'))).toBe(2023);
  });

  it('gives τ = (d − t0)/(t1 − t0)', () => {
    // (2023 − 2020)/(2025 − 2020) = 3/5
    expect(elapsedShare(2023, 2020, 2025)).toBeCloseTo(0.6, 12);
    // (2022.75 − 2020)/5 = 2.75/5 = 0.55: 前三季度 of the third year
    expect(elapsedShare(periodEnd(parsePeriod('2023-Q3')), 2020, 2025)).toBeCloseTo(0.55, 12);
    expect(elapsedShare(2023, 2025, 2025)).toBeNull();
    expect(elapsedShare(2023, 2026, 2025)).toBeNull();
  });

  it('counts months elapsed', () => {
    expect(monthsElapsed(parsePeriod('2023'))).toBe(12);
    expect(monthsElapsed(parsePeriod('2023-Q2'))).toBe(6);
    expect(monthsElapsed(parsePeriod('2023-07'))).toBe(7);
    expect(isSubAnnual(parsePeriod('2023'))).toBe(false);
    expect(isSubAnnual(parsePeriod('2023-07'))).toBe(true);
  });
});

describe('comparePeriods', () => {
  it('sorts by end, the whole year after its last quarter and month', () => {
    const texts = ['2023', '2023-Q4', '2022', '2023-12', '2023-Q3', '2023-09', '2023-01'];
    const sorted = texts.map(parsePeriod).sort(comparePeriods).map(periodText);
    expect(sorted).toEqual(['2022', '2023-01', '2023-09', '2023-Q3', '2023-12', '2023-Q4', '2023']);
  });
});

describe('periodName', () => {
  it('names periods in Chinese and English', () => {
    expect(periodName(parsePeriod('2023'))).toEqual({ zh: '2023年', en: '2023' });
    expect(periodName(parsePeriod('2023-Q3'))).toEqual({ zh: '2023年第三季度', en: '2023 Q3' });
    expect(periodName(parsePeriod('2023-09'))).toEqual({ zh: '2023年9月', en: 'Sep 2023' });
  });

  it('names year-to-date periods by the months they accumulate', () => {
    expect(periodName(parsePeriod('2023-09'), true)).toEqual({ zh: '2023年1–9月', en: 'Jan–Sep 2023' });
    expect(periodName(parsePeriod('2023-Q3'), true)).toEqual({ zh: '2023年1–9月', en: 'Jan–Sep 2023' });
    expect(periodName(parsePeriod('2023-01'), true)).toEqual({ zh: '2023年1月', en: 'Jan 2023' });
    expect(periodName(parsePeriod('2023'), true)).toEqual({ zh: '2023年', en: '2023' });
  });
});

describe('formatPeriodZh / formatPeriodEn', () => {
  it('names period texts and leaves anything else as written', () => {
    expect(formatPeriodZh('2023-Q3')).toBe('2023年第三季度');
    expect(formatPeriodZh('2023-09', true)).toBe('2023年1–9月');
    expect(formatPeriodEn('2023-09')).toBe('Sep 2023');
    expect(formatPeriodZh('上半年')).toBe('上半年');
  });
});
