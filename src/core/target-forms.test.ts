/**
 * The target forms of issue 16, each with numbers computed by hand (the computation is in the
 * comment above each assertion). Figures are the national 14th plan's (纲要表1) and the National
 * Bureau of Statistics' communiqués (统计公报 2021, published 2022-02-28; 2022, published 2023-02-28).
 */
import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { defaultEvaluationSettings, type IndicatorSpec, type Observation } from './model';

const settings = defaultEvaluationSettings;

function spec(partial: Partial<IndicatorSpec> & Pick<IndicatorSpec, 'kind' | 'unit'>): IndicatorSpec {
  return {
    code: 'X',
    name: 'X',
    attribute: 'expected',
    direction: 'increase',
    baseline: null,
    target: null,
    annualGrowth: null,
    annualTargets: [],
    relatedTo: null,
    ...partial,
  };
}

function run(s: IndicatorSpec, observations: Observation[], asOf: string, extra = {}) {
  return evaluateIndicator({
    spec: s,
    observations,
    asOf,
    baseYear: 2020,
    targetYear: 2025,
    settings,
    ...extra,
  });
}

const rates = (values: Record<number, number>): Observation[] =>
  Object.entries(values).map(([year, value]) => ({ period: year, measure: 'level', value }));

const gdpGrowth = spec({
  code: 'GDP',
  name: '国内生产总值增长',
  kind: 'rate',
  unit: '%',
  target: {
    year: 2025,
    value: null,
    comparator: 'approx',
    text: '保持在合理区间、各年度视情提出',
    form: 'yearly',
  },
  annualTargets: [
    { year: 2021, value: 6, comparator: 'ge', text: '6%以上' },
    { year: 2022, value: 5.5, comparator: 'approx', text: '5.5%左右' },
  ],
});

describe('1 growth targets set year by year', () => {
  it('judges each year by its own target and the period by the mean of the targets', () => {
    const r = run(gdpGrowth, rates({ 2021: 8.1, 2022: 3 }), '2022');
    // ḡ = √(1.081 × 1.03) − 1 = √1.11343 − 1 = 5.5192 %; mean target (6 + 5.5)/2 = 5.75;
    // 5.5192 − 5.75 = −0.23 pp, within ±0.5 pp → 基本符合预期
    expect(r.actual).toBeCloseTo(5.5192, 3);
    expect(r.expected).toBe(5.75);
    expect(r.status).toBe('on_track');
    expect(r.officialCategory).toBe('on_track');
    // 2021: 8.1 ≥ 6 met; 2022: 3 < 5.5 − 0.5 missed
    expect(r.years.map((y) => [y.year, y.met])).toEqual([
      [2021, true],
      [2022, false],
    ]);
    expect(r.explanation.zh).toContain('2022年3%(目标5.5%左右,未达到)');
    expect(r.explanation.zh).toContain('各年目标均值5.75%');
  });

  it('is behind when the mean falls below the band (before this rule it was not assessable)', () => {
    // √(1.03 × 1.03) − 1 = 3 % against 5.75 − 0.5 → 滞后
    expect(run(gdpGrowth, rates({ 2021: 3, 2022: 3 }), '2022').status).toBe('behind');
  });
});

describe('2 relational targets', () => {
  const gdp = spec({
    code: 'GDP',
    name: 'GDP',
    kind: 'rate',
    unit: '%',
    target: { year: 2025, value: 5, comparator: 'approx', text: '5左右' },
  });
  const gdpObs = rates({ 2021: 8.1, 2022: 3 });
  const productivity = (relation: 'above' | 'in_step' | 'not_below') =>
    spec({
      kind: 'relative',
      unit: '%',
      relatedTo: 'GDP',
      target: { year: 2025, value: null, comparator: 'ge', text: '高于GDP增长', relation },
    });

  it('高于: met by any positive gap, on track within the band, ahead beyond it', () => {
    // 全员劳动生产率 8.7, 4.2: √(1.087 × 1.042) − 1 = 6.4262 %; GDP 5.5192 %; gap 0.907 pp ∈ (0, 1] → 基本符合预期
    const r = run(productivity('above'), rates({ 2021: 8.7, 2022: 4.2 }), '2022', {
      related: { spec: gdp, observations: gdpObs },
    });
    expect(r.actual).toBeCloseTo(6.4262, 3);
    expect(r.status).toBe('on_track');
    // 10.5, 4.2: √(1.105 × 1.042) − 1 = 7.3047 %, gap 1.79 pp > 1 → 快于预期
    const fast = run(productivity('above'), rates({ 2021: 10.5, 2022: 4.2 }), '2022', {
      related: { spec: gdp, observations: gdpObs },
    });
    expect(fast.status).toBe('ahead');
    // equal growth: gap 0 is not 高于 → 滞后; but it is 不低于 → 基本符合预期
    const same = rates({ 2021: 8.1, 2022: 3 });
    expect(
      run(productivity('above'), same, '2022', { related: { spec: gdp, observations: gdpObs } }).status,
    ).toBe('behind');
    expect(
      run(productivity('not_below'), same, '2022', { related: { spec: gdp, observations: gdpObs } }).status,
    ).toBe('on_track');
  });

  it('同步: within ±1 pp on track, faster than the band ahead', () => {
    // 居民收入 8.1, 2.9: √(1.081 × 1.029) − 1 = 5.4679 %; gap −0.05 pp → 基本符合预期
    const r = run(productivity('in_step'), rates({ 2021: 8.1, 2022: 2.9 }), '2022', {
      related: { spec: gdp, observations: gdpObs },
    });
    expect(r.status).toBe('on_track');
    expect(r.explanation.zh).toContain('同步区间±1个百分点');
  });
});

describe('3 lines to hold', () => {
  const grain = spec({
    kind: 'threshold',
    unit: '亿吨',
    attribute: 'binding',
    target: { year: 2025, value: 6.5, comparator: 'ge', text: '>6.5' },
  });

  it('a floor already met is held: on track, never 提前实现', () => {
    // 粮食总产量 68285 万吨 (2021), 68653 万吨 (2022): 6.83, 6.87 ≥ 6.5 every year → 基本符合预期
    const r = run(grain, rates({ 2021: 6.83, 2022: 6.87 }), '2022');
    expect(r.status).toBe('on_track');
    expect(r.breaches).toEqual([]);
    expect(r.explanation.zh).toBe(
      '守线类目标(>6.5):2021年6.83亿吨、2022年6.87亿吨,各年均守住目标线,基本符合预期',
    );
  });

  it('a breach in a year is behind, named, and warns', () => {
    const r = run(grain, rates({ 2021: 6.83, 2022: 6.4 }), '2022');
    expect(r.status).toBe('behind');
    expect(r.breaches).toEqual([2022]);
    expect(r.notes[0]?.zh).toBe('2022年未守住目标线(>6.5)');
  });

  it('latest_year lets a later year that holds the line recover', () => {
    // 2020 baseline 6.69 亿吨 (66949 万吨, 统计公报 2020) meets the floor, so the line is to be held
    const r = evaluateIndicator({
      spec: { ...grain, baseline: { year: 2020, value: 6.69 } },
      observations: rates({ 2021: 6.4, 2022: 6.87 }),
      asOf: '2022',
      baseYear: 2020,
      targetYear: 2025,
      settings: { ...settings, holdBreach: 'latest_year' },
    });
    expect(r.status).toBe('on_track');
    expect(r.breaches).toEqual([2021]);
  });

  it('a ceiling (城镇调查失业率 <5.5, 5.2 in 2020) held at 5.1 and 5.5 is on track', () => {
    const unemployment = spec({
      kind: 'level_linear',
      unit: '%',
      direction: 'decrease',
      baseline: { year: 2020, value: 5.2 },
      target: { year: 2025, value: 5.5, comparator: 'le', text: '<5.5' },
    });
    // 5.1 ≤ 5.5 and 5.5 ≤ 5.5 (年末 figures of the communiqués)
    expect(run(unemployment, rates({ 2021: 5.1, 2022: 5.5 }), '2022').status).toBe('on_track');
  });

  it('a yearly mean that meets ≥ does not hide the year that did not', () => {
    const rd = spec({
      kind: 'rate',
      unit: '%',
      target: { year: 2025, value: 7, comparator: 'ge', text: '>7' },
    });
    // √(1.142 × 1.05) − 1 = 9.5053 % ≥ 7 → ahead on the mean; 2022's 5 < 7 is shown
    const r = run(rd, rates({ 2021: 14.2, 2022: 5 }), '2022');
    expect(r.status).toBe('ahead');
    expect(r.breaches).toEqual([2022]);
    expect(r.flags).toContain('line_breached');
  });
});

describe('4 the target year: 已实现 / 未实现', () => {
  it('a level short of its target in the target year is 未实现, not on track', () => {
    const green = spec({
      kind: 'level_linear',
      unit: '%',
      baseline: { year: 2020, value: 29.6 },
      target: { year: 2025, value: 37, comparator: 'ge', text: '37' },
    });
    // r = (36.8 − 29.6)/(37 − 29.6) = 7.2/7.4 = 0.973 (on track before this rule); completion 36.8/37 = 0.9946
    const r = run(green, rates({ 2025: 36.8 }), '2025');
    expect(r.status).toBe('behind');
    expect(r.officialCategory).toBe('missed');
    expect(r.finalVerdict?.met).toBe(false);
    expect(r.finalVerdict?.completion).toBeCloseTo(36.8 / 37, 9);
    expect(r.explanation.zh).toContain('目标年未实现(完成率0.99)');
  });

  it('a cumulative 〔18〕 with 17.7 achieved is 未实现', () => {
    const co2 = spec({
      kind: 'cumulative',
      unit: '%',
      attribute: 'binding',
      target: { year: 2025, value: 18, comparator: 'ge', text: '〔18〕', form: 'chained' },
    });
    const r = run(
      co2,
      [{ period: '2025', measure: 'level', value: 17.7, span: 'since_base', source: '示例' }],
      '2025',
    );
    // 17.7 < 18 in the target year
    expect(r.status).toBe('behind');
    expect(r.officialCategory).toBe('missed');
    expect(r.finalVerdict?.completion).toBeCloseTo(17.7 / 18, 9);
  });

  it('can be switched off (targetYearVerdict false) to keep the ratio verdict', () => {
    const green = spec({
      kind: 'level_linear',
      unit: '%',
      baseline: { year: 2020, value: 29.6 },
      target: { year: 2025, value: 37, comparator: 'ge', text: '37' },
    });
    const r = evaluateIndicator({
      spec: green,
      observations: rates({ 2025: 36.8 }),
      asOf: '2025',
      baseYear: 2020,
      targetYear: 2025,
      settings: { ...settings, targetYearVerdict: false },
    });
    expect(r.status).toBe('on_track');
    expect(r.finalVerdict).toBeNull();
  });
});

describe('5 chained cumulative reductions', () => {
  const energy = spec({
    kind: 'cumulative',
    unit: '%',
    attribute: 'binding',
    target: { year: 2025, value: 13.5, comparator: 'ge', text: '〔13.5〕', form: 'chained' },
  });

  it('chains the yearly reductions and compares with 1 − (1 − T)^τ', () => {
    // 单位GDP能耗 下降2.7% (2021), 0.1% (2022): 1 − 0.973 × 0.999 = 2.7973 %;
    // τ = 0.4: 1 − 0.865^0.4 = 1 − e^(0.4 ln 0.865) = 1 − e^(−0.058010) = 5.6361 %; r = 0.4963 → 滞后
    const r = run(energy, rates({ 2021: 2.7, 2022: 0.1 }), '2022');
    expect(r.actual).toBeCloseTo(2.7973, 4);
    expect(r.expected).toBeCloseTo(5.6361, 3);
    expect(r.ratio).toBeCloseTo(0.4963, 3);
    expect(r.status).toBe('behind');
    expect(r.officialCategory).toBe('behind');
  });

  it('an official cumulative figure overrides the chained years up to its year', () => {
    const obs: Observation[] = [
      ...rates({ 2021: 2.7, 2022: 0.1, 2023: 0.5 }),
      { period: '2022', measure: 'level', value: 3, span: 'since_base', source: '国家统计局' },
    ];
    // 1 − (1 − 0.03) × (1 − 0.005) = 1 − 0.97 × 0.995 = 3.485 %
    const r = run(energy, obs, '2023');
    expect(r.actual).toBeCloseTo(3.485, 9);
    expect(r.flags).toContain('official_cumulative');
    expect(r.notes[0]?.zh).toContain('采用官方公布的累计数3%');
  });
});

describe('6 increments, composite targets', () => {
  const life = spec({
    kind: 'level_linear',
    unit: '岁',
    baseline: { year: 2020, value: 77.3 },
    target: { year: 2025, value: null, increment: 1, comparator: 'ge', text: '提高〔1〕岁' },
  });

  it('an increment is T = B + 1', () => {
    // T = 78.3; 2021: E = 77.3 + 1 × 0.2 = 77.5; r = (78.2 − 77.3)/0.2 = 4.5 → 快于预期
    const r = run(life, rates({ 2021: 78.2 }), '2021');
    expect(r.expected).toBeCloseTo(77.5, 9);
    expect(r.ratio).toBeCloseTo(4.5, 9);
    expect(r.gapToTarget).toBeCloseTo(0.1, 9);
  });

  it('a composite target is judged on its binding part; the aspiration on its own', () => {
    const rd = spec({
      kind: 'rate',
      unit: '%',
      target: {
        year: 2025,
        value: 7,
        comparator: 'ge',
        text: '>7、力争10以上',
        aspiration: { value: 10, comparator: 'ge', text: '力争10以上' },
      },
    });
    // 研发经费 增长14.2% (2021), 10.4% (2022): √(1.142 × 1.104) − 1 = 12.284 %; r = 12.284/7 = 1.755 → 快于预期;
    // 12.284 ≥ 10 → aspiration met
    const r = run(rd, rates({ 2021: 14.2, 2022: 10.4 }), '2022');
    expect(r.status).toBe('ahead');
    expect(r.aspiration?.met).toBe(true);
    const phrase = run(
      {
        ...rd,
        target: rd.target && {
          ...rd.target,
          aspiration: { value: null, comparator: 'ge', text: "力争投入强度高于'十三五'时期实际" },
        },
      },
      rates({ 2021: 14.2, 2022: 10.4 }),
      '2022',
    );
    expect(phrase.aspiration?.met).toBeNull();
    expect(phrase.status).toBe('ahead');
  });
});

describe('7 what data was known when; basis changes; abnormal baselines', () => {
  const gdp = spec({
    kind: 'rate',
    unit: '%',
    target: { year: 2025, value: 5, comparator: 'approx', text: '5左右' },
  });
  // NBS: 2021 growth 8.1 % (初步核算, 2022-02-28), 8.4 % (最终核实, 2022-12-27); 2022 3.0 % (2023-02-28)
  const obs: Observation[] = [
    { period: '2021', measure: 'level', value: 8.1, published: '2022-02-28', vintage: '初步核算' },
    { period: '2021', measure: 'level', value: 8.4, published: '2022-12-27', vintage: '最终核实' },
    { period: '2022', measure: 'level', value: 3, published: '2023-02-28', vintage: '初步核算' },
  ];

  it('uses only what was published by dataAsOf, the latest vintage of each figure', () => {
    expect(run(gdp, obs, '2022', { dataAsOf: '2022-06-30' }).actual).toBe(8.1);
    const jan = run(gdp, obs, '2022', { dataAsOf: '2023-01-31' });
    expect(jan.actual).toBe(8.4);
    expect(jan.actualPeriod).toBe('2021');
    expect(jan.dataAsOf).toBe('2023-01-31');
    // by 2023-12-26 both years: √(1.084 × 1.03) − 1 = √1.11652 − 1 = 5.6655 %
    const dec = run(gdp, obs, '2022', { dataAsOf: '2023-12-26' });
    expect(dec.actual).toBeCloseTo(5.6655, 3);
    expect(dec.flags).toContain('preliminary_data');
    expect(dec.notes.map((n) => n.zh)).toContain('2022年数据为初步核算数');
  });

  it('restates the baseline after a change of basis and shows both', () => {
    const life = spec({
      kind: 'level_linear',
      unit: '岁',
      baseline: { year: 2020, value: 77.3 },
      target: { year: 2025, value: null, increment: 1, comparator: 'ge', text: '提高〔1〕岁' },
      basisChanges: [{ year: 2021, restatedBaseline: 77.93, note: '第七次全国人口普查' }],
    });
    // B' = 77.93, T = 78.93; 2021: E = 77.93 + 0.2 = 78.13; r = (78.2 − 77.93)/0.2 = 1.35 → 快于预期
    const r = run(life, rates({ 2021: 78.2 }), '2021');
    expect(r.ratio).toBeCloseTo(1.35, 9);
    expect(r.flags).toContain('restated_baseline');
    expect(r.notes[0]?.zh).toBe(
      '口径调整(第七次全国人口普查):2021年起数据为新口径,2020年基数由77.3调整为77.93',
    );
  });

  it('names an abnormal baseline', () => {
    const s = spec({
      kind: 'level_linear',
      unit: '%',
      baseline: { year: 2020, value: 12, abnormal: '受新冠肺炎疫情等因素影响,明显高于正常年份' },
      target: { year: 2025, value: 15, comparator: 'ge', text: '15' },
    });
    const r = run(s, rates({ 2021: 12.6 }), '2021');
    expect(r.flags).toContain('abnormal_baseline');
    expect(r.notes[0]?.zh).toBe('2020年基数异常:受新冠肺炎疫情等因素影响,明显高于正常年份');
  });
});

describe('8 the official four categories', () => {
  it('folds 逆向 into 滞后预期 and reads 提前实现 before the target year', () => {
    const air = spec({
      kind: 'level_linear',
      unit: '%',
      attribute: 'binding',
      baseline: { year: 2020, value: 87 },
      target: { year: 2025, value: 87.5, comparator: 'ge', text: '87.5' },
    });
    // 优良天数比率 86.5 (2022) below the 87 baseline: r = (86.5 − 87)/(87.2 − 87) = −2.5 → 逆向 → 滞后预期
    const r = run(air, rates({ 2021: 87.5, 2022: 86.5 }), '2022');
    expect(r.status).toBe('regressing');
    expect(r.officialCategory).toBe('behind');
    // 城镇化率 63.9 → 65: 65.22 in 2022 → 提前实现
    const urban = spec({
      kind: 'level_linear',
      unit: '%',
      baseline: { year: 2020, value: 63.9 },
      target: { year: 2025, value: 65, comparator: 'ge', text: '65' },
    });
    expect(run(urban, rates({ 2021: 64.72, 2022: 65.22 }), '2022').officialCategory).toBe('achieved_early');
  });
});
