import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../csv/fixtures/gbk-encode';
import { readCsvTable } from '../csv/observation-table';
import { importObservationRows, type ObservationImportOptions } from './observation-import';
import { hebiPlan } from './test-support/hebi-plan';

function options(extra: Partial<ObservationImportOptions> = {}): ObservationImportOptions {
  return { file: 'data.csv', indicators: hebiPlan().indicators, defaultSource: '统计局月报', ...extra };
}

function importCsv(text: string | Buffer, extra: Partial<ObservationImportOptions> = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return importObservationRows(readCsvTable(bytes).rows, options(extra));
}

const table = [
  '指标名称,年份,数值,口径,来源',
  '地区生产总值,2023,128.6,当期值,《统计公报》',
  '一般公共预算收入,2023年,"5.1",,',
].join('\n');

describe('observation import: encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(table)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(table)])],
    ['GB18030', encodeGbk(table)],
  ])('reads %s', (_name, bytes) => {
    const result = importCsv(bytes);
    expect(result.issues).toEqual([]);
    expect(result.accepted.map((a) => a.observation)).toEqual([
      { indicator: 'T01', period: '2023', measure: 'level', value: 128.6, source: '《统计公报》' },
      { indicator: 'T04', period: '2023', measure: 'level', value: 5.1, source: '统计局月报' },
    ]);
  });
});

describe('observation import: columns', () => {
  it('recognises English headers and codes, in any order', () => {
    const result = importCsv('value,year,code,source\n95.2,2021,t01,report\n');
    expect(result.accepted[0]?.observation).toEqual({
      indicator: 'T01',
      period: '2021',
      measure: 'level',
      value: 95.2,
      source: 'report',
    });
  });

  it('skips a title row above the header', () => {
    const result = importCsv('2023年主要经济指标,,\n指标,时间,值\n地区生产总值,2023年9月,98.5\n');
    expect(result.headerRow).toBe(2);
    expect(result.accepted[0]?.observation).toMatchObject({ indicator: 'T01', period: '2023-09' });
  });

  it('takes an explicit mapping for headers it does not know', () => {
    const csv = '统计项目,报告年,完成数\n地区生产总值,2022,110\n';
    expect(importCsv(csv).issues[0]?.code).toBe('columns_missing');
    const result = importCsv(csv, { mapping: { 统计项目: 'name', 报告年: 'period', 完成数: 'value' } });
    expect(result.accepted).toHaveLength(1);
  });

  it('names the missing columns and the header it found', () => {
    const result = importCsv('指标名称,备注\n地区生产总值,x\n');
    expect(result.accepted).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'columns_missing', item: '第1行 / row 1' });
    expect(result.issues[0]?.message.zh).toContain('年份或期间');
    expect(result.issues[0]?.message.zh).toContain('指标名称、备注');
  });
});

describe('observation import: values, periods and rows', () => {
  it('reads numbers as people type them and converts 万/亿 to the indicator unit', () => {
    const csv = [
      '指标编号,期间,数值,口径,单位',
      'T01,2021,"1,234.5",,',
      'T01,2022,１２３．４,,',
      'T01,2023,32000万元,,',
      'T01,2024,1.5亿,,',
      'T01,2025,500000,,万元',
      'T01,2023-Q3,12.5%,同比增速,',
      'T08,2023,3.2万,,',
    ].join('\n');
    const result = importCsv(csv);
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((a) => a.observation.value)).toEqual([
      1234.5, 123.4, 3.2, 1.5, 50, 12.5, 32000,
    ]);
    expect(result.accepted[2]?.notes[0]?.zh).toContain('换算');
  });

  it('maps period spellings and Excel serial dates, and year-to-date spans to the ytd measure', () => {
    const csv = ['指标编号,期间,数值', 'T01,45170,10', 'T01,2023年第三季度,11', 'T01,2023年1-9月,12'].join(
      '\n',
    );
    const result = importCsv(csv);
    expect(result.accepted.map((a) => [a.observation.period, a.observation.measure])).toEqual([
      ['2023-09', 'level'],
      ['2023-Q3', 'level'],
      ['2023-09', 'ytd'],
    ]);
  });

  it('skips empty rows and lists rows without a value, without calling them errors', () => {
    const result = importCsv('指标编号,年份,数值\n\n,,\nT01,2021,—\nT01,2022,100\n');
    expect(result.blankRows).toBe(2);
    expect(result.skipped.map((s) => s.row)).toEqual([4]);
    expect(result.accepted.map((a) => a.row)).toEqual([5]);
    expect(result.rejected).toEqual([]);
  });

  it('rejects an unknown indicator, a bad period and a bad number with row, column and reason', () => {
    const csv = ['指标编号,年份,数值', 'X99,2021,1', 'T01,明年,1', 'T01,2021,abc', 'T02,2021,5%'].join('\n');
    const result = importCsv(csv);
    expect(result.accepted).toHaveLength(1);
    expect(result.rejected.map((r) => [r.row, r.problems.map((p) => [p.column, p.code])])).toEqual([
      [2, [['指标编号 (A)', 'indicator_not_found']]],
      [3, [['年份 (B)', 'period_invalid']]],
      [4, [['数值 (C)', 'number_invalid']]],
    ]);
    expect(result.issues[0]).toMatchObject({
      file: 'data.csv',
      item: '第2行 / row 2',
      field: '指标编号 (A)',
      message: { zh: '规划中没有编号为「X99」的指标', en: 'the plan has no indicator with code "X99"' },
    });
  });

  it('refuses a percent sign on a level value of a non-percent indicator', () => {
    const result = importCsv('指标编号,年份,数值\nT01,2021,5%\n');
    expect(result.rejected[0]?.problems[0]?.code).toBe('percent_not_allowed');
  });

  it('rejects the second of two rows for the same indicator, period and measure', () => {
    const result = importCsv('指标编号,年份,数值\nT01,2021,1\nT01,2021年,2\n');
    expect(result.rejected[0]).toMatchObject({ row: 3, problems: [{ code: 'duplicate_observation' }] });
  });

  it('matches names loosely, prefers the table-1 indicator, and checks a name against its code', () => {
    const result = importCsv(
      '指标编号,指标名称,年份,数值\n,地区生产总值（亿元）,2021,1\n,地区 生产总值,2022,2\nT04,地区生产总值,2023,3\n',
    );
    expect(result.accepted.map((a) => a.observation.indicator)).toEqual(['T01', 'T01']);
    expect(result.rejected[0]?.problems[0]).toMatchObject({
      column: '指标名称 (B)',
      code: 'indicator_name_mismatch',
    });
  });

  it('requires a source for published data unless one is given for the whole file', () => {
    const result = importCsv('指标编号,年份,数值\nT01,2021,1\n', { defaultSource: undefined });
    expect(result.rejected[0]?.problems[0]).toMatchObject({ code: 'source_missing' });
  });

  it('rejects cells inside merged ranges, naming the range', () => {
    const rows = [
      { row: 1, cells: ['指标编号', '年份', '数值'], problems: [] },
      { row: 2, cells: ['T01', 2021, 1], problems: [] },
      { row: 3, cells: [null, 2022, 2], problems: [] },
    ];
    const result = importObservationRows(rows, options({ merges: ['A1:C1', 'A2:A3'] }));
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(result.rejected[0]?.problems[0]).toMatchObject({ column: '指标编号 (A)', code: 'merged_cells' });
    expect(result.rejected[0]?.problems[0]?.message.zh).toContain('A2:A3');
  });
});
