import { describe, expect, it } from 'vitest';
import { evaluatePlan, type PlanIndicator } from './evaluate-plan';
import { defaultEvaluationSettings, type Observation } from './model';
import {
  energyIntensityCut,
  gdp,
  greenRatio,
  incomeGrowth,
  levels,
  newJobs,
  patents,
} from './testing/hebi-specs';

const indicators: PlanIndicator[] = [
  { ...gdp, category: 'economy' },
  { ...patents, category: 'innovation' },
  { ...newJobs, category: 'livelihood' },
  { ...incomeGrowth, category: 'livelihood' },
  { ...energyIntensityCut, category: 'digital_green' },
  { ...greenRatio, category: 'digital_green' },
];

const observations = new Map<string, Observation[]>([
  ['T01', levels({ 2021: 95, 2022: 105, 2023: 128.6 })],
  ['T12', levels({ 2023: 20.5 })],
  ['T19', levels({ 2021: 0.3, 2022: 0.26, 2023: 0.28 })],
  ['T22', levels({ 2021: 14, 2022: 10, 2023: 12 })],
  ['T23a', levels({ 2021: 3.2 })],
  ['T25', levels({ 2021: 31, 2022: 32, 2023: 33 })],
]);

describe('evaluatePlan', () => {
  const plan = evaluatePlan({
    baseYear: 2020,
    targetYear: 2025,
    indicators,
    observations,
    asOf: '2023',
    settings: defaultEvaluationSettings,
    overdueReports: [{ id: 'R-2023-12', unit: '生态环境分局', due: '2024-01-10' }],
  });

  it('evaluates every indicator in input order', () => {
    expect(plan.results.map((r) => `${r.code}:${r.status}`)).toEqual([
      'T01:ahead',
      'T12:achieved',
      'T19:ahead',
      'T22:behind',
      'T23a:not_assessable',
      'T25:behind',
    ]);
    expect(plan.asOf).toBe('2023');
    expect(plan.timeElapsed).toBeCloseTo(0.6, 12);
  });

  it('passes the related indicator to a relative one', () => {
    const income = plan.results[3];
    // GDP growth from levels 2021–2023 is (128.6/83.14)^(1/3) − 1 = 15.6495 %; income 11.99 % is
    // 3.66 pp slower, beyond the ±1 pp of 基本同步 → behind
    expect(income?.expected).toBeCloseTo(((128.6 / 83.14) ** (1 / 3) - 1) * 100, 9);
    expect(income?.status).toBe('behind');
  });

  it('raises warnings: red for the binding 绿地率, yellow for income, grey for the late report', () => {
    expect(plan.warnings.map((w) => `${w.level}:${w.subject}:${w.type}`)).toEqual([
      'red:T25:indicator_lagging',
      'yellow:T22:indicator_lagging',
      'grey:R-2023-12:report_overdue',
    ]);
  });

  it('rolls up the plan and its categories', () => {
    expect(plan.rollup.headline.zh).toBe(
      '主要指标中3项提前实现或快于预期、0项基本符合预期、2项滞后、1项暂无数据或无法评估',
    );
    expect(Object.keys(plan.byCategory)).toEqual(['economy', 'innovation', 'livelihood', 'digital_green']);
    expect(plan.byCategory.livelihood?.total).toBe(2);
    expect(plan.byCategory.digital_green?.groups).toEqual({
      aheadOrAchieved: 0,
      onTrack: 0,
      lagging: 1,
      unassessed: 1,
    });
  });

  it('reports no data for indicators without observations', () => {
    const empty = evaluatePlan({
      baseYear: 2020,
      targetYear: 2025,
      indicators,
      observations: new Map(),
      asOf: '2021-Q2',
      settings: defaultEvaluationSettings,
    });
    expect(empty.results.every((r) => r.status === 'no_data')).toBe(true);
    // 2021-Q2 sits at 2020.5: τ = 0.5/5 = 0.1
    expect(empty.timeElapsed).toBeCloseTo(0.1, 12);
    expect(empty.warnings).toEqual([]);
    expect(empty.rollup.meanRatio).toBeNull();
  });
});
