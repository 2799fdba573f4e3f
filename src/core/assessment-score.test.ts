import { describe, expect, it } from 'vitest';
import { assessUnit, indicatorScore } from './assessment-score';

describe('indicator score', () => {
  it('scores each status', () => {
    expect(indicatorScore({ status: 'achieved', ratio: null })).toBe(100);
    expect(indicatorScore({ status: 'ahead', ratio: 1.3 })).toBe(100);
    expect(indicatorScore({ status: 'on_track', ratio: 0.97 })).toBe(90);
    // 60·0.75 = 45
    expect(indicatorScore({ status: 'behind', ratio: 0.75 })).toBeCloseTo(45, 12);
    expect(indicatorScore({ status: 'behind', ratio: null })).toBe(0);
    expect(indicatorScore({ status: 'regressing', ratio: -0.3 })).toBe(0);
    expect(indicatorScore({ status: 'no_data', ratio: null })).toBeNull();
    expect(indicatorScore({ status: 'not_assessable', ratio: null })).toBeNull();
  });
});

describe('unit assessment', () => {
  // Hebi categories, growth (economy) weighted less than innovation, livelihood and green
  const weights = new Map([
    ['economy', 15],
    ['innovation', 25],
    ['livelihood', 25],
    ['digital_green', 25],
    ['openness', 10],
  ]);

  it('sums category weights times mean item scores', () => {
    const a = assessUnit({
      unit: '经发局',
      categoryWeights: weights,
      items: [
        { code: 'T01', category: 'economy', status: 'ahead', ratio: 1.11 },
        { code: 'T04', category: 'economy', status: 'behind', ratio: 0.5 },
        { code: 'T12', category: 'innovation', status: 'on_track', ratio: 1 },
        { code: 'T25', category: 'digital_green', status: 'regressing', ratio: -0.2 },
        { code: 'T22', category: 'livelihood', status: 'no_data', ratio: null },
      ],
    });
    // economy (100 + 60·0.5)/2 = 65; innovation 90; digital_green 0; livelihood unscored
    // points = 15·0.65 + 25·0.9 + 25·0 = 9.75 + 22.5 = 32.25 of available 15 + 25 + 25 = 65
    expect(a.points).toBeCloseTo(32.25, 12);
    expect(a.available).toBe(65);
    // score = 100·32.25/65 = 49.615385
    expect(a.score).toBeCloseTo(49.61538461538461, 10);
    expect(a.excluded).toEqual(['T22']);
    expect(a.byCategory.map((c) => [c.category, c.score])).toEqual([
      ['economy', 65],
      ['innovation', 90],
      ['digital_green', 0],
      ['livelihood', null],
    ]);
  });

  it('weighs unknown categories with the default and has no score without scored items', () => {
    const a = assessUnit({
      unit: '财政局',
      categoryWeights: new Map(),
      items: [{ code: 'X', category: 'other', status: 'on_track', ratio: 1 }],
    });
    expect(a.score).toBe(90);
    const none = assessUnit({ unit: '园区', categoryWeights: weights, items: [] });
    expect(none.score).toBeNull();
    expect(none.points).toBe(0);
  });
});
