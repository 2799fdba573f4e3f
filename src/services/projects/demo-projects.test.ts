/**
 * The simulated project histories: deterministic, every stage present, and each history one the
 * library itself would accept (docs/projects.md): one step forward at a time in date order, 1–N月
 * 累计 never falling within a year, money within 总投资, nothing after the office's today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectsFileSchema } from '../../contracts/plan-package';
import { projectStages } from '../../core/project-stage';
import { DEMO_SEED } from '../ledger/demo-observations';
import { generateDemoProjects } from './demo-projects';

const dir = join(import.meta.dirname, '..', '..', '..', 'data', 'plans', 'hebi-etdz-14th');
const projects = projectsFileSchema
  .parse(JSON.parse(readFileSync(join(dir, 'projects.json'), 'utf8')))
  .projects.map((p) => ({ code: p.code, column: p.column }));
const parks = ['park-chengbei', 'park-chengdong', 'park-jinshan'];
const options = { seed: DEMO_SEED, fromYear: 2021, toYear: 2025, until: '2026-12-01', parks };
const demo = generateDemoProjects(projects, options);

describe('generateDemoProjects', () => {
  it('gives the same histories for the same seed, other ones for another', () => {
    expect(generateDemoProjects(projects, options)).toEqual(demo);
    expect(generateDemoProjects(projects, { ...options, seed: 1 })).not.toEqual(demo);
  });

  it('puts the 195 projects of the Hebi plan in every stage, with money and 督办 problems', () => {
    expect(demo).toHaveLength(195);
    for (const stage of projectStages) {
      expect(demo.filter((d) => d.stage === stage).length, stage).toBeGreaterThan(5);
    }
    const building = demo.filter((d) => d.stage === 'under_construction');
    expect(building.every((d) => d.investments.some((e) => e.period.startsWith('2025-')))).toBe(true);
    const problems = demo.flatMap((d) => d.problems);
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(problems.some((p) => p.closedOn !== null)).toBe(true);
    expect(problems.some((p) => p.closedOn === null)).toBe(true);
    expect(problems.every((p) => p.description.startsWith('【示例】'))).toBe(true);
  });

  it('moves one stage forward at a time, dated in order within the period', () => {
    for (const d of demo) {
      const target = projectStages.indexOf(d.stage);
      expect(d.moves.map((m) => m.to)).toEqual(projectStages.slice(1, target + 1));
      const dates = d.moves.map((m) => m.on);
      expect([...dates].sort()).toEqual(dates);
      for (const on of dates) expect(on >= '2021-02-01' && on <= '2025-12-31').toBe(true);
    }
  });

  it('keeps 1–N月累计 rising within each year, money within 总投资, plans per year invested', () => {
    for (const d of demo) {
      let total = 0;
      const years = new Set(d.investments.map((e) => e.period.slice(0, 4)));
      for (const year of years) {
        const values = d.investments.filter((e) => e.period.startsWith(year)).map((e) => e.value);
        expect([...values].sort((a, b) => a - b)).toEqual(values);
        total += values.at(-1) ?? 0;
      }
      expect(total).toBeLessThanOrEqual(d.totalInvestment);
      expect(d.annualPlans.map((a) => String(a.year))).toEqual([...years]);
      for (const a of d.annualPlans) expect(a.value).toBeLessThanOrEqual(d.totalInvestment);
      if (d.investments.length > 0) expect(d.moves.some((m) => m.to === 'under_construction')).toBe(true);
    }
  });

  it('lets nothing happen after the office today', () => {
    const early = generateDemoProjects(projects, { ...options, until: '2024-05-01' });
    for (const d of early) {
      for (const m of d.moves) expect(m.on <= '2024-05-01').toBe(true);
      for (const e of d.investments) expect(e.period <= '2024-05').toBe(true);
      for (const m of d.milestones) if (m.actualOn) expect(m.actualOn <= '2024-05-01').toBe(true);
      for (const p of d.problems) {
        expect(
          [p.raisedOn, p.assignedOn, p.respondedOn ?? '', p.closedOn ?? ''].every((x) => x <= '2024-05-01'),
        ).toBe(true);
      }
    }
  });
});
