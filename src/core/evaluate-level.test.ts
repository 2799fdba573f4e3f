import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import {
  emergingShare,
  emissionIntensity,
  gdp,
  greenRatio,
  highTech,
  input,
  levels,
  patents,
  revenue,
  unemployment,
} from './testing/hebi-specs';

describe('level_compound (地区生产总值 83.14 → 160)', () => {
  it('judges 2023 = 128.6 ahead of the compound path', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2021: 95, 2022: 110, 2023: 128.6 }), '2023'));
    // E = 83.14·(160/83.14)^0.6 = 123.13910639929306
    expect(r.expected).toBeCloseTo(123.13910639929306, 10);
    // r = ln(128.6/83.14)/ln(123.1391/83.14) = 0.436168/0.392786 = 1.110472 ≥ 1.05
    expect(r.ratio).toBeCloseTo(1.110471981365033, 12);
    expect(r.status).toBe('ahead');
    expect(r.actual).toBe(128.6);
    expect(r.actualPeriod).toBe('2023');
    expect(r.gapToExpected).toBeCloseTo(128.6 - 123.13910639929306, 10);
    expect(r.gapToTarget).toBeCloseTo(160 - 128.6, 12);
    expect(r.timeElapsed).toBeCloseTo(0.6, 12);
    expect(r.flags).toEqual([]);
    // path growth (160/83.14)^(1/5) − 1 = 13.99 %
    expect(r.explanation.zh).toBe(
      '2023年实际128.6亿元,按2020年83.14亿元至2025年160亿元(年均增长13.99%)序时应达123.1亿元,进度比1.11,快于预期',
    );
    expect(r.explanation.en).toBe(
      '2023 actual 128.6 × 100 million yuan; expected 123.1 × 100 million yuan on the path from 83.14 (2020) to 160 (2025), 13.99% a year; ratio 1.11; ahead of schedule',
    );
  });

  it('projects by the realised compound rate', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2023: 128.6 }), '2023'));
    // realised (128.6/83.14)^(1/3) − 1 = 15.649 %; P = 83.14·(128.6/83.14)^(5/3) = 172.0 ≥ 160
    expect(r.trend.projection).toBeCloseTo(171.9999289599012, 8);
    expect(r.trend.verdict).toBe('likely');
    // required (160/128.6)^(1/2) − 1 = 11.542 %
    expect(r.trend.requiredPace).toEqual({
      value: expect.closeTo(11.542277306632087, 9),
      basis: 'percent_per_year',
    });
    expect(r.trend.explanation.zh).toBe(
      '按2020年以来实际年均增长15.65%推算,2025年可达172亿元,实现目标需此后年均增长11.54%,可以完成五年目标',
    );
  });

  it('judges 2023 = 118 behind', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2023: 118 }), '2023'));
    // ln(118/83.14)/ln(123.1391/83.14) = 0.350197/0.392786 = 0.891468 < 0.95
    expect(r.ratio).toBeCloseTo(0.8914682752488422, 12);
    expect(r.status).toBe('behind');
  });

  it('uses the stated T, not B·(1+g)^5, when both are given', () => {
    const r = evaluateIndicator(input(revenue, levels({ 2023: 6 }), '2023'));
    // E = 4.5·(7/4.5)^0.6 = 5.866024; r = ln(6/4.5)/ln(5.866024/4.5) = 1.085185
    expect(r.expected).toBeCloseTo(5.8660239191825445, 10);
    expect(r.ratio).toBeCloseTo(1.0851846502546267, 10);
    expect(r.status).toBe('ahead');
  });

  it('derives T = B·(1 + g)^(t1 − t0) when the plan gives no T', () => {
    const noTarget = { ...revenue, target: null };
    const r = evaluateIndicator(input(noTarget, levels({ 2023: 6 }), '2023'));
    // T = 4.5·1.1^5 = 7.247295; E = 4.5·1.1^3 = 5.9895; r = ln(6/4.5)/ln(5.9895/4.5) = 1.006126
    expect(r.expected).toBeCloseTo(5.9895, 10);
    expect(r.ratio).toBeCloseTo(1.006125729145274, 10);
    expect(r.gapToTarget).toBeCloseTo(7.247295 - 6, 10);
    expect(r.status).toBe('on_track');
  });

  it('counts the target as achieved once the level reaches it', () => {
    // 左右 band: 160 ± 5 % = 152–168; 155 lies in the band
    const r = evaluateIndicator(input(gdp, levels({ 2024: 155 }), '2024'));
    expect(r.status).toBe('achieved');
    expect(r.explanation.zh).toBe('2024年实际155亿元,已达到2025年目标(160),提前实现');
  });

  it('judges 累计同比 growth directly against the annual growth target (sub-annual)', () => {
    const obs = [...levels({ 2022: 110 }), { period: '2023-09', measure: 'ytd_yoy' as const, value: 7.5 }];
    const r = evaluateIndicator(
      input({ ...gdp, target: { ...gdp.target, comparator: 'ge' } as typeof gdp.target }, obs, '2023-Q3'),
    );
    // r = 7.5/14 = 0.535714 → behind
    expect(r.ratio).toBeCloseTo(7.5 / 14, 12);
    expect(r.expected).toBe(14);
    expect(r.status).toBe('behind');
    expect(r.flags).toEqual(['sub_annual']);
    // 2023-Q3 sits at 2022.75: τ = 2.75/5 = 0.55
    expect(r.timeElapsed).toBeCloseTo(0.55, 12);
    expect(r.explanation.zh).toBe('2023年1–9月同比增长7.5%,低于年度目标(14%)6.5个百分点,滞后');
  });

  it('reads a 14左右 growth target as a band in percentage points', () => {
    const at = (value: number) =>
      evaluateIndicator(input(gdp, [{ period: '2023-09', measure: 'ytd_yoy', value }], '2023-09')).status;
    // band 13.5–14.5: 13.6 within → on track; 16 beyond on the favourable side → ahead (met)
    expect(at(13.6)).toBe('on_track');
    expect(at(16)).toBe('ahead');
    // 13.4 is below the band although 13.4/14 = 0.957 ≥ 0.95: the band decides
    expect(at(13.4)).toBe('behind');
    expect(at(-1)).toBe('regressing');
  });

  it('judges a year-to-date level against annual target × months/12', () => {
    const r = evaluateIndicator(input(gdp, [{ period: '2023-09', measure: 'ytd', value: 95 }], '2023-09'));
    // annual target 2023 = 123.1391; E = 123.1391·9/12 = 92.354330; r = 95/92.354330 = 1.028647
    expect(r.expected).toBeCloseTo(92.3543297994698, 10);
    expect(r.ratio).toBeCloseTo(1.0286469536000618, 10);
    expect(r.status).toBe('on_track');
    expect(r.flags).toEqual(['sub_annual']);
    expect(r.explanation.zh).toBe(
      '2023年1–9月累计95亿元,按2023年目标123.1亿元的9/12序时应达92.4亿元,进度比1.03,基本符合预期',
    );
  });

  it('takes an entered annual target for the year over the path', () => {
    const withEntry = { ...gdp, annualTargets: [{ year: 2023, value: 120 }] };
    const r = evaluateIndicator(
      input(withEntry, [{ period: '2023-06', measure: 'ytd', value: 57 }], '2023-06'),
    );
    // E = 120·6/12 = 60; r = 57/60 = 0.95 → on track (boundary)
    expect(r.expected).toBe(60);
    expect(r.ratio).toBeCloseTo(0.95, 12);
    expect(r.status).toBe('on_track');
  });

  it('is not assessable when the inputs contradict the compound path', () => {
    const flat = { ...gdp, target: { year: 2025, value: 83.14, comparator: 'ge' as const, text: '83.14' } };
    expect(evaluateIndicator(input(flat, levels({ 2023: 80 }), '2023')).reason?.en).toContain(
      'no compound growth path',
    );
    const zeroBase = { ...gdp, baseline: { year: 2020, value: 0 } };
    const r = evaluateIndicator(input(zeroBase, levels({ 2023: 80 }), '2023'));
    expect(r.status).toBe('not_assessable');
    expect(r.reason?.zh).toBe('基数或目标不为正数,无法按复合增长(对数)计算');
    const falling = {
      ...gdp,
      direction: 'decrease' as const,
      target: { ...flat.target, value: 160, comparator: 'le' as const },
    };
    expect(evaluateIndicator(input(falling, levels({ 2023: 170 }), '2023')).reason?.en).toContain('against');
  });

  it('has no data for the plan period when only the baseline year is known (τ = 0, E = B)', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2020: 83.14 }), '2023'));
    expect(r.status).toBe('no_data');
    expect(r.explanation.zh).toBe('截至2023年,规划期(2021年起)内暂无数据');
    expect(r.ratio).toBeNull();
  });

  it('calls a non-positive level on a rising compound path regressing', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2022: -3 }), '2022'));
    expect(r.status).toBe('regressing');
    expect(r.ratio).toBeNull();
  });
});

describe('level_linear', () => {
  it('judges 城市绿地率 33 in 2023 behind the straight line 29.6 → 37', () => {
    const r = evaluateIndicator(input(greenRatio, levels({ 2021: 31, 2022: 32, 2023: 33 }), '2023'));
    // E = 29.6 + (37 − 29.6)·0.6 = 34.04; r = (33 − 29.6)/(34.04 − 29.6) = 3.4/4.44 = 0.765766
    expect(r.expected).toBeCloseTo(34.04, 12);
    expect(r.ratio).toBeCloseTo(0.7657657657657658, 12);
    expect(r.status).toBe('behind');
    expect(r.explanation.zh).toBe(
      '2023年实际33%,按2020年29.6%至2025年37%(线性推进)序时应达34%,进度比0.77,滞后',
    );
  });

  it('projects by least squares over the baseline and the observed years', () => {
    const r = evaluateIndicator(input(greenRatio, levels({ 2021: 31, 2022: 32, 2023: 33 }), '2023'));
    // points (2020, 29.6) (2021, 31) (2022, 32) (2023, 33): slope 1.12, P(2025) = 35.32
    expect(r.trend.projection).toBeCloseTo(35.32, 10);
    // share of the planned change (35.32 − 29.6)/(37 − 29.6) = 0.773 < 0.9 → unlikely
    expect(r.trend.verdict).toBe('unlikely');
    // required (37 − 33)/(2025 − 2023) = 2 pp a year
    expect(r.trend.requiredPace).toEqual({ value: 2, basis: 'per_year' });
    expect(r.trend.explanation.zh).toBe(
      '按线性趋势(最小二乘)推算,2025年可达35.3%,实现目标需此后每年提高2个百分点,难以完成五年目标',
    );
  });

  it('draws the line through two points', () => {
    const r = evaluateIndicator(input(highTech, levels({ 2022: 45 }), '2022'));
    // E = 32 + 28·0.4 = 43.2; r = 13/11.2 = 1.160714 → ahead
    expect(r.expected).toBeCloseTo(43.2, 12);
    expect(r.ratio).toBeCloseTo(1.1607142857142858, 12);
    expect(r.status).toBe('ahead');
    // line through (2020, 32) and (2022, 45): 6.5 a year, P = 45 + 3·6.5 = 64.5 ≥ 60 → likely
    expect(r.trend.projection).toBeCloseTo(64.5, 10);
    expect(r.trend.verdict).toBe('likely');
  });

  it('marks 每万人发明专利 20.5 as achieved ahead of time and keeps the ratio', () => {
    const r = evaluateIndicator(input(patents, levels({ 2023: 20.5 }), '2023'));
    expect(r.status).toBe('achieved');
    // E = 17.1 + 2.9·0.6 = 18.84; r = 3.4/1.74 = 1.954023
    expect(r.ratio).toBeCloseTo(1.954022988505748, 12);
    expect(r.explanation.zh).toBe('2023年实际20.5件,已达到2025年目标(>20),提前实现');
  });

  it('flips for a decreasing indicator (energy intensity 0.5 → 0.43)', () => {
    const intensity = {
      ...greenRatio,
      unit: '吨标准煤/万元',
      direction: 'decrease' as const,
      baseline: { year: 2020, value: 0.5 },
      target: { year: 2025, value: 0.43, comparator: 'le' as const, text: '0.43' },
    };
    const r = evaluateIndicator(input(intensity, levels({ 2023: 0.46 }), '2023'));
    // E = 0.5 − 0.07·0.6 = 0.458; r = (0.46 − 0.5)/(0.458 − 0.5) = 0.952381 → on track
    expect(r.expected).toBeCloseTo(0.458, 12);
    expect(r.ratio).toBeCloseTo(0.9523809523809523, 12);
    expect(r.status).toBe('on_track');
    expect(r.gapToExpected).toBeCloseTo(0.002, 12);
    const up = evaluateIndicator(input(intensity, levels({ 2023: 0.52 }), '2023'));
    // r = (0.52 − 0.5)/(0.458 − 0.5) = −0.476 → regressing
    expect(up.status).toBe('regressing');
  });
});

describe('threshold', () => {
  it('uses the earliest observation as an implicit baseline', () => {
    const r = evaluateIndicator(input(emergingShare, levels({ 2021: 20, 2023: 23 }), '2023'));
    // B = 20 (2021), τ = (2023 − 2021)/(2025 − 2021) = 0.5, E = 22.5; r = 3/2.5 = 1.2
    expect(r.expected).toBeCloseTo(22.5, 12);
    expect(r.ratio).toBeCloseTo(1.2, 12);
    expect(r.status).toBe('ahead');
    expect(r.flags).toEqual(['implicit_baseline']);
    expect(r.explanation.zh).toContain('按2021年20%至2025年25%(线性推进)序时应达22.5%');
  });

  it('cannot judge progress from a single point', () => {
    const r = evaluateIndicator(input(emergingShare, levels({ 2023: 23 }), '2023'));
    expect(r.status).toBe('not_assessable');
    expect(r.ratio).toBeNull();
    expect(r.flags).toEqual(['single_point', 'implicit_baseline']);
  });

  it('still recognises a single point that meets the target', () => {
    const r = evaluateIndicator(input(emergingShare, levels({ 2023: 26 }), '2023'));
    expect(r.status).toBe('achieved');
    expect(r.flags).toEqual(['single_point', 'implicit_baseline']);
  });

  it('meets 失业率 5左右 at 4.2, on the favourable side of the band: a line held, on track', () => {
    // Issue 16 rule 3: 4.5 (2021) already meets the ceiling, so it is a line to hold; held in 2022
    // (4.2 ≤ 5 + 0.5) → 基本符合预期, not 提前实现 (which was this test's verdict before the rule).
    const r = evaluateIndicator(input(unemployment, levels({ 2021: 4.5, 2022: 4.2 }), '2022'));
    expect(r.status).toBe('on_track');
    expect(r.officialCategory).toBe('on_track');
  });

  it('treats a ceiling above the starting value as a limit: breached → behind', () => {
    // implicit B = 4.5 (2021) below T = 5 for a decreasing indicator: the target is a limit to keep
    const r = evaluateIndicator(input(unemployment, levels({ 2021: 4.5, 2023: 5.6 }), '2023'));
    // 5.6 > 5 + 0.5 (band in pp)
    expect(r.status).toBe('behind');
    expect(r.ratio).toBeNull();
    expect(r.expected).toBe(5);
    // Issue 16 rule 3 names the breached year and lists the years held or not.
    expect(r.explanation.zh).toBe('守线类目标(5左右):2021年4.5%、2023年5.6%,2023年未守住目标线,滞后');
    expect(r.breaches).toEqual([2023]);
  });

  it('is not assessable when the target is a phrase only', () => {
    const r = evaluateIndicator(input(emissionIntensity, levels({ 2023: 0.8 }), '2023'));
    expect(r.status).toBe('not_assessable');
    expect(r.reason).toEqual({
      zh: '目标为定性表述,未关联可计算的数据',
      en: 'the target is a phrase with nothing to compute against',
    });
  });
});

describe('common rules', () => {
  it('reports no data', () => {
    const r = evaluateIndicator(input(gdp, [], '2023'));
    expect(r.status).toBe('no_data');
    expect(r.ratio).toBeNull();
    expect(r.explanation).toEqual({ zh: '截至2023年暂无数据', en: 'No data up to 2023' });
  });

  it('uses only observations up to the evaluation date', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2022: 110, 2023: 128.6 }), '2022'));
    expect(r.actualPeriod).toBe('2022');
  });

  it('flags data older than the evaluation year', () => {
    const r = evaluateIndicator(input(gdp, levels({ 2022: 110 }), '2024'));
    expect(r.flags).toContain('stale_data');
    expect(r.timeElapsed).toBeCloseTo(0.8, 12);
    // E is taken at the data's own period, 2022: 83.14·(160/83.14)^0.4 = 107.39
    expect(r.expected).toBeCloseTo(83.14 * (160 / 83.14) ** 0.4, 10);
  });

  it('judges from the target year on by the actual value', () => {
    const r = evaluateIndicator(input(highTech, levels({ 2025: 58 }), '2025'));
    // r = (58 − 32)/(60 − 32) = 0.9286 → behind; trend follows the actual: (58 − 32)/28 = 0.93 ≥ 0.9 → at risk
    expect(r.status).toBe('behind');
    expect(r.trend.requiredPace).toBeNull();
    expect(r.trend.projection).toBe(58);
    expect(r.trend.verdict).toBe('at_risk');
  });

  it('rejects an evaluation date that is not a period', () => {
    expect(() => evaluateIndicator(input(gdp, [], '2023年'))).toThrow(/period/);
  });
});

describe('contradictory comparator and direction', () => {
  it('is not assessable when ≥ meets a decreasing indicator or ≤ an increasing one', () => {
    const slip = {
      ...greenRatio,
      target: { year: 2025, value: 37, comparator: 'le' as const, text: '37以下' },
    };
    const r = evaluateIndicator(input(slip, levels({ 2023: 33 }), '2023'));
    expect(r.status).toBe('not_assessable');
    expect(r.reason?.en).toBe(
      'the comparator contradicts the direction (≥ needs an increasing, ≤ a decreasing indicator)',
    );
  });
});
