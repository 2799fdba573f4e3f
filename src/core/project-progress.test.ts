import { describe, expect, it } from 'vitest';
import {
  annualCompletion,
  completedToDate,
  startRate,
  timeElapsedPercent,
  withValue,
  ytdAt,
  ytdConflict,
} from './project-progress';

describe('序时进度', () => {
  it('is m/12 of the year', () => {
    expect(timeElapsedPercent(9)).toBe(75);
    expect(timeElapsedPercent(6)).toBe(50);
    expect(timeElapsedPercent(12)).toBe(100);
    expect(timeElapsedPercent(1)).toBeCloseTo(8.3333333333, 9);
  });

  it('refuses a month outside 1–12', () => {
    expect(() => timeElapsedPercent(0)).toThrow(RangeError);
    expect(() => timeElapsedPercent(13)).toThrow(RangeError);
    expect(() => timeElapsedPercent(2.5)).toThrow(RangeError);
  });
});

describe('completion of the annual plan', () => {
  it('plan 1,200万元, 1–9月累计 816万元 → 68%, 序时进度 75%, 低于序时进度7个百分点', () => {
    const c = annualCompletion({ year: 2024, month: 9, planned: 1200, completed: 816 });
    expect(c).toMatchObject({
      completionPercent: 68,
      timeElapsedPercent: 75,
      gapPoints: -7,
      pace: 'behind',
    });
    expect(c?.explanation.zh).toBe('2024年1–9月累计完成投资816万元,完成年度计划的68%,低于序时进度7个百分点');
    expect(c?.explanation.en).toBe(
      'Jan–Sep 2024: 816 × 10,000 yuan invested, 68% of the annual plan of 1200 × 10,000 yuan, 7 percentage points behind the time-elapsed pace (75%)',
    );
  });

  it('plan 2,400万元, 1–6月累计 1,500万元 → 62.5%, 快于序时进度12.5个百分点', () => {
    // 1500/2400 = 62.5%; 序时进度 6/12 = 50%; gap +12.5 points.
    const c = annualCompletion({ year: 2023, month: 6, planned: 2400, completed: 1500 });
    expect(c?.completionPercent).toBe(62.5);
    expect(c?.gapPoints).toBe(12.5);
    expect(c?.pace).toBe('ahead');
    expect(c?.explanation.zh).toContain('快于序时进度12.5个百分点');
  });

  it('exactly at the pace: plan 1,000万元, 1–3月 250万元 → 25% = 序时进度', () => {
    const c = annualCompletion({ year: 2024, month: 3, planned: 1000, completed: 250 });
    expect(c?.gapPoints).toBe(0);
    expect(c?.pace).toBe('on_pace');
    expect(c?.explanation.zh).toBe('2024年1–3月累计完成投资250万元,完成年度计划的25%,与序时进度持平');
  });

  it('has nothing to say without a positive plan', () => {
    expect(annualCompletion({ year: 2024, month: 9, planned: 0, completed: 10 })).toBeNull();
    expect(annualCompletion({ year: 2024, month: 9, planned: -5, completed: 10 })).toBeNull();
  });
});

describe('year-to-date investment values', () => {
  const values = [
    { period: '2023-06', value: 300 },
    { period: '2023-12', value: 900 },
    { period: '2024-03', value: 200 },
    { period: '2024-06', value: 450 },
    { period: '2024-09', value: 816 },
  ];

  it('takes the latest month of the year up to the month asked', () => {
    expect(ytdAt(values, 2024, 8)).toEqual({ period: '2024-06', value: 450 });
    expect(ytdAt(values, 2024, 9)).toEqual({ period: '2024-09', value: 816 });
    expect(ytdAt(values, 2024, 2)).toBeNull();
  });

  it('sums each year’s last 1–N月累计 into the completed investment to date', () => {
    // 2023 whole year 900 + 2024 1–9月 816 = 1,716; at 2024-06: 900 + 450 = 1,350.
    expect(completedToDate(values, 2024, 9)).toBe(1716);
    expect(completedToDate(values, 2024, 6)).toBe(1350);
    expect(completedToDate(values, 2023, 11)).toBe(300);
  });

  it('refuses a cumulative value lower than the previous month’s, naming it', () => {
    const conflict = ytdConflict(values, { period: '2024-10', value: 800 });
    expect(conflict?.kind).toBe('below_previous');
    expect(conflict?.neighbour).toEqual({ period: '2024-09', value: 816 });
    expect(conflict?.reason.zh).toBe('1–N月累计完成投资不能比上月少:2024年1–9月已为816万元,本次填报800万元');
  });

  it('refuses a value above a later month’s, and accepts one between its neighbours', () => {
    expect(ytdConflict(values, { period: '2024-05', value: 500 })?.kind).toBe('above_next');
    expect(ytdConflict(values, { period: '2024-05', value: 300 })).toBeNull();
    // a new year starts again from zero: January may be below last December
    expect(ytdConflict(values, { period: '2025-01', value: 10 })).toBeNull();
    // a correction of the same month is judged against its neighbours, not itself
    expect(ytdConflict(values, { period: '2024-09', value: 700 })).toBeNull();
  });

  it('replaces a month’s value', () => {
    expect(completedToDate(withValue(values, { period: '2024-09', value: 1000 }), 2024, 12)).toBe(1900);
  });
});

describe('开工率', () => {
  const projects = [
    { plannedStart: '2024-03-01', actualStart: '2024-03-20' },
    { plannedStart: '2024-05-01', actualStart: '2024-04-28' },
    { plannedStart: '2024-06-30', actualStart: null },
    { plannedStart: '2024-11-01', actualStart: null },
    { plannedStart: '2024-08-01', actualStart: '2023-12-15' },
    { plannedStart: '2023-05-01', actualStart: '2024-02-01' },
    { plannedStart: null, actualStart: '2024-07-01' },
  ];

  it('is planned starts of the year that started ÷ planned starts of the year', () => {
    // planned in 2024: 5; started by 2024-09-30: 3 (incl. one that started early in 2023) → 60%.
    const r = startRate(projects, '2024-09-30');
    expect(r).toMatchObject({ year: 2024, planned: 5, started: 3, ratePercent: 60, due: 4 });
    // started in 2024 without a planned start in 2024: the 2023 latecomer and the unplanned one
    expect(r.startedUnplanned).toBe(2);
    expect(r.explanation.zh).toBe('2024年计划新开工5个,已开工3个,开工率60%');
  });

  it('counts only starts up to the evaluation date', () => {
    const r = startRate(projects, '2024-04-01');
    expect(r.started).toBe(2);
    expect(r.ratePercent).toBe(40);
  });

  it('has no rate when nothing is planned to start', () => {
    const r = startRate(projects, '2026-06-30');
    expect(r.ratePercent).toBeNull();
    expect(r.explanation.zh).toBe('2026年没有计划新开工项目');
  });
});
