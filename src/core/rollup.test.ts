import { describe, expect, it } from 'vitest';
import type { IndicatorEvaluation, IndicatorStatus } from './evaluation-result';
import { defaultEvaluationSettings as settings } from './model';
import { rollup, rollupByCategory } from './rollup';

function result(
  code: string,
  status: IndicatorStatus,
  ratio: number | null,
  binding = false,
): IndicatorEvaluation {
  return {
    code,
    kind: 'level_linear',
    attribute: binding ? 'binding' : 'expected',
    asOf: '2023',
    timeElapsed: 0.6,
    status,
    ratio,
    actual: null,
    actualPeriod: null,
    expected: null,
    gapToExpected: null,
    gapToTarget: null,
    trend: { projection: null, requiredPace: null, verdict: null, explanation: { zh: '', en: '' } },
    flags: [],
    reason: null,
    explanation: { zh: '', en: '' },
    officialCategory: null,
    finalVerdict: null,
    years: [],
    breaches: [],
    aspiration: null,
    notes: [],
    dataAsOf: null,
  };
}

/** The national 14th plan mid-term evaluation: 4 提前实现, 5 快于预期, 7 基本符合预期, 4 相对滞后. */
const national = [
  ...Array.from({ length: 4 }, (_, i) => result(`A${i}`, 'achieved', 1.2)),
  ...Array.from({ length: 5 }, (_, i) => result(`H${i}`, 'ahead', 1.1)),
  ...Array.from({ length: 7 }, (_, i) => result(`O${i}`, 'on_track', 1)),
  ...Array.from({ length: 4 }, (_, i) => result(`B${i}`, 'behind', 0.5, i < 2)),
];

describe('rollup', () => {
  it('counts statuses and writes the headline', () => {
    const r = rollup(national, settings);
    expect(r.total).toBe(20);
    expect(r.byStatus).toEqual({
      achieved: 4,
      ahead: 5,
      on_track: 7,
      behind: 4,
      regressing: 0,
      no_data: 0,
      not_assessable: 0,
    });
    expect(r.byAttribute.binding.behind).toBe(2);
    expect(r.byAttribute.expected.behind).toBe(2);
    expect(r.headline).toEqual({
      zh: '主要指标中9项提前实现或快于预期、7项基本符合预期、4项滞后',
      en: 'Of the main indicators, 9 achieved or ahead of schedule, 7 on track, 4 behind',
    });
    // mean r = (4·1.2 + 5·1.1 + 7·1 + 4·0.5)/20 = (4.8 + 5.5 + 7 + 2)/20 = 19.3/20 = 0.965
    expect(r.meanRatio).toBeCloseTo(0.965, 12);
    expect(r.ratioCount).toBe(20);
  });

  it('caps each ratio at ±ratioCap and skips indicators without one', () => {
    const r = rollup(
      [
        result('a', 'ahead', 9),
        result('b', 'regressing', -4),
        result('c', 'behind', 0.6),
        result('d', 'no_data', null),
      ],
      settings,
    );
    // (1.5 − 1.5 + 0.6)/3 = 0.2
    expect(r.meanRatio).toBeCloseTo(0.2, 12);
    expect(r.ratioCount).toBe(3);
    expect(r.groups).toEqual({ aheadOrAchieved: 1, onTrack: 0, lagging: 2, unassessed: 1 });
    expect(r.headline.zh).toBe(
      '主要指标中1项提前实现或快于预期、0项基本符合预期、2项滞后、1项暂无数据或无法评估',
    );
  });

  it('weighs ratios, defaulting to 1 and ignoring invalid weights', () => {
    const weights = new Map([
      ['a', 3],
      ['c', -1],
      ['d', Number.NaN],
    ]);
    const r = rollup(
      [
        result('a', 'on_track', 1),
        result('b', 'behind', 0.5),
        result('c', 'behind', 0),
        result('d', 'behind', 0),
      ],
      settings,
      weights,
    );
    // (3·1 + 1·0.5)/(3 + 1) = 0.875
    expect(r.meanRatio).toBeCloseTo(0.875, 12);
    expect(r.ratioCount).toBe(2);
  });

  it('has no mean for an empty list', () => {
    const r = rollup([], settings);
    expect(r.meanRatio).toBeNull();
    expect(r.headline.zh).toBe('主要指标中0项提前实现或快于预期、0项基本符合预期、0项滞后');
  });

  it('rolls up by category in order of appearance', () => {
    const categories = new Map([
      ['a', 'economy'],
      ['b', 'innovation'],
      ['c', 'economy'],
    ]);
    const by = rollupByCategory(
      [result('a', 'ahead', 1.2), result('b', 'behind', 0.4), result('c', 'on_track', 1)],
      categories,
      settings,
    );
    expect(Object.keys(by)).toEqual(['economy', 'innovation']);
    expect(by.economy?.total).toBe(2);
    expect(by.economy?.meanRatio).toBeCloseTo(1.1, 12);
    expect(by.innovation?.groups.lagging).toBe(1);
  });
});
