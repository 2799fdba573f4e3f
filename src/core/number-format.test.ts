import { describe, expect, it } from 'vitest';
import { formatGiven, formatPercent, formatRatio, formatValue, withUnit } from './number-format';

describe('number formats for explanations', () => {
  it('rounds computed values by magnitude', () => {
    expect(formatValue(123.13910639929306)).toBe('123.1');
    expect(formatValue(34.04)).toBe('34');
    expect(formatValue(4.5533)).toBe('4.55');
    expect(formatValue(0.045678)).toBe('0.0457');
    expect(formatValue(0.5)).toBe('0.5');
    expect(formatValue(-0.00001)).toBe('-0.00001');
    expect(formatValue(-0.04)).toBe('-0.04');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(Number.NaN)).toBe('—');
  });

  it('keeps given figures as written', () => {
    expect(formatGiven(83.14)).toBe('83.14');
    expect(formatGiven(1.275)).toBe('1.275');
    expect(formatGiven(160)).toBe('160');
    expect(formatGiven(0.1 + 0.2)).toBe('0.3');
    expect(formatGiven(-0)).toBe('0');
  });

  it('formats percents and ratios', () => {
    expect(formatPercent(13.988750336904744)).toBe('13.99');
    expect(formatPercent(14)).toBe('14');
    expect(formatRatio(1.110471981365033)).toBe('1.11');
    expect(formatRatio(0.9)).toBe('0.90');
    expect(formatRatio(-0.001)).toBe('0.00');
  });

  it('attaches units by their names in the unit catalogue (units.ts)', () => {
    // A scale reads as a multiplier, a count by its noun, an unknown unit keeps its symbol.
    expect(withUnit('128.6', '亿元')).toEqual({ zh: '128.6亿元', en: '128.6 × 100 million yuan' });
    expect(withUnit('61', '家')).toEqual({ zh: '61家', en: '61 enterprises' });
    expect(withUnit('2', '公里')).toEqual({ zh: '2公里', en: '2 km' });
    expect(withUnit('3', '指数')).toEqual({ zh: '3指数', en: '3 (指数)' });
    expect(withUnit('34', '%')).toEqual({ zh: '34%', en: '34%' });
  });
});

describe('very large numbers', () => {
  it('keep their exponent whole (1.2e+30 is not 1.2e+3)', () => {
    expect(formatGiven(1.2e30)).toBe('1.2e+30');
    expect(formatValue(3.5e40)).toBe('3.5e+40');
  });
});
