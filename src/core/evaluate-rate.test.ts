import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { input, leadingIndustryGrowth, levels } from './testing/hebi-specs';

describe('rate (主导产业增加值增速 15)', () => {
  it('compares the geometric mean of the years with g', () => {
    const r = evaluateIndicator(
      input(leadingIndustryGrowth, levels({ 2021: 16, 2022: 12, 2023: 17 }), '2023'),
    );
    // ḡ = (1.16·1.12·1.17)^(1/3) − 1 = 14.9796 %; r = 14.9796/15 = 0.998637 → on track
    expect(r.actual).toBeCloseTo(14.979555281744217, 10);
    expect(r.ratio).toBeCloseTo(0.9986370187829477, 10);
    expect(r.status).toBe('on_track');
    expect(r.expected).toBe(15);
    expect(r.explanation.zh).toBe('2021–2023年年均增长14.98%(几何平均),目标15%,进度比1.00,基本符合预期');
    // r ≥ 0.9 → at risk; required ((1.15^5)/(1.16·1.12·1.17))^(1/2) − 1 = 15.0307 %
    expect(r.trend.verdict).toBe('at_risk');
    expect(r.trend.requiredPace?.value).toBeCloseTo(15.030673893794798, 9);
    expect(r.trend.requiredPace?.basis).toBe('percent_per_year');
  });

  it('judges a sub-annual growth against the year target', () => {
    const obs = [...levels({ 2023: 17 }), { period: '2024-06', measure: 'ytd_yoy' as const, value: 13 }];
    const r = evaluateIndicator(input(leadingIndustryGrowth, obs, '2024-06'));
    // r = 13/15 = 0.866667 → behind
    expect(r.ratio).toBeCloseTo(13 / 15, 12);
    expect(r.status).toBe('behind');
    expect(r.flags).toEqual(['sub_annual']);
    expect(r.explanation.zh).toBe('2024年1–6月同比增长13%,低于年度目标(15%)2个百分点,滞后');
  });

  it('is achieved only once the target year is in and ḡ meets g', () => {
    const early = evaluateIndicator(input(leadingIndustryGrowth, levels({ 2021: 18, 2022: 18 }), '2022'));
    // ḡ = 18 %; r = 1.2 → ahead, not achieved: a rate target is met year by year
    expect(early.status).toBe('ahead');
    const done = evaluateIndicator(
      input(leadingIndustryGrowth, levels({ 2021: 18, 2022: 18, 2023: 14, 2024: 15, 2025: 16 }), '2025'),
    );
    expect(done.status).toBe('achieved');
    expect(done.trend.requiredPace).toBeNull();
  });

  it('calls a falling rate regressing', () => {
    const r = evaluateIndicator(input(leadingIndustryGrowth, levels({ 2021: -4 }), '2021'));
    // r = −4/15 < 0
    expect(r.status).toBe('regressing');
  });

  it('mirrors for a decreasing rate (growth of energy use ≤ 3 %)', () => {
    const energyUse = {
      ...leadingIndustryGrowth,
      direction: 'decrease' as const,
      target: { year: 2025, value: 3, comparator: 'le' as const, text: '3以内' },
    };
    const r = evaluateIndicator(input(energyUse, levels({ 2021: 2 }), '2021'));
    // r = 1 − (2 − 3)/3 = 1.333 → ahead
    expect(r.ratio).toBeCloseTo(4 / 3, 12);
    expect(r.status).toBe('ahead');
  });

  it('reports no data when only the base year is observed', () => {
    expect(evaluateIndicator(input(leadingIndustryGrowth, levels({ 2020: 15 }), '2021')).status).toBe(
      'no_data',
    );
  });
});
