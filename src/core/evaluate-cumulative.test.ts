import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { input, levels, newJobs } from './testing/hebi-specs';

describe('cumulative (城镇新增就业 [1.275] 万人)', () => {
  it('compares the sum so far with T·τ', () => {
    const r = evaluateIndicator(input(newJobs, levels({ 2021: 0.3, 2022: 0.26, 2023: 0.28 }), '2023'));
    // ΣA = 0.3 + 0.26 + 0.28 = 0.84; E = 1.275·0.6 = 0.765; r = 0.84/0.765 = 1.098039
    expect(r.actual).toBeCloseTo(0.84, 12);
    expect(r.expected).toBeCloseTo(0.765, 12);
    expect(r.ratio).toBeCloseTo(1.0980392156862744, 12);
    expect(r.status).toBe('ahead');
    expect(r.gapToTarget).toBeCloseTo(1.275 - 0.84, 12);
    expect(r.explanation.zh).toBe(
      '2021年至2023年累计0.84万人,按五年累计目标1.275万人序时应达0.765万人,进度比1.10,快于预期',
    );
    // P = ΣA/τ = 0.84/0.6 = 1.4 ≥ 1.275 → likely; required (1.275 − 0.84)/2 = 0.2175 a year
    expect(r.trend.projection).toBeCloseTo(1.4, 12);
    expect(r.trend.verdict).toBe('likely');
    expect(r.trend.requiredPace?.value).toBeCloseTo(0.2175, 12);
    expect(r.trend.requiredPace?.basis).toBe('per_year');
  });

  it('sums the entered annual targets when there are any', () => {
    const entered = {
      ...newJobs,
      annualTargets: [
        { year: 2021, value: 0.2 },
        { year: 2022, value: 0.25 },
      ],
    };
    const r = evaluateIndicator(input(entered, levels({ 2021: 0.3, 2022: 0.26, 2023: 0.28 }), '2023'));
    // E = 0.2 + 0.25 + 1.275/5 = 0.705; r = 0.84/0.705 = 1.191489
    expect(r.expected).toBeCloseTo(0.705, 12);
    expect(r.ratio).toBeCloseTo(0.84 / 0.705, 12);
    expect(r.explanation.zh).toContain('按各年目标合计应达0.705万人');
  });

  it('judges a year-to-date figure against annual target × months/12 and counts it in ΣA', () => {
    const obs = [
      ...levels({ 2021: 0.3, 2022: 0.26 }),
      { period: '2023-09', measure: 'ytd' as const, value: 0.2 },
    ];
    const r = evaluateIndicator(input(newJobs, obs, '2023-09'));
    // annual target 1.275/5 = 0.255; E = 0.255·9/12 = 0.19125; r = 0.2/0.19125 = 1.045752 → on track
    expect(r.expected).toBeCloseTo(0.19125, 12);
    expect(r.ratio).toBeCloseTo(1.0457516339869282, 12);
    expect(r.status).toBe('on_track');
    expect(r.flags).toEqual(['sub_annual']);
    // ΣA = 0.3 + 0.26 + 0.2 = 0.76 → gap 1.275 − 0.76 = 0.515
    expect(r.gapToTarget).toBeCloseTo(0.515, 12);
    // τ at 2022.75 = 0.55: P = 0.76/0.55 = 1.381818; required (1.275 − 0.76)/2.25 = 0.228889
    expect(r.trend.projection).toBeCloseTo(1.3818181818181816, 12);
    expect(r.trend.requiredPace?.value).toBeCloseTo(0.22888888888888884, 12);
  });

  it('is achieved once the five-year total is reached', () => {
    const r = evaluateIndicator(
      input(newJobs, levels({ 2021: 0.4, 2022: 0.45, 2023: 0.43, 2024: 0.1 }), '2024'),
    );
    // ΣA = 1.38 ≥ 1.275
    expect(r.status).toBe('achieved');
    expect(r.explanation.zh).toBe('2021年至2024年累计1.38万人,已达到2025年目标([1.275]),提前实现');
  });

  it('ignores the base year and earlier years, and growth figures', () => {
    const obs = [
      ...levels({ 2020: 0.25, 2021: 0.3 }),
      { period: '2021', measure: 'yoy' as const, value: 12 },
    ];
    const r = evaluateIndicator(input(newJobs, obs, '2021'));
    // ΣA = 0.3; E = 0.255; r = 1.176471
    expect(r.actual).toBeCloseTo(0.3, 12);
    expect(r.ratio).toBeCloseTo(0.3 / 0.255, 12);
  });

  it('reports no data within the plan period and no usable measure', () => {
    expect(evaluateIndicator(input(newJobs, levels({ 2020: 0.25 }), '2021')).status).toBe('no_data');
    const growthOnly = evaluateIndicator(
      input(newJobs, [{ period: '2021', measure: 'yoy', value: 3 }], '2021'),
    );
    expect(growthOnly.status).toBe('not_assessable');
  });

  it('mirrors a cap on a total (decreasing): less than the pace is progress, achieved only at the end', () => {
    const cap = {
      ...newJobs,
      name: '新增建设用地',
      unit: '亩',
      direction: 'decrease' as const,
      target: { year: 2025, value: 500, comparator: 'le' as const, text: '500亩以内' },
    };
    const r = evaluateIndicator(input(cap, levels({ 2021: 80, 2022: 90 }), '2022'));
    // E = 500·0.4 = 200; r = 1 − (170 − 200)/200 = 1.15 → ahead (less used than the pace allows)
    expect(r.ratio).toBeCloseTo(1.15, 12);
    expect(r.status).toBe('ahead');
    // P = 170/0.4 = 425 ≤ 500 → likely
    expect(r.trend.projection).toBeCloseTo(425, 10);
    expect(r.trend.verdict).toBe('likely');
    const over = evaluateIndicator(input(cap, levels({ 2021: 150, 2022: 160 }), '2022'));
    // r = 1 − (310 − 200)/200 = 0.45 → behind; P = 775 > 500 and a cap earns no partial credit → unlikely
    expect(over.ratio).toBeCloseTo(0.45, 12);
    expect(over.status).toBe('behind');
    expect(over.trend.verdict).toBe('unlikely');
    const done = evaluateIndicator(
      input(cap, levels({ 2021: 80, 2022: 90, 2023: 100, 2024: 100, 2025: 100 }), '2025'),
    );
    expect(done.status).toBe('achieved');
  });
});
