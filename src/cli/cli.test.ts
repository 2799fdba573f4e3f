/**
 * The CLI as a user runs it: a real child process of bin/lantu.mjs, its stdout, stderr and exit code.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { miniPackage, writePackage } from '../io/importers/test-support/mini-package';

const bin = fileURLToPath(new URL('../../bin/lantu.mjs', import.meta.url));

function lantu(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LANTU_LANG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lantu CLI', () => {
  it('validates the bundled Hebi package', () => {
    const r = lantu(['plan', 'validate', 'data/plans/hebi-etdz-14th']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('规划包校验通过');
  });

  it('lists every problem of a broken package and exits 1', () => {
    const files = miniPackage();
    const indicators = (files['indicators.json'] as { indicators: Record<string, unknown>[] }).indicators;
    const first = indicators[0] as Record<string, unknown>;
    indicators.push({
      ...first,
      tableNo: 2,
      unit: '亿圆',
      target: { year: 2024, value: 1, comparator: 'ge', text: '1' },
    });
    const r = lantu(['plan', 'validate', writePackage(files)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('共 3 个问题');
    expect(r.err).toContain('indicators.json › T01 › unit: 未知计量单位「亿圆」');
    expect(r.err).toContain('indicators.json › T01 › target.year');
    expect(r.err).toContain('duplicate indicator code: T01');
  });

  it('exports the indicator table as JSON with the fields of the issue', () => {
    const r = lantu(['export', 'indicators', 'hebi-etdz-14th', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    const table1 = rows.filter((row) => row.source === 'table1');
    expect(table1).toHaveLength(29);
    expect(table1.filter((row) => row.tableNo === null).map((row) => row.name)).toEqual([
      '万元工业增加值能耗降低率',
    ]);
    // Row 1 of table 1 as the plan prints it: 83.14 → 160, 14左右, 预期性
    expect(rows[0]).toMatchObject({
      name: '地区生产总值',
      unit: '亿元',
      category: '经济发展',
      baseline: { year: 2020, value: 83.14 },
      target: { year: 2025, value: 160, comparator: 'ge' },
      annualGrowth: 14,
      cumulative: null,
      attribute: 'expected',
      kind: 'level_compound',
      source: 'table1',
      tableNo: 1,
    });
    expect(rows.find((row) => row.tableNo === 19)).toMatchObject({ cumulative: 1.275, kind: 'cumulative' });
  });

  it('evaluates the demo data and says that it is demo data', () => {
    const r = lantu(['evaluate', 'hebi-etdz-14th', '--as-of', '2023']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toContain('示例数据(模拟)');
    expect(r.out).toContain('序时进度 60%');
    expect(r.out).toMatch(/主要指标中\d+项提前实现或快于预期/);
  });

  it('refuses a malformed evaluation date in both languages', () => {
    const r = lantu(['evaluate', 'hebi-etdz-14th', '--as-of', '2023-13']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad_as_of');
    expect(r.err).toContain('评估期间');
  });

  it('refuses a malformed --data-as-of', () => {
    const bad = lantu(['evaluate', 'hebi-etdz-14th', '--as-of', '2023', '--data-as-of', '2023-13-01']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bad_data_as_of');
  });

  it('evaluates eval lines with only the data published by --data-as-of', () => {
    // 2021 GDP growth 8.1 % (初步核算, 2022-02-28) revised to 8.4 % (最终核实, 2022-12-27); the 2022
    // figure 3.0 % came out on 2023-02-28: by 2022-06-30 only 8.1 was known.
    const line = JSON.stringify({
      id: 'gdp',
      asOf: '2022',
      baseYear: 2020,
      targetYear: 2025,
      indicator: {
        unit: '%',
        kind: 'rate',
        target: { year: 2025, value: 5, comparator: 'approx', text: '5左右' },
      },
      observations: [
        { period: '2021', value: 8.1, published: '2022-02-28', vintage: '初步核算' },
        { period: '2021', value: 8.4, published: '2022-12-27', vintage: '最终核实' },
        { period: '2022', value: 3, published: '2023-02-28' },
      ],
    });
    const early = lantu(['eval', '--method', 'cn', '--data-as-of', '2022-06-30'], `${line}\n`);
    expect(early.code).toBe(0);
    expect(JSON.parse(early.out)).toMatchObject({
      actual: 8.1,
      actualPeriod: '2021',
      dataAsOf: '2022-06-30',
    });
  });

  it('evaluates good lines and reports bad ones by number in eval --method sdg', () => {
    const good =
      '{"id":"ok","base":{"year":2015,"value":5},"current":{"year":2016,"value":6},"target":{"year":2030,"value":9},"direction":"increase","limit":null}';
    const r = lantu(
      ['eval', '--method', 'sdg'],
      `${good}\n{"id":"bad","base":{"year":2015}}\n\n${good.replace('"ok"', '"ok2"')}\n`,
    );
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'ok', status: 'substantial_progress', score: 5 });
    expect(lines[1]).toMatchObject({ line: 2, id: 'bad', error: { code: 'invalid_line' } });
    expect(lines[2]).toMatchObject({ id: 'ok2' });
  });
});
