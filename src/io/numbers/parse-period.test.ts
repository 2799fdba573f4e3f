import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period';

describe('parsePeriod', () => {
  it.each([
    [2023, '2023'],
    ['2023', '2023'],
    ['2023年', '2023'],
    ['２０２３年度', '2023'],
    ['2023-09', '2023-09'],
    ['2023/9', '2023-09'],
    ['2023.9', '2023-09'],
    ['2023年9月', '2023-09'],
    ['2023年09月份', '2023-09'],
    ['202309', '2023-09'],
    ['2023-09-30', '2023-09'],
    ['2023年9月30日', '2023-09'],
    ['2023Q3', '2023-Q3'],
    ['2023-Q3', '2023-Q3'],
    ['2023 q3', '2023-Q3'],
    ['2023年第三季度', '2023-Q3'],
    ['2023年三季度', '2023-Q3'],
    ['2023年第3季度', '2023-Q3'],
    [45170, '2023-09'],
    [45199.5, '2023-09'],
    ['45170', '2023-09'],
    [new Date(Date.UTC(2023, 8, 1)), '2023-09'],
  ])('%j → %s', (input, period) => {
    expect(parsePeriod(input)).toEqual({ kind: 'period', period, ytd: false });
  });

  it.each([
    ['2023年1-9月', '2023-09'],
    ['2023年1—9月', '2023-09'],
    ['2023年1～9月累计', '2023-09'],
    ['2023年前三季度', '2023-09'],
    ['2023年上半年', '2023-06'],
  ])('%s is the year to date of %s', (input, period) => {
    expect(parsePeriod(input)).toEqual({ kind: 'period', period, ytd: true });
  });

  it.each(['2023年13月', '1800', '2023Q5', '明年', '2023-9月底', 3_000_000, Number.NaN, true])(
    '%j is an error',
    (input) => {
      expect(parsePeriod(input).kind).toBe('error');
    },
  );

  it('survives values whose String() throws', () => {
    expect(parsePeriod({ toString: 0 }).kind).toBe('error');
  });

  it('treats blanks as empty', () => {
    expect(parsePeriod('  ')).toEqual({ kind: 'empty' });
    expect(parsePeriod(null)).toEqual({ kind: 'empty' });
  });

  fcTest.prop([fc.anything()])('never throws, and periods match the package format', (input) => {
    const result = parsePeriod(input);
    if (result.kind === 'period') expect(result.period).toMatch(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/);
  });
});
