import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defuseCellText, restoreCellText } from './formula-injection';

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ['＝1+1', "'＝1+1"],
    [' =1+1', "' =1+1"],
    ["' @x", "'' @x"],
    ['-5', '-5'],
    ['12.5', '12.5'],
    ['地区生产总值', '地区生产总值'],
    ["it's", "it's"],
  ])('%j → %j', (text, written) => {
    expect(defuseCellText(text)).toBe(written);
    expect(restoreCellText(written)).toBe(text);
  });

  fcTest.prop([
    fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', ' ', '＝', 'a', '1', '.') }),
  ])('restoring what was defused gives the text back, and nothing defused starts a formula', (text) => {
    const written = defuseCellText(text);
    expect(restoreCellText(written)).toBe(text);
    if (!/^-?\d+(\.\d+)?$/.test(written)) expect(written).not.toMatch(/^\t|^[ \t]*[=+\-@\r＝]/);
  });
});
