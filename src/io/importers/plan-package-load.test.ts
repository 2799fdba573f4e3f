import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../contracts/issue';
import { hasErrors, loadPlanPackage } from './plan-package-load';
import { miniPackage, writePackage } from './test-support/mini-package';

type Json = Record<string, unknown>;
const indicatorOf = (files: Json) => ((files['indicators.json'] as Json).indicators as Json[])[0] as Json;

function errors(issues: InputIssue[]) {
  return issues
    .filter((i) => i.severity === 'error')
    .map((i) => ({ file: i.file, item: i.item, field: i.field, code: i.code }));
}

describe('loadPlanPackage', () => {
  it('accepts a valid package (a 15th plan, 2026–2030)', () => {
    const { plan, issues } = loadPlanPackage(writePackage(miniPackage()));
    expect(errors(issues)).toEqual([]);
    expect(plan?.meta.period).toEqual({ start: 2026, end: 2030 });
    expect(plan?.indicators.map((i) => i.code)).toEqual(['T01']);
    expect(plan?.observationSets.map((s) => s.file)).toEqual(['observations.json']);
  });

  it('reports every problem at once, each with file, item and field', () => {
    const files = miniPackage();
    const ind = indicatorOf(files);
    const dup = {
      ...ind,
      tableNo: 2,
      unit: '亿圆',
      target: { year: 2024, value: 3, comparator: 'gte', text: '3' },
    };
    (files['indicators.json'] as Json).indicators = [ind, dup];
    const { issues } = loadPlanPackage(writePackage(files));
    const found = errors(issues);
    // the unknown comparator is a schema error, located at the second indicator's field
    expect(found).toContainEqual({
      file: 'indicators.json',
      item: 'indicators[1] T01',
      field: 'target.comparator',
      code: 'schema_invalid_value',
    });
    expect(hasErrors(issues)).toBe(true);
  });

  it('names unknown units, reversed years and duplicate codes after the schemas pass', () => {
    const files = miniPackage();
    const ind = indicatorOf(files);
    const second = {
      ...ind,
      tableNo: 2,
      unit: '亿圆',
      target: { year: 2024, value: 3, comparator: 'ge', text: '3' },
    };
    (files['indicators.json'] as Json).indicators = [ind, second];
    const found = errors(loadPlanPackage(writePackage(files)).issues);
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'indicators.json', item: 'T01', field: null, code: 'duplicate_code' },
        { file: 'indicators.json', item: 'T01', field: 'unit', code: 'unknown_unit' },
        { file: 'indicators.json', item: 'T01', field: 'target.year', code: 'target_before_base' },
      ]),
    );
  });

  it('explains a target year before the base year in both languages', () => {
    const files = miniPackage();
    indicatorOf(files).target = { year: 2020, value: 150, comparator: 'ge', text: '150' };
    const issue = loadPlanPackage(writePackage(files)).issues.find((i) => i.code === 'target_before_base');
    expect(issue?.message.zh).toBe('目标年 2020 不晚于基数年 2025');
    expect(issue?.message.en).toBe('target year 2020 is not after the baseline year 2025');
  });

  it('finds broken references across files', () => {
    const files = miniPackage();
    indicatorOf(files).category = 'economics';
    indicatorOf(files).chapter = 'CH9';
    const projects = (files['projects.json'] as Json).projects as Json[];
    projects.push({ ...(projects[0] as Json), code: 'C1-P02', column: 'C7' });
    projects.push({ ...(projects[0] as Json), code: 'C1-P03', programme: 'C1-9' });
    const obs = files['observations.json'] as Json;
    obs.observations = [
      { indicator: 'T09', period: '2026', measure: 'level', value: 1, source: 's' },
      { indicator: 'T01', period: '2027', measure: 'level', value: 1 },
    ];
    const found = errors(loadPlanPackage(writePackage(files)).issues);
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'indicators.json', item: 'T01', field: 'category', code: 'unknown_reference' },
        { file: 'indicators.json', item: 'T01', field: 'chapter', code: 'unknown_reference' },
        { file: 'projects.json', item: 'C1-P02', field: 'column', code: 'unknown_reference' },
        { file: 'projects.json', item: 'C1-P03', field: 'programme', code: 'unknown_reference' },
        { file: 'observations.json', item: 'observations[0]', field: 'indicator', code: 'unknown_reference' },
        {
          file: 'observations.json',
          item: 'observations[1] T01@2027',
          field: 'source',
          code: 'source_missing',
        },
      ]),
    );
  });

  it('locates JSON syntax errors by line and column and still checks the other files', () => {
    const files = miniPackage();
    files['units.json'] = '{\n  "units": [\n    { "code": "x", }\n  ]\n}';
    indicatorOf(files).unit = '亿圆';
    const found = errors(loadPlanPackage(writePackage(files)).issues);
    const syntax = found.find((i) => i.code === 'json_syntax');
    expect(syntax?.file).toBe('units.json');
    expect(syntax?.field).toMatch(/^line 3, column \d+$/);
    expect(found).toContainEqual({
      file: 'indicators.json',
      item: 'T01',
      field: 'unit',
      code: 'unknown_unit',
    });
  });

  it('reports missing required files and a missing folder', () => {
    const files = miniPackage();
    delete files['outline.json'];
    expect(errors(loadPlanPackage(writePackage(files)).issues)).toContainEqual({
      file: 'outline.json',
      item: null,
      field: null,
      code: 'file_missing',
    });
    expect(loadPlanPackage('/nonexistent/lantu').issues[0]?.code).toBe('package_not_found');
  });

  it('requires relatedTo on relative indicators and a baseline on compound ones', () => {
    const files = miniPackage();
    const ind = indicatorOf(files);
    const relative = { ...ind, code: 'T02', tableNo: 2, kind: 'relative', relatedTo: null };
    const noBase = { ...ind, code: 'T03', tableNo: 3, baseline: null };
    (files['indicators.json'] as Json).indicators = [ind, relative, noBase];
    const found = errors(loadPlanPackage(writePackage(files)).issues);
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'indicators.json', item: 'T02', field: 'relatedTo', code: 'relative_without_reference' },
        { file: 'indicators.json', item: 'T03', field: 'baseline', code: 'kind_needs_baseline' },
      ]),
    );
  });
});

describe('target text and comparator', () => {
  it('refuses a comparator that contradicts the target as written', () => {
    const files = miniPackage();
    indicatorOf(files).target = { year: 2030, value: 150, comparator: 'le', text: '150以上' };
    const issue = loadPlanPackage(writePackage(files)).issues.find((i) => i.code === 'comparator_mismatch');
    expect(issue).toMatchObject({
      file: 'indicators.json',
      item: 'T01',
      field: 'target.comparator',
      severity: 'error',
    });
  });

  it('warns when the value differs from the number in the text', () => {
    const files = miniPackage();
    indicatorOf(files).target = { year: 2030, value: 160, comparator: 'ge', text: '>150' };
    const { issues } = loadPlanPackage(writePackage(files));
    expect(issues.find((i) => i.code === 'target_value_mismatch')?.severity).toBe('warning');
    expect(hasErrors(issues)).toBe(false);
  });
});

describe('target forms of issue 16: bad input named by indicator and field', () => {
  it('warns of an unknown comparator; refuses a form on the wrong kind, a relation on a level, an increment without a baseline', () => {
    const files = miniPackage();
    const ind = indicatorOf(files);
    const words = {
      ...ind,
      code: 'T02',
      tableNo: 2,
      target: { year: 2030, value: 5, comparator: 'eq', text: '约等于5' },
    };
    const form = {
      ...ind,
      code: 'T03',
      tableNo: 3,
      target: { year: 2030, value: 5, comparator: 'ge', text: '5', form: 'chained' },
    };
    const relation = {
      ...ind,
      code: 'T04',
      tableNo: 4,
      target: { year: 2030, value: 5, comparator: 'ge', text: '5', relation: 'above' },
    };
    const increment = {
      ...ind,
      code: 'T05',
      tableNo: 5,
      kind: 'level_linear',
      baseline: null,
      target: { year: 2030, value: null, increment: 1, comparator: 'ge', text: '提高〔1〕岁' },
    };
    (files['indicators.json'] as Json).indicators = [ind, words, form, relation, increment];
    const issues = loadPlanPackage(writePackage(files)).issues;
    expect(issues.find((i) => i.code === 'unknown_comparator')).toMatchObject({
      item: 'T02',
      field: 'target.text',
      severity: 'warning',
    });
    const found = errors(issues);
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'indicators.json', item: 'T03', field: 'target.form', code: 'form_kind_mismatch' },
        { file: 'indicators.json', item: 'T04', field: 'target.relation', code: 'relation_not_relative' },
        {
          file: 'indicators.json',
          item: 'T05',
          field: 'target.increment',
          code: 'increment_without_baseline',
        },
      ]),
    );
  });

  it('refuses a basis change without a restated baseline and a publication before the period ends', () => {
    const files = miniPackage();
    indicatorOf(files).basisChanges = [{ year: 2027, note: '第五次全国经济普查' }];
    const obs = files['observations.json'] as Json;
    obs.observations = [
      {
        indicator: 'T01',
        period: '2026',
        measure: 'level',
        value: 108,
        source: '统计公报',
        published: '2026-06-30',
      },
    ];
    const issues = loadPlanPackage(writePackage(files)).issues;
    expect(errors(issues)).toEqual(
      expect.arrayContaining([
        {
          file: 'indicators.json',
          item: 'T01',
          field: 'basisChanges[0].restatedBaseline',
          code: 'basis_change_without_baseline',
        },
        {
          file: 'observations.json',
          item: 'observations[0] T01@2026',
          field: 'published',
          code: 'published_before_period',
        },
      ]),
    );
    const late = issues.find((i) => i.code === 'published_before_period');
    expect(late?.message.zh).toBe('指标 T01 的 2026 数据发布日期 2026-06-30 早于该期间结束');
    expect(late?.message.en).toBe(
      'indicator T01: the 2026 figure is dated 2026-06-30, before the period ends',
    );
  });

  it('keeps two vintages of one figure apart by their publication dates', () => {
    const files = miniPackage();
    const obs = files['observations.json'] as Json;
    obs.observations = [
      {
        indicator: 'T01',
        period: '2026',
        measure: 'level',
        value: 108,
        source: '统计公报',
        published: '2027-02-28',
        vintage: '初步核算',
      },
      {
        indicator: 'T01',
        period: '2026',
        measure: 'level',
        value: 108.4,
        source: '最终核实公告',
        published: '2027-12-27',
        vintage: '最终核实',
      },
    ];
    expect(errors(loadPlanPackage(writePackage(files)).issues)).toEqual([]);
  });
});
