/**
 * Reading key tasks: the list (filtered by chapter, unit, light, status), the board per chapter and
 * per unit with the overdue list, a unit's own tasks, one task with its ledger and 督办, and the
 * counts the dashboard and the evaluation reports print — one computation, so the numbers agree.
 */

import { officeToday } from '../../contracts/office-calendar';
import type {
  TaskBoardResponse,
  TaskDetailResponse,
  TaskListResponse,
  TaskReportView,
  TaskView,
} from '../../contracts/task-api';
import { countStatuses, type TaskStatus, taskCountSentence } from '../../core/task-status';
import { AttachmentRepository } from '../../db/repositories/attachment-repository';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { ReportRepository } from '../../db/repositories/report-repository';
import { TaskDefinitionRepository } from '../../db/repositories/task-definition-repository';
import { TaskEvidenceRepository } from '../../db/repositories/task-evidence-repository';
import { TaskReportRepository, type TaskReportRevision } from '../../db/repositories/task-report-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { resolveAsOf } from '../projects/project-dates';
import {
  actorUnitCode,
  currentByPeriod,
  involves,
  loadTaskFacts,
  requireTask,
  type TaskFacts,
  taskView,
  unitRef,
  visibleTasks,
} from './task-facts';
import { supervisionViews } from './task-supervision-view';

export interface TaskFilter {
  asOf?: string | undefined;
  chapter?: string | undefined;
  unit?: string | undefined;
  light?: TaskView['light'] | undefined;
  status?: TaskStatus | undefined;
}

function summary(asOf: string, tasks: TaskView[]): TaskListResponse {
  const counts = countStatuses(tasks.map((t) => t.status));
  return { asOf, counts, sentence: taskCountSentence(counts), tasks };
}

export async function listTasks(
  ctx: ServiceContext,
  plan: StoredPlan,
  filter: TaskFilter,
): Promise<TaskListResponse> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, filter.asOf);
  const facts = await loadTaskFacts(ctx, plan);
  const tasks = visibleTasks(facts, actor)
    .filter((t) => filter.chapter === undefined || t.chapter === filter.chapter)
    .filter((t) => filter.unit === undefined || involves(t, filter.unit))
    .map((t) => taskView(facts, t, asOf))
    .filter((t) => filter.light === undefined || t.light === filter.light)
    .filter((t) => filter.status === undefined || t.status === filter.status);
  return summary(asOf, tasks);
}

/** "My tasks": the tasks the actor's unit leads or helps with (the office sees every task). */
export async function myTasks(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOf?: string,
): Promise<TaskListResponse> {
  return listTasks(ctx, plan, { asOf });
}

function group(key: string, name: string, tasks: TaskView[]) {
  const lights = { green: 0, yellow: 0, red: 0 };
  for (const t of tasks) lights[t.light] += 1;
  return {
    key,
    name,
    total: tasks.length,
    counts: countStatuses(tasks.map((t) => t.status)),
    lights,
    overdue: tasks.filter((t) => t.overdue).length,
  };
}

export async function taskBoard(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOfText?: string,
): Promise<TaskBoardResponse> {
  const all = await listTasks(ctx, plan, { asOf: asOfText });
  const chapters = [...new Set(all.tasks.map((t) => t.chapter))];
  const units = [...new Set(all.tasks.map((t) => t.lead.code))];
  return {
    asOf: all.asOf,
    counts: all.counts,
    sentence: all.sentence,
    byChapter: chapters.map((c) => {
      const tasks = all.tasks.filter((t) => t.chapter === c);
      return group(c, tasks[0]?.chapterTitle ?? c, tasks);
    }),
    byUnit: units.map((u) => {
      const tasks = all.tasks.filter((t) => t.lead.code === u);
      return group(u, tasks[0]?.lead.name ?? u, tasks);
    }),
    overdue: all.tasks.filter((t) => t.overdue),
  };
}

/**
 * The day the dashboard and the reports take task statuses on: a period stands for its last day, but
 * never later than today — a light says where a task stands now, not at the end of a running year.
 */
export function taskDay(ctx: ServiceContext, asOf: string): string {
  const today = officeToday(ctx.clock);
  return [resolveAsOf(ctx, asOf), today].sort()[0] ?? today;
}

/** The counts of the dashboard block and the reports' task section, for a plan and a date. */
export async function taskCounts(ctx: ServiceContext, plan: StoredPlan, asOf: string) {
  const facts = await loadTaskFacts(ctx, plan);
  const views = facts.tasks.map((t) => taskView(facts, t, asOf));
  const counts = countStatuses(views.map((t) => t.status));
  return { asOf, total: views.length, counts, sentence: taskCountSentence(counts), tasks: views };
}

export function reportView(facts: TaskFacts, r: TaskReportRevision): TaskReportView {
  return {
    period: r.period,
    revision: r.revision,
    state: r.state,
    action: r.action,
    unit: r.unit,
    done: r.done,
    percent: r.percent,
    status: r.unitStatus as TaskStatus,
    problems: r.problems,
    nextSteps: r.nextSteps,
    lowerReason: r.lowerReason,
    evidence: r.evidence,
    comment: r.comment,
    by: r.createdBy === null ? null : (facts.users.get(r.createdBy) ?? null),
    at: r.createdAt,
  };
}

export async function getTask(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  asOfText?: string,
): Promise<TaskDetailResponse> {
  const asOf = resolveAsOf(ctx, asOfText);
  const facts = await loadTaskFacts(ctx, plan);
  const task = requireTask(ctx, facts, code);
  const reports = facts.reports.filter((r) => r.taskCode === code);
  const evidence = [...new Set(reports.flatMap((r) => r.evidence))];
  const links = await new TaskEvidenceRepository(ctx.database.db, ctx.tenantId).forAttachments(
    plan.id,
    evidence,
  );
  const contributions = await contributionsOf(ctx, facts, code);
  const attachments = new AttachmentRepository(ctx.database.db, ctx.tenantId);
  const reportsRepo = new ReportRepository(ctx.database.db, ctx.tenantId);
  const evidenceViews = [];
  for (const id of evidence) {
    const file = await attachments.findById(id);
    if (!file) continue;
    const origin = await reportsRepo.findById(file.reportId);
    evidenceViews.push({
      attachment: id,
      fileName: file.fileName,
      uploadedFor: origin
        ? { itemType: origin.itemType, itemCode: origin.itemCode, period: origin.period }
        : null,
    });
  }
  const by = (id: number | null) => (id === null ? null : (facts.users.get(id) ?? null));
  const own = ctx.actor ? actorUnitCode(facts, ctx.actor) : null;
  return {
    ...taskView(facts, task, asOf),
    yourPart: own === task.lead ? 'lead' : own !== null && task.co.includes(own) ? 'co' : null,
    milestones: task.definition.milestones,
    unitsFrom: task.definition.unitsFrom,
    notes: task.definition.notes ?? null,
    reports: reports.map((r) => reportView(facts, r)),
    current: Object.fromEntries(
      [...currentByPeriod(reports, code)].map(([p, r]) => [p, reportView(facts, r)]),
    ),
    contributions,
    judgements: facts.judgements
      .filter((j) => j.taskCode === code)
      .map((j) => ({
        period: j.period,
        status: j.status as TaskStatus,
        reason: j.reason,
        by: by(j.createdBy),
        at: j.createdAt,
      })),
    supervisions: await supervisionViews(ctx, facts, code, asOf),
    evidence: evidenceViews,
    evidenceLinks: links.map((l) => ({
      attachment: l.attachmentId,
      itemType: l.itemType,
      itemCode: l.itemCode,
    })),
    responsibility: (
      await new TaskDefinitionRepository(ctx.database.db, ctx.tenantId).changes(plan.id, code)
    ).map((c) => ({
      revision: c.revision,
      lead: unitRef(facts, c.lead),
      co: c.co.map((u) => unitRef(facts, u)),
      deadline: c.deadline,
      reason: c.reason,
      by: by(c.createdBy),
      at: c.createdAt,
    })),
  };
}

async function contributionsOf(ctx: ServiceContext, facts: TaskFacts, code: string) {
  const rows = await new TaskReportRepository(ctx.database.db, ctx.tenantId).contributions(
    facts.plan.id,
    code,
  );
  return rows.map((c) => ({
    period: c.period,
    unit: unitRef(facts, c.unit),
    text: c.text,
    by: c.createdBy === null ? null : (facts.users.get(c.createdBy) ?? null),
    at: c.createdAt,
  }));
}
