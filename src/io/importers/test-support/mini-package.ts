/**
 * A small, valid plan package for tests, written to a temporary folder. Tests break one thing at a
 * time and check that the validator names it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const provenance = { ref: '表1', quote: '地区生产总值' };

export function miniPackage(): Record<string, unknown> {
  return {
    'plan.json': {
      formatVersion: 1,
      code: 'mini-15th',
      name: '示例开发区第十五个五年规划纲要',
      shortName: '示例“十五五”',
      nameEn: 'Sample zone 15th plan',
      region: { name: '示例开发区', nameEn: 'Sample zone', level: 'zone' },
      fiveYearPlanNo: 15,
      period: { start: 2026, end: 2030 },
      baseYear: 2025,
      targetYear: 2030,
      visionYear: 2035,
      sourceDocument: 'sample.txt',
      developmentSystem: null,
      goals: [],
      vision: null,
      categories: [{ code: 'economy', name: '经济发展', nameEn: 'Economy' }],
    },
    'outline.json': {
      nodes: [
        { id: 'P1', kind: 'part', number: 1, title: '总体要求', parent: null, provenance },
        { id: 'CH1', kind: 'chapter', number: 1, title: '发展目标', parent: 'P1', provenance },
        { id: 'C1', kind: 'column', number: 1, title: '重大项目', parent: 'CH1', provenance },
      ],
    },
    'indicators.json': {
      indicators: [
        {
          code: 'T01',
          name: '地区生产总值',
          nameEn: 'GDP',
          unit: '亿元',
          category: 'economy',
          source: 'table1',
          tableNo: 1,
          chapter: 'CH1',
          attribute: 'expected',
          kind: 'level_compound',
          direction: 'increase',
          baseline: { year: 2025, value: 100 },
          target: { year: 2030, value: 150, comparator: 'ge', text: '150' },
          annualGrowth: 8,
          cumulative: null,
          cells: { baseline: 'table', target: 'table' },
          provenance: [provenance],
        },
      ],
    },
    'columns.json': {
      columns: [
        {
          id: 'C1',
          number: 1,
          title: '重大项目',
          chapter: 'CH1',
          investment: { value: 10, unit: '亿元', comparator: 'approx', text: '约10亿元' },
          programmes: [{ id: 'C1-1', name: '产业专项', investment: null, provenance }],
          provenance,
        },
      ],
    },
    'projects.json': {
      projects: [
        { code: 'C1-P01', name: '示例产业园', column: 'C1', programme: 'C1-1', chapter: 'CH1', provenance },
      ],
    },
    'units.json': {
      units: [
        {
          code: 'office',
          name: '综合办公室',
          nameEn: 'General Office',
          kind: 'office',
          namedInPlan: true,
          editableDefault: false,
          provenance,
        },
      ],
    },
    'observations.json': {
      dataset: 'published',
      label: '公开数据',
      labelEn: 'Published',
      description: 'test',
      observations: [{ indicator: 'T01', period: '2026', measure: 'level', value: 108, source: '统计公报' }],
    },
  };
}

/** Writes the files (objects as JSON, strings as they are) to a new temporary folder. */
export function writePackage(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-pkg-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
