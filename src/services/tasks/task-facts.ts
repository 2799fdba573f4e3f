/**
 * Everything the task views are computed from, read once per request: the plan's tasks, the ledger,
 * the office's judgements, the 督办单, units, users and chapter titles. The status and light of each
 * task follow from these and the evaluation date (core/task-light.ts, core/task-status.ts).
 */

import { notFound } from '../../contracts/domain-error';
import type { TaskView } from '../../contracts/task-api';
import { comparePeriods, parsePeriod, requirePeriod } from '../../core/period';
import { type TaskLightResult, taskLight } from '../../core/task-light';
import { effectiveStatus, periodFirstDay, type TaskStatus } from '../../core/task-status';
import type { OrgUnit } from '../../db/repositories/org-unit-repository';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import { type StoredTask, TaskDefinitionRepository } from '../../db/repositories/task-definition-repository';
import {
  type TaskJudgement,
  TaskReportRepository,
  type TaskReportRevision,
} from '../../db/repositories/task-report-repository';
import {
  type Supervision,
  TaskSupervisionRepository,
} from '../../db/repositories/task-supervision-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { type Actor, authorize, visibleUnit } from '../authorization';
import type { ServiceContext } from '../context';

export interface TaskFacts {
  plan: StoredPlan;
  tasks: StoredTask[];
  /** Every revision, oldest first. */
  reports: TaskReportRevision[];
  judgements: TaskJudgement[];
  supervisions: Supervision[];
  units: Map<string, OrgUnit>;
  users: Map<number, string>;
  chapterTitles: Map<string, string>;
}

export async function loadTaskFacts(ctx: ServiceContext, plan: StoredPlan): Promise<TaskFacts> {
  const db = ctx.database.db;
  const reportRepo = new TaskReportRepository(db, ctx.tenantId);
  const [tasks, reports, judgements, supervisions, units, users, def] = await Promise.all([
    new TaskDefinitionRepository(db, ctx.tenantId).list(plan.id),
    reportRepo.history(plan.id),
    reportRepo.judgements(plan.id),
    new TaskSupervisionRepository(db, ctx.tenantId).list(plan.id),
    new OrgUnitRepository(db, ctx.tenantId).list(),
    new UserRepository(db, ctx.tenantId).list(),
    new PlanRepository(db, ctx.tenantId).loadDefinition(plan.id),
  ]);
  return {
    plan,
    tasks,
    reports,
    judgements,
    supervisions,
    units: new Map(units.map((u) => [u.code, u])),
    users: new Map(users.map((u) => [u.id, u.displayName])),
    chapterTitles: new Map(def.outline.filter((n) => n.kind === 'chapter').map((n) => [n.id, n.title])),
  };
}

export function unitRef(facts: TaskFacts, code: string) {
  return { code, name: facts.units.get(code)?.name ?? code };
}

/** The unit code of a unit user, or null for the office and leaders (who see every task). */
export function actorUnitCode(facts: TaskFacts, actor: Actor): string | null {
  const only = visibleUnit(actor);
  if (only === null) return null;
  return [...facts.units.values()].find((u) => u.id === only)?.code ?? '';
}

export function involves(task: StoredTask, unit: string): boolean {
  return task.lead === unit || task.co.includes(unit);
}

/** The tasks the actor may see: all for the office and leaders, their unit's (lead or co) for units. */
export function visibleTasks(facts: TaskFacts, actor: Actor): StoredTask[] {
  const unit = actorUnitCode(facts, actor);
  return unit === null ? facts.tasks : facts.tasks.filter((t) => involves(t, unit));
}

export function requireTask(ctx: ServiceContext, facts: TaskFacts, code: string): StoredTask {
  const actor = authorize(ctx.actor, 'plan.read');
  const task = visibleTasks(facts, actor).find((t) => t.code === code);
  if (!task) throw notFound('task_not_found', `任务 ${code} 不存在`, `task ${code} not found`);
  return task;
}

/** The current revision of each (task, period), keyed by period. */
export function currentByPeriod(
  reports: readonly TaskReportRevision[],
  task: string,
): Map<string, TaskReportRevision> {
  const current = new Map<string, TaskReportRevision>();
  for (const r of reports) if (r.taskCode === task) current.set(r.period, r);
  return current;
}

function officeStatusOf(facts: TaskFacts, task: string, period: string): TaskStatus | null {
  const last = facts.judgements.filter((j) => j.taskCode === task && j.period === period).at(-1);
  return last ? (last.status as TaskStatus) : null;
}

/**
 * The approved reports of a task that count on `asOf`, one per period, in period order: those whose
 * period has begun by then. As in the indicator ledger, a figure belongs to its period, not to the
 * day it was approved — the 2025-Q4 report approved in January counts for the plan's last day.
 */
export function approvedReports(facts: TaskFacts, task: string, asOf: string): TaskReportRevision[] {
  const byPeriod = new Map<string, TaskReportRevision>();
  for (const r of facts.reports) {
    const period = parsePeriod(r.period);
    if (r.taskCode !== task || r.state !== 'approved' || period === null || periodFirstDay(period) > asOf)
      continue;
    byPeriod.set(r.period, r);
  }
  return [...byPeriod.values()].sort((a, b) =>
    comparePeriods(requirePeriod(a.period), requirePeriod(b.period)),
  );
}

export interface TaskState {
  percent: number | null;
  unitStatus: TaskStatus | null;
  officeStatus: TaskStatus | null;
  status: TaskStatus;
  lastApprovedPeriod: string | null;
  light: TaskLightResult;
}

export function taskState(facts: TaskFacts, task: StoredTask, asOf: string): TaskState {
  const approved = approvedReports(facts, task.code, asOf);
  const history = approved.map((r) =>
    effectiveStatus(r.unitStatus as TaskStatus, officeStatusOf(facts, task.code, r.period)),
  );
  const last = approved.at(-1);
  const unitStatus = last ? (last.unitStatus as TaskStatus) : null;
  const officeStatus = last ? officeStatusOf(facts, task.code, last.period) : null;
  const status = effectiveStatus(unitStatus, officeStatus);
  return {
    percent: last?.percent ?? null,
    unitStatus,
    officeStatus,
    status,
    lastApprovedPeriod: last?.period ?? null,
    light: taskLight({
      start: task.start,
      deadline: task.deadline,
      asOf,
      percent: last?.percent ?? null,
      status: last ? status : null,
      history,
    }),
  };
}

export function taskView(facts: TaskFacts, task: StoredTask, asOf: string): TaskView {
  const state = taskState(facts, task, asOf);
  const d = task.definition;
  return {
    code: task.code,
    text: d.text,
    chapter: task.chapter,
    chapterTitle: facts.chapterTitles.get(task.chapter) ?? task.chapter,
    section: d.section?.number ?? null,
    lead: unitRef(facts, task.lead),
    co: task.co.map((c) => unitRef(facts, c)),
    start: task.start,
    deadline: task.deadline,
    output: d.output,
    indicators: d.indicators,
    projects: d.projects,
    percent: state.percent,
    status: state.status,
    unitStatus: state.unitStatus,
    officeStatus: state.officeStatus,
    lastApprovedPeriod: state.lastApprovedPeriod,
    light: state.light.light,
    lightReason: state.light.reason,
    pace: Math.round(state.light.pace * 10) / 10,
    overdue: state.status !== 'completed' && asOf > task.deadline,
    openSupervisions: facts.supervisions.filter((s) => s.taskCode === task.code && s.status !== 'closed')
      .length,
  };
}
