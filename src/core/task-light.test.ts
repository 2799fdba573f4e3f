import { describe, expect, it } from 'vitest';
import { taskLight } from './task-light';
import { countStatuses, effectiveStatus, periodFirstDay, taskCountSentence } from './task-status';

// A task of calendar 2024: 2024-01-01 → 2024-12-31 is 365 days (2024 is a leap year: 366 days in
// the year, 365 between the first and the last day). Hand counts of elapsed days from 1 January:
// 2024-07-01 = 31+29+31+30+31+30 = 182 days → pace 182/365 = 49.863…%.
const year2024 = { start: '2024-01-01', deadline: '2024-12-31', history: [] as const };

describe('task light', () => {
  it('is green on the pace of the time elapsed (50% on 1 July ≥ 49.86%)', () => {
    const r = taskLight({ ...year2024, asOf: '2024-07-01', percent: 50, status: 'on_track' });
    expect(r.light).toBe('green');
    expect(r.pace).toBeCloseTo((100 * 182) / 365, 10);
  });

  it('is yellow one point below the pace (49% on 1 July < 49.86%, gap 0.86 → 0.9)', () => {
    const r = taskLight({ ...year2024, asOf: '2024-07-01', percent: 49, status: 'on_track' });
    expect(r.light).toBe('yellow');
    expect(r.reason.zh).toBe('完成49%,低于序时进度0.9个百分点');
  });

  it('is yellow within 30 days of the deadline although ahead of the pace', () => {
    // 2024-12-05: 26 days to 31 December; elapsed 339 days → pace 92.88%; 95% is ahead.
    const r = taskLight({ ...year2024, asOf: '2024-12-05', percent: 95, status: 'on_track' });
    expect(r.light).toBe('yellow');
    expect(r.reason.zh).toBe('距完成时限还有26天');
    // 31 days before (2024-11-30, elapsed 334 → pace 91.51%): green.
    expect(taskLight({ ...year2024, asOf: '2024-11-30', percent: 95, status: 'on_track' }).light).toBe(
      'green',
    );
    expect(
      taskLight({ ...year2024, asOf: '2024-11-30', percent: 95, status: 'on_track', nearDays: 31 }).light,
    ).toBe('yellow');
  });

  it('is red past the deadline unless completed', () => {
    const r = taskLight({ ...year2024, asOf: '2025-01-02', percent: 80, status: 'on_track' });
    expect(r.light).toBe('red');
    expect(r.reason.zh).toBe('已超过完成时限2天,尚未完成');
    expect(taskLight({ ...year2024, asOf: '2025-01-02', percent: 100, status: 'completed' }).light).toBe(
      'green',
    );
  });

  it('is red when the last two approved reports say 滞后, yellow after one', () => {
    const base = { ...year2024, asOf: '2024-07-01', percent: 60, status: 'behind' as const };
    expect(taskLight({ ...base, history: ['on_track', 'behind'] }).light).toBe('green');
    const r = taskLight({ ...base, history: ['behind', 'behind'] });
    expect(r.light).toBe('red');
    expect(r.reason.zh).toBe('连续两次报告滞后');
  });

  it('counts a task never reported as 0% (yellow once time has passed, green on its first day)', () => {
    expect(taskLight({ ...year2024, asOf: '2024-01-01', percent: null, status: null }).light).toBe('green');
    expect(taskLight({ ...year2024, asOf: '2024-01-02', percent: null, status: null }).light).toBe('yellow');
  });
});

describe('task statuses', () => {
  it("lets the office's judgement override the unit's", () => {
    expect(effectiveStatus('on_track', 'behind')).toBe('behind');
    expect(effectiveStatus('on_track', null)).toBe('on_track');
    expect(effectiveStatus(null, null)).toBe('not_started');
  });

  it('writes the dashboard sentence', () => {
    const counts = countStatuses(['completed', 'on_track', 'on_track', 'behind']);
    expect(taskCountSentence(counts).zh).toBe('重点任务4项:已完成1项、序时推进2项、滞后1项');
    expect(taskCountSentence(countStatuses(['not_started'])).zh).toBe(
      '重点任务1项:已完成0项、序时推进0项、滞后0项、未启动1项',
    );
  });
});

describe('period first days', () => {
  it('starts a year, a quarter and a month on their first day', () => {
    expect(periodFirstDay({ year: 2024 })).toBe('2024-01-01');
    expect(periodFirstDay({ year: 2024, quarter: 3 })).toBe('2024-07-01');
    expect(periodFirstDay({ year: 2024, month: 9 })).toBe('2024-09-01');
  });
});
