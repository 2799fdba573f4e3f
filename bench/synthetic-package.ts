/**
 * A synthetic plan package for benchmarks: a zone with N indicators (level_linear, 亿元) and a one-part
 * outline — enough for the importer's checks and the evaluation, deterministic by its code.
 */
import type { PlanPackage } from '../src/contracts/plan-package';

export function syntheticPackage(code: string, indicators: number): PlanPackage {
  const provenance = { ref: '合成', quote: 'synthetic benchmark data' };
  return {
    meta: {
      formatVersion: 1,
      code,
      name: `基准测试开发区 ${code}`,
      shortName: code,
      nameEn: `Benchmark zone ${code}`,
      region: { name: code, nameEn: code, level: 'zone' },
      fiveYearPlanNo: 14,
      period: { start: 2021, end: 2025 },
      baseYear: 2020,
      targetYear: 2025,
      visionYear: null,
      sourceDocument: 'synthetic',
      developmentSystem: null,
      goals: [],
      vision: null,
      categories: [{ code: 'economy', name: '经济发展', nameEn: 'Economy' }],
      extraUnits: [],
      evaluation: {},
    },
    outline: [
      { id: 'P1', kind: 'part', number: 1, title: '总体', parent: null, provenance },
      { id: 'CH1', kind: 'chapter', number: 1, title: '目标', parent: 'P1', provenance },
    ],
    indicators: Array.from({ length: indicators }, (_, i) => ({
      code: `B${String(i + 1).padStart(4, '0')}`,
      name: `指标${i + 1}`,
      nameEn: `Indicator ${i + 1}`,
      unit: '亿元',
      category: 'economy',
      source: 'table1' as const,
      tableNo: i + 1,
      chapter: 'CH1',
      attribute: i % 7 === 0 ? ('binding' as const) : ('expected' as const),
      kind: 'level_linear' as const,
      direction: 'increase' as const,
      baseline: { year: 2020, value: 100 + (i % 50) },
      target: { year: 2025, value: 150 + (i % 50), comparator: 'ge' as const, text: String(150 + (i % 50)) },
      annualGrowth: null,
      cumulative: null,
      relatedTo: null,
      cells: {},
      provenance: [provenance],
    })),
    annualTargets: [],
    columns: [],
    projects: [],
    units: [],
    observationSets: [],
  };
}
