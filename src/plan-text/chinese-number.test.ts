import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十四', 24],
    ['六十九', 69],
    ['一百零二', 102],
    ['两千', 2000],
    ['五百', 500],
    ['二〇三五', 2035],
    ['15', 15],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('refuses what is not a numeral', () => {
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('第一')).toBeNull();
  });
});
