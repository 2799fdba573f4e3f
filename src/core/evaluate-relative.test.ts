import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import type { Observation } from './model';
import { gdp, incomeGrowth, input, levels } from './testing/hebi-specs';

const gdpLevels = levels({ 2021: 95, 2022: 105, 2023: 118 });

describe('relative (居民收入增长与经济增长基本同步)', () => {
  it('compares the mean growths over the same years', () => {
    const r = evaluateIndicator(
      input(incomeGrowth, levels({ 2021: 14, 2022: 10, 2023: 12 }), '2023', {
        related: { spec: gdp, observations: gdpLevels },
      }),
    );
    // income (1.14·1.10·1.12)^(1/3) − 1 = 11.9881 %; GDP from levels (118/83.14)^(1/3) − 1 = 12.3804 %
    expect(r.actual).toBeCloseTo(11.988093972483927, 9);
    expect(r.expected).toBeCloseTo(12.38042298238231, 9);
    // gap −0.39 pp within ±1 → on track; r = 1 + (11.988 − 12.380)/12.380 = 0.968311
    expect(r.status).toBe('on_track');
    expect(r.ratio).toBeCloseTo(0.9683105326484662, 9);
    expect(r.gapToExpected).toBeCloseTo(11.988093972483927 - 12.38042298238231, 9);
    expect(r.explanation.zh).toBe(
      '2021–2023年年均增长11.99%,地区生产总值年均增长12.38%,慢0.39个百分点(同步区间±1个百分点),基本符合预期',
    );
    expect(r.trend.verdict).toBe('likely');
  });

  it('is ahead when faster by more than 1 pp, on track within ±1 pp, behind beyond', () => {
    const one = (income: number) =>
      evaluateIndicator(
        input(incomeGrowth, levels({ 2021: income }), '2021', {
          related: { spec: gdp, observations: gdpLevels },
        }),
      );
    // GDP 2021: 95/83.14 − 1 = 14.2651 %. Issue 16 rule 2: 同步 is within the band, so 14.5
    // (0.23 pp faster) is on track now (it was ahead); 15.5 (1.23 pp faster) is ahead.
    expect(one(14.5).status).toBe('on_track');
    expect(one(15.5).status).toBe('ahead');
    expect(one(14.26).status).toBe('on_track');
    expect(one(13.5).status).toBe('on_track');
    expect(one(13).status).toBe('behind');
    expect(one(13).trend.verdict).toBe('at_risk');
    expect(one(-1).status).toBe('regressing');
  });

  it('compares sub-annual growths of the same period', () => {
    const gdpQ: Observation[] = [...gdpLevels, { period: '2024-06', measure: 'ytd_yoy', value: 7 }];
    const incomeQ: Observation[] = [{ period: '2024-06', measure: 'ytd_yoy', value: 6.5 }];
    const r = evaluateIndicator(
      input(incomeGrowth, incomeQ, '2024-06', { related: { spec: gdp, observations: gdpQ } }),
    );
    expect(r.status).toBe('on_track');
    expect(r.flags).toEqual(['sub_annual']);
    expect(r.explanation.zh).toBe(
      '2024年1–6月增长6.5%,地区生产总值增长7%,慢0.5个百分点(同步区间±1个百分点),基本符合预期',
    );
  });

  it('is not assessable without the related indicator or comparable data', () => {
    const noLink = evaluateIndicator(input(incomeGrowth, levels({ 2021: 9 }), '2021'));
    expect(noLink.reason?.zh).toBe('未关联对比指标');
    const noCommon = evaluateIndicator(
      input(incomeGrowth, levels({ 2021: 9 }), '2021', { related: { spec: gdp, observations: [] } }),
    );
    expect(noCommon.reason?.zh).toBe('对比指标在同一时期暂无可比数据');
    expect(evaluateIndicator(input(incomeGrowth, [], '2021')).status).toBe('no_data');
  });

  it('is achieved when the final year keeps in step', () => {
    const r = evaluateIndicator(
      input(incomeGrowth, levels({ 2025: 8 }), '2025', {
        related: { spec: gdp, observations: levels({ 2024: 150, 2025: 162 }) },
      }),
    );
    // GDP 2025: 162/150 − 1 = 8 %; gap 0 → in step at the end of the period
    expect(r.status).toBe('achieved');
  });
});
