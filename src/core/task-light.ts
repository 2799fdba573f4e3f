/**
 * The light of a key task (docs/tasks.md §3), from its period, its last approved report and the
 * evaluation date — pure, no clock:
 *
 * - green: completed, or on the pace of the time elapsed;
 * - yellow: the percent complete is below the share of the task's period already elapsed (序时进度),
 *   or the deadline is within `nearDays` days;
 * - red: past the deadline and not completed, or reported 滞后 in the last two approved reports.
 *
 * The pace is compared with integers (percent × span < 100 × elapsed) so a hand-computed boundary
 * is exact.
 */
import type { Bilingual } from './evaluation-result';
import { daysBetween } from './problem-light';
import type { TaskStatus } from './task-status';

export type TaskLight = 'green' | 'yellow' | 'red';

/** Days before a deadline from which an unfinished task shows yellow, unless a plan sets its own. */
export const defaultNearDays = 30;

export interface TaskLightInput {
  start: string;
  deadline: string;
  asOf: string;
  /** Percent complete of the last approved report; null before any. */
  percent: number | null;
  /** Status counted for the last approved report (the office's judgement over the unit's). */
  status: TaskStatus | null;
  /** Statuses of the approved reports, oldest first, one per period. */
  history: readonly TaskStatus[];
  nearDays?: number;
}

export interface TaskLightResult {
  light: TaskLight;
  reason: Bilingual;
  /** Share of the period elapsed on `asOf`, 0–100 (序时进度). */
  pace: number;
}

function round1(x: number): string {
  return String(Math.round(x * 10) / 10);
}

export function taskLight(input: TaskLightInput): TaskLightResult {
  const span = Math.max(1, daysBetween(input.start, input.deadline));
  const elapsed = Math.min(span, Math.max(0, daysBetween(input.start, input.asOf)));
  const pace = (100 * elapsed) / span;
  const percent = input.percent ?? 0;
  if (input.status === 'completed' || percent >= 100) {
    return { light: 'green', reason: { zh: '已完成', en: 'completed' }, pace };
  }
  const overdue = daysBetween(input.deadline, input.asOf);
  if (overdue > 0) {
    return {
      light: 'red',
      reason: {
        zh: `已超过完成时限${overdue}天,尚未完成`,
        en: `${overdue} day(s) past the deadline and not completed`,
      },
      pace,
    };
  }
  const lastTwo = input.history.slice(-2);
  if (lastTwo.length === 2 && lastTwo.every((s) => s === 'behind')) {
    return {
      light: 'red',
      reason: { zh: '连续两次报告滞后', en: 'reported behind twice in a row' },
      pace,
    };
  }
  if (percent * span < 100 * elapsed) {
    const gap = pace - percent;
    return {
      light: 'yellow',
      reason: {
        zh: `完成${round1(percent)}%,低于序时进度${round1(gap)}个百分点`,
        en: `${round1(percent)}% complete, ${round1(gap)} points behind the time elapsed`,
      },
      pace,
    };
  }
  const left = -overdue;
  if (left <= (input.nearDays ?? defaultNearDays)) {
    return {
      light: 'yellow',
      reason: { zh: `距完成时限还有${left}天`, en: `${left} day(s) to the deadline` },
      pace,
    };
  }
  return { light: 'green', reason: { zh: '按序时推进', en: 'on the pace of the time elapsed' }, pace };
}
