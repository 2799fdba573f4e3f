/**
 * The key-task section of the annual, mid-term and final reports: the same counts as the task API on
 * the report's date, per chapter, with the problems the behind tasks reported (or their text).
 */

import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import type { ReportTasksSummary } from '../../io/report-model/report-input';
import type { ServiceContext } from '../context';
import { loadTaskFacts } from '../tasks/task-facts';
import { taskCounts, taskDay } from '../tasks/task-library';

export async function tasksReportSection(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOf: string,
  lang: 'zh' | 'en',
): Promise<ReportTasksSummary | undefined> {
  const summary = await taskCounts(ctx, plan, taskDay(ctx, asOf));
  if (summary.total === 0) return undefined;
  const [facts, def] = await Promise.all([
    loadTaskFacts(ctx, plan),
    new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id),
  ]);
  const chapters = def.outline.filter((n) => n.kind === 'chapter');
  return {
    asOf: summary.asOf,
    sentence: summary.sentence[lang],
    chapters: chapters.flatMap((ch) => {
      const tasks = summary.tasks.filter((t) => t.chapter === ch.id);
      if (tasks.length === 0) return [];
      const count = (s: string) => tasks.filter((t) => t.status === s).length;
      const label = lang === 'zh' ? `${ch.provenance.ref} ${ch.title}` : `Chapter ${ch.number} ${ch.title}`;
      return [
        {
          label,
          total: tasks.length,
          completed: count('completed'),
          onTrack: count('on_track'),
          behind: count('behind'),
          notStarted: count('not_started'),
          behindTasks: tasks
            .filter((t) => t.status === 'behind')
            .map((t) => {
              const last = facts.reports
                .filter(
                  (r) => r.taskCode === t.code && r.state === 'approved' && r.period === t.lastApprovedPeriod,
                )
                .at(-1);
              return { code: t.code, problem: last?.problems?.trim() || t.text.slice(0, 30) };
            }),
        },
      ];
    }),
  };
}
