import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ParsedNumber, parseNumber } from './parse-number';
import { scaleToUnit } from './unit-scale';

function readValue(result: ParsedNumber): number | string {
  if (result.kind === 'number') return result.value;
  return result.kind;
}

describe('parseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['１２３．４', 123.4],
    ['１，２３４', 1234],
    ['  42 ', 42],
    ['-5', -5],
    ['−5', -5],
    ['－5', -5],
    ['+5', 5],
    ['(5)', -5],
    ['（5.5）', -5.5],
    ['.5', 0.5],
    ['1.2E+5', 120000],
    ['3.2万', 32000],
    ['1.1万', 11000],
    ['1.5亿', 150000000],
    ["'-5", -5],
  ])('%s → %d', (text, expected) => {
    expect(readValue(parseNumber(text))).toBe(expected);
  });

  it('flags a percent sign and keeps the number as typed', () => {
    expect(parseNumber('12.5%')).toMatchObject({ kind: 'number', value: 12.5, percent: true });
    expect(parseNumber('12.5％')).toMatchObject({ kind: 'number', value: 12.5, percent: true });
    expect(parseNumber('12.5')).toMatchObject({ percent: false, magnitude: 1 });
  });

  it('says when 万 or 亿 multiplied the number', () => {
    expect(parseNumber('3.2万')).toMatchObject({ magnitude: 1e4, unitText: '' });
    expect(parseNumber('1.5 亿元')).toMatchObject({ magnitude: 1e8, unitText: '元' });
  });

  it.each(['', '   ', '-', '—', '——', '－', '/', '／', '无', 'N/A', null, undefined])(
    '%j is empty',
    (text) => {
      expect(parseNumber(text)).toEqual({ kind: 'empty' });
    },
  );

  it.each([
    ['abc', '无法识别为数字:「abc」'],
    ['1,23', '千分位分隔符位置不对'],
    ['1.2.3', '小数点不对'],
    ['--5', '无法识别为数字'],
    ['(-5)', '括号负数中不能再带正负号'],
    ['5%以上', '无法识别为数字'],
  ])('%s is a precise error', (text, zh) => {
    const result = parseNumber(text);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message.zh).toContain(zh);
  });

  it('refuses numbers beyond double range', () => {
    expect(parseNumber('1e400')).toMatchObject({ kind: 'error', code: 'number_out_of_range' });
    expect(parseNumber(Number.POSITIVE_INFINITY)).toMatchObject({ kind: 'error' });
    expect(parseNumber(Number.NaN)).toMatchObject({ kind: 'error' });
  });

  it('survives values whose String() throws', () => {
    expect(parseNumber({ toString: 0 })).toMatchObject({ kind: 'error', code: 'number_invalid' });
  });

  it('passes spreadsheet numbers through', () => {
    expect(readValue(parseNumber(83.14))).toBe(83.14);
    expect(readValue(parseNumber(-0))).toBe(0);
    expect(readValue(parseNumber(1e-7))).toBe(1e-7);
  });

  const numberish = fc.string({
    unit: fc.constantFrom(...'0123456789.,-−+()%万亿元eE （）．，１２'.split('')),
  });
  fcTest.prop([fc.oneof(numberish, fc.string({ unit: 'binary' }), fc.double(), fc.anything())], {
    numRuns: 5000,
  })('never throws and never returns NaN or Infinity', (input) => {
    const result = parseNumber(input);
    if (result.kind === 'number') expect(Number.isFinite(result.value)).toBe(true);
  });

  fcTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('reads back any finite double', (n) => {
    const result = parseNumber(String(n));
    expect(result.kind).toBe('number');
    if (result.kind === 'number') expect(result.value).toBe(n === 0 ? 0 : n);
  });
});

describe('scaleToUnit (the 万/亿 rule)', () => {
  function scaled(text: string, unit: string): number | string {
    const parsed = parseNumber(text);
    if (parsed.kind !== 'number') return parsed.kind;
    const result = scaleToUnit(parsed, unit);
    return result.ok ? result.value : result.message.en;
  }

  it.each([
    ['3.2', '亿元', 3.2],
    ['3.2亿元', '亿元', 3.2],
    ['32000万元', '亿元', 3.2],
    ['3.2万', '亿元', 0.00032],
    ['1.5亿', '万元', 15000],
    ['1.5亿元', '万元', 15000],
    ['500000元', '万元', 50],
    ['3.2万', '家', 32000],
    ['3.2万', '万人', 3.2],
    ['32000人', '万人', 3.2],
    ['5家', '家', 5],
    ['1.1万', '元', 11000],
    ['0.07亿', '万元', 700],
  ])('%s in %s → %d', (text, unit, expected) => {
    expect(scaled(text, unit)).toBe(expected);
  });

  it('refuses a different unit, and 万/亿 on percentages', () => {
    expect(scaled('5个', '家')).toContain('does not match');
    expect(scaled('3万', '%')).toContain('percentage');
    expect(scaled('5美元', '万元')).toContain('does not match');
  });
});
