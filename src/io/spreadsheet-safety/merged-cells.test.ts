import { describe, expect, it } from 'vitest';
import { columnLetter, columnNumber, mergesInDataRows, parseRange } from './merged-cells';

describe('merged cells', () => {
  it('reads ranges and column letters', () => {
    expect(parseRange('B5:C7')).toEqual({ ref: 'B5:C7', top: 5, bottom: 7, left: 2, right: 3 });
    expect(parseRange('$A$1')).toMatchObject({ top: 1, left: 1 });
    expect(parseRange('nonsense')).toBeNull();
    expect([1, 26, 27, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(columnNumber('XFD')).toBe(16384);
  });

  it('keeps only merges that reach below the header', () => {
    expect(mergesInDataRows(['A1:F1', 'A2:B2', 'B3:B5', 'C9'], 2).map((r) => r.ref)).toEqual(['B3:B5']);
  });
});
