/**
 * The four statuses of a key task (重点任务) as units report them and offices count them:
 * 已完成 / 序时推进 / 滞后 / 未启动. A task nobody has reported on yet counts as 未启动.
 */
import type { Bilingual } from './evaluation-result';
import type { Period } from './period';

export const taskStatuses = ['completed', 'on_track', 'behind', 'not_started'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskStatusNames: Record<TaskStatus, Bilingual> = {
  completed: { zh: '已完成', en: 'completed' },
  on_track: { zh: '序时推进', en: 'on track' },
  behind: { zh: '滞后', en: 'behind' },
  not_started: { zh: '未启动', en: 'not started' },
};

export type TaskStatusCounts = Record<TaskStatus, number>;

export function countStatuses(statuses: Iterable<TaskStatus>): TaskStatusCounts {
  const counts: TaskStatusCounts = { completed: 0, on_track: 0, behind: 0, not_started: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** The status a task is counted under: the office's judgement, where it gave one, over the unit's. */
export function effectiveStatus(unitStatus: TaskStatus | null, officeStatus: TaskStatus | null): TaskStatus {
  return officeStatus ?? unitStatus ?? 'not_started';
}

/** "重点任务 N项:已完成 a项、序时推进 b项、滞后 c项" — the dashboard's and the reports' sentence. */
export function taskCountSentence(counts: TaskStatusCounts): Bilingual {
  const total = counts.completed + counts.on_track + counts.behind + counts.not_started;
  const notStarted = counts.not_started > 0 ? `、未启动${counts.not_started}项` : '';
  const notStartedEn = counts.not_started > 0 ? `, ${counts.not_started} not started` : '';
  return {
    zh: `重点任务${total}项:已完成${counts.completed}项、序时推进${counts.on_track}项、滞后${counts.behind}项${notStarted}`,
    en: `${total} key tasks: ${counts.completed} completed, ${counts.on_track} on track, ${counts.behind} behind${notStartedEn}`,
  };
}

/** The first day of a reporting period: 2024 → 2024-01-01, 2024-Q3 → 2024-07-01, 2024-09 → 2024-09-01. */
export function periodFirstDay(p: Period): string {
  const month = p.quarter !== undefined ? p.quarter * 3 - 2 : (p.month ?? 1);
  return `${p.year}-${String(month).padStart(2, '0')}-01`;
}
