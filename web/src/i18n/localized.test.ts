import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatValue, periodMonths, targetText, withUnit } from './localized';

describe('presenting plan numbers', () => {
  it('writes part and chapter numbers as the plan does', () => {
    expect([1, 5, 10, 11, 20, 24].map(chineseNumeral)).toEqual(['一', '五', '十', '十一', '二十', '二十四']);
  });

  it('places the unit after the figure, before 左右/以上', () => {
    expect(withUnit('突破400', '亿元', 'zh-CN')).toBe('突破400亿元');
    expect(withUnit('5左右', '%', 'zh-CN')).toBe('5%左右');
    expect(withUnit('[1.275]', '万人', 'zh-CN')).toBe('[1.275]万人');
    expect(withUnit('3家以上', '家', 'zh-CN')).toBe('3家以上');
    expect(withUnit('190万元以上', '万元/亩', 'zh-CN')).toBe('190万元以上');
    expect(withUnit('与经济增长基本同步', '%', 'zh-CN')).toBe('与经济增长基本同步');
    // English names from the unit catalogue (src/core/units.ts): a scale as a multiplier, a count by its noun.
    expect(withUnit('160', '亿元', 'en')).toBe('160 × 100 million yuan');
    expect(withUnit('130', '家', 'en')).toBe('130 enterprises');
    expect(withUnit('5', '%', 'en')).toBe('5%');
  });

  it('formats values with their unit, and a dash without a value', () => {
    expect(formatValue(106.523, '亿元', 'zh-CN')).toBe('106.52亿元');
    expect(formatValue(34.1, '%', 'en')).toBe('34.1%');
    expect(formatValue(null, '%', 'zh-CN')).toBe('—');
    expect(targetText({ unit: '%', target: { text: '37', value: 37 } }, 'zh-CN')).toBe('37%');
    expect(targetText({ unit: '%', target: { text: '与经济增长同步', value: null } }, 'zh-CN')).toBe(
      '与经济增长同步',
    );
  });

  it('counts the months of a year-to-date figure', () => {
    expect(periodMonths('2023-09')).toBe(9);
    expect(periodMonths('2023-Q3')).toBe(9);
    expect(periodMonths('2023')).toBe(12);
  });
});
