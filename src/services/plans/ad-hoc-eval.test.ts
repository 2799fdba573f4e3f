import { describe, expect, it } from 'vitest';
import { evaluateLine } from './ad-hoc-eval';

describe('lantu eval --method sdg, line by line', () => {
  it('reproduces the two published Open SDG cases (evaluation.md) to 1e-9', () => {
    const a = evaluateLine(
      'sdg',
      JSON.stringify({
        id: 'a',
        base: { year: 2015, value: 10 },
        current: { year: 2016, value: 30 },
        target: { year: 2030, value: 1 },
        direction: 'decrease',
        limit: 1,
      }),
      1,
    ) as { status: string; progressValue: number; score: number };
    expect(a.status).toBe('deterioration');
    expect(a.progressValue).toBeCloseTo(-14.054408693747053, 9);
    expect(a.score).toBe(-5);
    const b = evaluateLine(
      'sdg',
      JSON.stringify({
        id: 'b',
        base: { year: 2015, value: 5 },
        current: { year: 2016, value: 6 },
        target: { year: 2030, value: 9 },
        direction: 'increase',
        limit: null,
      }),
      2,
    ) as { status: string; progressValue: number; score: number };
    expect(b).toMatchObject({ id: 'b', status: 'substantial_progress', score: 5 });
    expect(b.progressValue).toBeCloseTo(5.004545663635249, 9);
  });

  it('answers a malformed line with its line number and field', () => {
    const bad = evaluateLine(
      'sdg',
      '{"id":"x","base":{"year":2015,"value":"ten"},"current":{"year":2016,"value":3},"direction":"up"}',
      7,
    );
    expect(bad).toMatchObject({ line: 7, id: 'x', error: { code: 'invalid_line', field: 'base.value' } });
    const message = (bad as { error: { message: { en: string } } }).error.message.en;
    expect(message).toContain('line 7');
    expect(message).toContain('direction');
  });

  it('answers broken JSON with a json_syntax error', () => {
    expect(evaluateLine('sdg', '{"id": ', 3)).toMatchObject({
      line: 3,
      error: { code: 'json_syntax', field: null },
    });
  });
});

describe('lantu eval --method cn', () => {
  it('evaluates GDP as of 2023 by the compound path (hand-computed)', () => {
    // E = 83.14·(160/83.14)^0.6 = 123.14; r = ln(128.6/83.14)/ln(123.14/83.14) = 0.4362/0.3928 = 1.110
    const line = {
      id: 'gdp',
      asOf: '2023',
      indicator: {
        unit: '亿元',
        kind: 'level_compound',
        baseline: { year: 2020, value: 83.14 },
        target: { year: 2025, value: 160, comparator: 'ge' },
        annualGrowth: 14,
      },
      observations: [{ period: '2023', value: 128.6 }],
    };
    const out = evaluateLine('cn', JSON.stringify(line), 1) as Record<string, unknown>;
    expect(out.id).toBe('gdp');
    expect(out.status).toBe('ahead');
    expect(out.expected as number).toBeCloseTo(83.14 * (160 / 83.14) ** 0.6, 9);
    expect(out.ratio as number).toBeCloseTo(
      Math.log(128.6 / 83.14) / Math.log((83.14 * (160 / 83.14) ** 0.6) / 83.14),
      9,
    );
    expect(out.timeElapsed).toBe(0.6);
    expect((out.explanation as { zh: string }).zh).toContain('快于预期');
  });

  it('requires base and target years somewhere on the line', () => {
    const out = evaluateLine(
      'cn',
      JSON.stringify({ id: 'x', asOf: '2023', indicator: { unit: '%', kind: 'rate' } }),
      4,
    );
    expect(out).toMatchObject({ line: 4, id: 'x', error: { code: 'invalid_line', field: 'baseYear' } });
  });
});

describe('lantu eval --method cn, the target forms of issue 16', () => {
  // 国内生产总值增长 (纲要表1: 保持在合理区间、各年度视情提出); targets from the 2021 and 2022
  // 政府工作报告; growth 8.1 % (published 2022-02-28) revised to 8.4 % (2022-12-27), 3.0 % (2023-02-28).
  const gdp = {
    id: 'gdp',
    asOf: '2022',
    baseYear: 2020,
    targetYear: 2025,
    indicator: {
      code: 'GDP',
      name: '国内生产总值增长',
      unit: '%',
      kind: 'rate',
      target: { year: 2025, value: null, comparator: 'approx', text: '各年度视情提出', form: 'yearly' },
      annualTargets: [
        { year: 2021, value: 6, comparator: 'ge', text: '6%以上' },
        { year: 2022, value: 5.5, comparator: 'approx', text: '5.5%左右' },
      ],
    },
    observations: [
      { period: '2021', value: 8.1, published: '2022-02-28', vintage: '初步核算' },
      { period: '2021', value: 8.4, published: '2022-12-27', vintage: '最终核实' },
      { period: '2022', value: 3, published: '2023-02-28', vintage: '初步核算' },
    ],
  };

  it('judges year-by-year targets and reproduces what was known on a date', () => {
    const r = evaluateLine('cn', JSON.stringify(gdp), 1) as Record<string, unknown>;
    // √(1.084 × 1.03) − 1 = 5.6655 % against (6 + 5.5)/2 = 5.75 ± 0.5 → on track
    expect(r.status).toBe('on_track');
    expect(r.officialCategory).toBe('on_track');
    const early = evaluateLine('cn', JSON.stringify(gdp), 1, { dataAsOf: '2022-06-30' }) as Record<
      string,
      unknown
    >;
    // only 2021's 8.1 was out: ≥ 6 and above 6 + 0.5 → ahead
    expect(early).toMatchObject({
      actual: 8.1,
      actualPeriod: '2021',
      status: 'ahead',
      dataAsOf: '2022-06-30',
    });
  });

  it('names the field of each bad input', () => {
    const field = (line: object) =>
      (evaluateLine('cn', JSON.stringify(line), 3) as { error?: { field: string } }).error?.field;
    expect(field({ ...gdp, indicator: { ...gdp.indicator, kind: 'relative' } })).toBe('related');
    expect(
      field({ ...gdp, indicator: { ...gdp.indicator, annualTargets: [{ year: 2027, value: 5 }] } }),
    ).toBe('indicator.annualTargets[0].year');
    expect(field({ ...gdp, observations: [{ period: '2022', value: 3, published: '2022-03-01' }] })).toBe(
      'observations[0].published',
    );
    expect(
      field({
        ...gdp,
        indicator: {
          ...gdp.indicator,
          baseline: { year: 2020, value: 2.3 },
          basisChanges: [{ year: 2021, note: '普查' }],
        },
      }),
    ).toBe('indicator.basisChanges[0].restatedBaseline');
    expect(
      field({
        ...gdp,
        indicator: { ...gdp.indicator, target: { ...gdp.indicator.target, comparator: 'about' } },
      }),
    ).toBe('indicator.target.comparator');
    const bad = evaluateLine(
      'cn',
      JSON.stringify({ ...gdp, indicator: { ...gdp.indicator, kind: 'relative' } }),
      3,
    ) as {
      error: { message: { zh: string; en: string } };
    };
    expect(bad.error.message.zh).toBe('第 3 行 related:指标 GDP 是挂钩类(relative),缺少对比序列 related');
  });
});
