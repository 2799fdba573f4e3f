import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { energyIntensityCut, input, levels } from './testing/hebi-specs';

const assigned = {
  ...energyIntensityCut,
  annualTargets: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: 3.5 })),
};

describe('assigned (万元工业增加值能耗降低率 按省市下达目标)', () => {
  it('compares the compounded reductions of the years with a target', () => {
    const r = evaluateIndicator(input(assigned, levels({ 2021: 3.2, 2022: 3.8, 2023: 3.0 }), '2023'));
    // achieved 1 − 0.968·0.962·0.970 = 9.6720 %; assigned 1 − 0.965³ = 10.1368 %; r = 0.954153
    expect(r.actual).toBeCloseTo(9.67204800000001, 10);
    expect(r.expected).toBeCloseTo(10.136787500000011, 10);
    expect(r.ratio).toBeCloseTo(0.9541531772270061, 10);
    expect(r.status).toBe('on_track');
    expect(r.explanation.zh).toBe(
      '2021–2023年累计完成9.67%,同期下达目标累计10.14%,进度比0.95;2023年完成3%(下达3.5%),基本符合预期',
    );
    // projection 1 − (0.968·0.962·0.970)^(5/3) = 15.5946 %; five-year assigned 1 − 0.965⁵ = 16.3171 %
    expect(r.trend.projection).toBeCloseTo(15.594592160505416, 9);
    // share 15.59/16.32 = 0.956 ≥ 0.9 → at risk
    expect(r.trend.verdict).toBe('at_risk');
    // required 1 − ((1 − 0.163171)/(0.968·0.962·0.970))^(1/2) = 3.7486 % a year
    expect(r.trend.requiredPace?.value).toBeCloseTo(3.7485675520201545, 9);
  });

  it('is not assessable with data but no annual targets', () => {
    const r = evaluateIndicator(input(energyIntensityCut, levels({ 2021: 3.2 }), '2021'));
    expect(r.status).toBe('not_assessable');
    expect(r.reason).toEqual({
      zh: '按省市下达目标,尚未录入年度目标',
      en: 'target assigned from above, annual targets not entered yet',
    });
  });

  it('reports no data before any is reported, even without targets', () => {
    expect(evaluateIndicator(input(energyIntensityCut, [], '2021')).status).toBe('no_data');
  });

  it('is not assessable when no observed year has a target', () => {
    const only2024 = { ...energyIntensityCut, annualTargets: [{ year: 2024, value: 3 }] };
    expect(evaluateIndicator(input(only2024, levels({ 2021: 3.2 }), '2021')).reason?.zh).toBe(
      '尚无2021年目标',
    );
  });

  it('judges a sub-annual figure against the year’s assigned target', () => {
    const r = evaluateIndicator(
      input(assigned, [{ period: '2022-06', measure: 'ytd_yoy', value: 3.6 }], '2022-06'),
    );
    // r = 3.6/3.5 = 1.028571 → on track
    expect(r.ratio).toBeCloseTo(3.6 / 3.5, 12);
    expect(r.status).toBe('on_track');
    expect(r.flags).toEqual(['sub_annual']);
  });

  it('is achieved when the period is complete and the compounded target met', () => {
    const r = evaluateIndicator(
      input(assigned, levels({ 2021: 4, 2022: 4, 2023: 3.5, 2024: 3.5, 2025: 3.5 }), '2025'),
    );
    expect(r.status).toBe('achieved');
    expect(r.trend.requiredPace).toBeNull();
  });
});
