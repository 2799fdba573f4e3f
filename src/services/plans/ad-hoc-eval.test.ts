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
