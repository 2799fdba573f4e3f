/**
 * Invariants of the project arithmetic: completion and the gap to 序时进度 are finite and monotone in
 * the completed investment; a non-decreasing 1–N月累计 series never conflicts; the completed
 * investment to date never falls as the date moves on; the stage on a date is always a stage.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { annualCompletion, completedToDate, monthPeriod, ytdConflict } from './project-progress';
import { projectStages, type StageEvent, stageAt } from './project-stage';

const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const month = fc.integer({ min: 1, max: 12 });

describe('project arithmetic invariants', () => {
  test.prop([fc.double({ min: 0.01, max: 1e9, noNaN: true }), amount, amount, month])(
    'completion and gap are finite and grow with the completed investment',
    (planned, a, b, m) => {
      const lo = annualCompletion({ year: 2024, month: m, planned, completed: Math.min(a, b) });
      const hi = annualCompletion({ year: 2024, month: m, planned, completed: Math.max(a, b) });
      for (const c of [lo, hi]) {
        expect(Number.isFinite(c?.completionPercent)).toBe(true);
        expect(Number.isFinite(c?.gapPoints)).toBe(true);
      }
      expect(hi?.completionPercent ?? 0).toBeGreaterThanOrEqual(lo?.completionPercent ?? 0);
      expect(hi?.gapPoints ?? 0).toBeGreaterThanOrEqual(lo?.gapPoints ?? 0);
    },
  );

  test.prop([fc.array(amount, { minLength: 1, maxLength: 12 })])(
    'a non-decreasing year-to-date series has no conflict, at any month',
    (raw) => {
      const sorted = [...raw].sort((x, y) => x - y);
      const values = sorted.map((value, i) => ({ period: monthPeriod(2024, i + 1), value }));
      for (const v of values) expect(ytdConflict(values, v)).toBeNull();
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 2021, max: 2025 }), month, amount), { maxLength: 30 })])(
    'the completed investment to date never falls as the date moves on',
    (entries) => {
      const byPeriod = new Map(entries.map(([y, m, v]) => [monthPeriod(y, m), v]));
      const values = [...byPeriod].map(([period, value]) => ({ period, value }));
      let previous = 0;
      for (let y = 2021; y <= 2025; y += 1) {
        // Each whole year adds its last 1–N月累计, never less than nothing.
        const total = completedToDate(values, y, 12);
        expect(total).toBeGreaterThanOrEqual(previous);
        previous = total;
      }
    },
  );

  test.prop([
    fc.array(fc.tuple(fc.constantFrom(...projectStages), fc.integer({ min: 0, max: 2000 })), {
      maxLength: 8,
    }),
    fc.integer({ min: 0, max: 2000 }),
  ])('the stage on any date is one of the stages', (moves, day) => {
    const date = (n: number) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
    const sorted = [...moves].sort((a, b) => a[1] - b[1]);
    const history: StageEvent[] = sorted.map(([to, n], i) => ({
      from: i === 0 ? 'conceived' : (sorted[i - 1]?.[0] ?? 'conceived'),
      to,
      on: date(n),
    }));
    const stage = stageAt(sorted.at(-1)?.[0] ?? 'conceived', history, date(day));
    expect(projectStages).toContain(stage);
  });
});
