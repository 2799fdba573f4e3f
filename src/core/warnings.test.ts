import { describe, expect, it } from 'vitest';
import type { IndicatorEvaluation } from './evaluation-result';
import { collectWarnings, countWarnings, indicatorWarning, overdueWarning } from './warnings';

function result(partial: Partial<IndicatorEvaluation>): IndicatorEvaluation {
  return {
    code: 'X',
    kind: 'level_linear',
    attribute: 'expected',
    asOf: '2023',
    timeElapsed: 0.6,
    status: 'on_track',
    ratio: 1,
    actual: 1,
    actualPeriod: '2023',
    expected: 1,
    gapToExpected: 0,
    gapToTarget: 0,
    trend: { projection: 1, requiredPace: null, verdict: 'likely', explanation: { zh: '', en: '' } },
    flags: [],
    reason: null,
    explanation: { zh: '2023年实际33%', en: '2023 actual 33%' },
    officialCategory: null,
    finalVerdict: null,
    years: [],
    breaches: [],
    aspiration: null,
    notes: [],
    dataAsOf: null,
    ...partial,
  };
}

const trend = (verdict: 'likely' | 'at_risk' | 'unlikely') => ({
  projection: 1,
  requiredPace: null,
  verdict,
  explanation: { zh: '', en: '' },
});

describe('indicator warnings', () => {
  it('raises red for a binding indicator behind, regressing or unlikely', () => {
    expect(indicatorWarning(result({ attribute: 'binding', status: 'behind' }))?.level).toBe('red');
    expect(indicatorWarning(result({ attribute: 'binding', status: 'regressing' }))?.level).toBe('red');
    const unlikely = indicatorWarning(result({ attribute: 'binding', trend: trend('unlikely') }));
    expect(unlikely?.level).toBe('red');
    expect(unlikely?.type).toBe('indicator_at_risk');
  });

  it('raises yellow for an expected indicator behind or at risk', () => {
    const behind = indicatorWarning(result({ status: 'behind', code: 'T25' }));
    expect(behind).toEqual({
      type: 'indicator_lagging',
      level: 'yellow',
      subject: 'T25',
      reason: {
        zh: '预期性指标滞后:2023年实际33%',
        en: 'expected indicator: behind schedule — 2023 actual 33%',
      },
      since: '2023',
    });
    expect(indicatorWarning(result({ trend: trend('at_risk') }))?.level).toBe('yellow');
  });

  it('never warns less for a worse condition', () => {
    expect(indicatorWarning(result({ status: 'regressing' }))?.level).toBe('yellow');
    expect(indicatorWarning(result({ trend: trend('unlikely') }))?.level).toBe('yellow');
    expect(indicatorWarning(result({ attribute: 'binding', trend: trend('at_risk') }))?.level).toBe('yellow');
  });

  it('names both conditions when both hold', () => {
    const w = indicatorWarning(result({ attribute: 'binding', status: 'behind', trend: trend('unlikely') }));
    expect(w?.reason.zh).toBe('约束性指标滞后,难以完成五年目标:2023年实际33%');
  });

  it('stays silent for indicators on track, ahead, achieved, without data or not assessable', () => {
    for (const status of ['on_track', 'ahead', 'achieved', 'no_data', 'not_assessable'] as const) {
      expect(indicatorWarning(result({ status, attribute: 'binding' }))).toBeNull();
    }
  });

  it('dates the warning by the data behind it, else the evaluation date', () => {
    expect(indicatorWarning(result({ status: 'behind', actualPeriod: '2023-09' }))?.since).toBe('2023-09');
    expect(indicatorWarning(result({ status: 'behind', actualPeriod: null, asOf: '2024' }))?.since).toBe(
      '2024',
    );
  });
});

describe('overdue reports and the list', () => {
  it('raises grey for an overdue report', () => {
    expect(overdueWarning({ id: 'R-2023-Q4-07', unit: '经发局', due: '2024-01-15' })).toEqual({
      type: 'report_overdue',
      level: 'grey',
      subject: 'R-2023-Q4-07',
      reason: {
        zh: '经发局应于2024-01-15前报送,逾期未报',
        en: '经发局 has not submitted the report due 2024-01-15',
      },
      since: '2024-01-15',
    });
  });

  it('lists red, yellow, grey in input order and counts them', () => {
    const list = collectWarnings(
      [
        result({ code: 'A', status: 'behind' }),
        result({ code: 'B', status: 'behind', attribute: 'binding' }),
        result({ code: 'C' }),
        result({ code: 'D', trend: trend('at_risk') }),
      ],
      [{ id: 'R1', unit: '财政局', due: '2023-Q4' }],
    );
    expect(list.map((w) => `${w.level}:${w.subject}`)).toEqual(['red:B', 'yellow:A', 'yellow:D', 'grey:R1']);
    expect(countWarnings(list)).toEqual({ red: 1, yellow: 2, grey: 1 });
  });
});
