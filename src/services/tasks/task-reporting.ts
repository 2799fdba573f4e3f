/**
 * Progress reporting on key tasks in rounds (docs/tasks.md §2): the lead unit saves and submits its
 * report for the round's period (what was done, percent, its own status, problems, next steps,
 * evidence linked once); co-units add their part; the unit's reviewer approves or returns; the plan
 * office may set its own judgement. Each change is a new revision of the task ledger.
 */

import { DomainError, fieldError, notFound, versionConflict } from '../../contracts/domain-error';
import type { TaskReportInput, TaskReportView } from '../../contracts/task-api';
import type { TaskStatus } from '../../core/task-status';
import { AttachmentRepository } from '../../db/repositories/attachment-repository';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { RoundRepository } from '../../db/repositories/round-repository';
import type { StoredTask } from '../../db/repositories/task-definition-repository';
import { TaskEvidenceRepository } from '../../db/repositories/task-evidence-repository';
import {
  type TaskReportAction,
  TaskReportRepository,
  type TaskReportRevision,
  type TaskReportState,
} from '../../db/repositories/task-report-repository';
import { type Actor, authorize } from '../authorization';
import { nowOf, type ServiceContext, transaction } from '../context';
import { recordTaskChange } from './task-change';
import { actorUnitCode, currentByPeriod, loadTaskFacts, type TaskFacts } from './task-facts';
import { reportView } from './task-library';

function findTask(facts: TaskFacts, code: string): StoredTask {
  const task = facts.tasks.find((t) => t.code === code);
  if (!task) throw notFound('task_not_found', `任务 ${code} 不存在`, `task ${code} not found`);
  return task;
}

function unitName(facts: TaskFacts, code: string | null): string {
  return code === null ? '' : (facts.units.get(code)?.name ?? code);
}

/** A task is reported by its lead unit only; co-units add their part instead (not_lead_unit). */
function requireLead(facts: TaskFacts, actor: Actor, task: StoredTask): void {
  const own = actorUnitCode(facts, actor);
  if (own === task.lead) return;
  const helps = own !== null && task.co.includes(own);
  throw new DomainError('not_lead_unit', {
    zh: `任务 ${task.code} 的牵头单位是${unitName(facts, task.lead)},${unitName(facts, own) || '本账号'}不能填报${helps ? ';配合单位请填写配合情况' : ''}`,
    en: `task ${task.code} is led by ${facts.units.get(task.lead)?.nameEn ?? task.lead}; only the lead unit reports on it${helps ? ' (co-units add their part instead)' : ''}`,
  });
}

async function requireOpenTaskRound(ctx: ServiceContext, plan: StoredPlan, period: string): Promise<void> {
  const rounds = await new RoundRepository(ctx.database.db, ctx.tenantId).list(plan.id);
  const open = rounds.some(
    (r) => r.status === 'open' && r.period === period && r.scope.itemTypes.includes('task'),
  );
  if (!open) {
    throw new DomainError('no_open_task_round', {
      zh: `没有期间为 ${period} 且包含重点任务的开放填报轮次`,
      en: `no open reporting round for ${period} covers key tasks`,
    });
  }
}

/** The most recently approved report of the task, any period: the percent a new one may not fall below. */
function lastApproved(facts: TaskFacts, code: string): TaskReportRevision | undefined {
  return facts.reports
    .filter((r) => r.taskCode === code && r.state === 'approved')
    .reduce<TaskReportRevision | undefined>(
      (last, r) => (last === undefined || r.id > last.id ? r : last),
      undefined,
    );
}

function checkRevision(current: TaskReportRevision | undefined, revision: number): void {
  const now = current?.revision ?? 0;
  if (revision !== now) throw versionConflict(now);
}

export async function saveTaskReport(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  period: string,
  input: TaskReportInput,
): Promise<TaskReportView> {
  const actor = authorize(ctx.actor, 'report.write');
  const facts = await loadTaskFacts(ctx, plan);
  const task = findTask(facts, code);
  requireLead(facts, actor, task);
  await requireOpenTaskRound(ctx, plan, period);
  const current = currentByPeriod(facts.reports, code).get(period);
  checkRevision(current, input.revision);
  if (current && (current.state === 'submitted' || current.state === 'approved')) {
    throw new DomainError('report_not_editable', {
      zh: current.state === 'approved' ? '该期填报已审核通过,不能再修改' : '该期填报已提交,等待审核',
      en:
        current.state === 'approved'
          ? 'this report is approved and can no longer change'
          : 'this report is submitted and awaits review',
    });
  }
  const approved = lastApproved(facts, code);
  if (approved && input.percent < approved.percent && !input.lowerReason?.trim()) {
    throw fieldError(
      'lowerReason',
      'percent_below_approved',
      `完成进度 ${input.percent}% 低于上次审核通过的 ${approved.percent}%(${approved.period}),请说明原因`,
      `${input.percent}% is below the ${approved.percent}% approved for ${approved.period}; give the reason`,
    );
  }
  if (input.status === 'completed' && input.percent !== 100) {
    throw fieldError(
      'percent',
      'completed_needs_full',
      '状态为已完成时,完成进度应为 100%',
      'a completed task is 100% complete',
    );
  }
  const attachments = new AttachmentRepository(ctx.database.db, ctx.tenantId);
  for (const [i, id] of input.evidence.entries()) {
    if (!(await attachments.findById(id))) {
      throw fieldError(
        `evidence[${i}]`,
        'attachment_not_found',
        `附件 ${id} 不存在`,
        `attachment ${id} not found`,
      );
    }
  }
  const action: TaskReportAction = input.submit ? 'submit' : 'save';
  const state: TaskReportState = input.submit ? 'submitted' : 'draft';
  return transaction(ctx, async (tx) => {
    const saved = await new TaskReportRepository(tx, ctx.tenantId).append({
      planId: plan.id,
      taskCode: code,
      period,
      revision: (current?.revision ?? 0) + 1,
      action,
      state,
      unit: task.lead,
      done: input.done,
      percent: input.percent,
      unitStatus: input.status,
      problems: input.problems,
      nextSteps: input.nextSteps,
      lowerReason: input.lowerReason,
      evidence: input.evidence,
      comment: null,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    const links = new TaskEvidenceRepository(tx, ctx.tenantId);
    for (const id of input.evidence) {
      await links.link(plan.id, {
        attachmentId: id,
        itemType: 'task',
        itemCode: code,
        createdBy: actor.id,
        createdAt: nowOf(ctx),
      });
    }
    await recordTaskChange(ctx, tx, plan.id, {
      action: `task.report.${action}`,
      entityType: 'task',
      entityId: `${code}/${period}`,
      after: saved,
    });
    return reportView(facts, saved);
  });
}

async function review(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  period: string,
  revision: number,
  comment: string | null,
  action: 'approve' | 'return',
): Promise<TaskReportView> {
  authorize(ctx.actor, 'report.review');
  const facts = await loadTaskFacts(ctx, plan);
  const task = findTask(facts, code);
  const actor = authorize(ctx.actor, 'report.review', facts.units.get(task.lead)?.id ?? -1);
  const current = currentByPeriod(facts.reports, code).get(period);
  if (current?.state !== 'submitted') {
    throw new DomainError('report_not_submitted', {
      zh: '只有已提交的填报可以审核',
      en: 'only a submitted report can be reviewed',
    });
  }
  checkRevision(current, revision);
  return transaction(ctx, async (tx) => {
    const saved = await new TaskReportRepository(tx, ctx.tenantId).append({
      ...current,
      revision: current.revision + 1,
      action,
      state: action === 'approve' ? 'approved' : 'returned',
      comment,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    await recordTaskChange(ctx, tx, plan.id, {
      action: `task.report.${action}`,
      entityType: 'task',
      entityId: `${code}/${period}`,
      after: saved,
    });
    return reportView(facts, saved);
  });
}

export function approveTaskReport(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  period: string,
  revision: number,
  comment: string | null,
) {
  return review(ctx, plan, code, period, revision, comment, 'approve');
}

export function returnTaskReport(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  period: string,
  revision: number,
  comment: string,
) {
  return review(ctx, plan, code, period, revision, comment, 'return');
}

/** A co-unit's part of the period's report (配合情况). */
export async function contributeToTask(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  period: string,
  text: string,
) {
  const actor = authorize(ctx.actor, 'report.write');
  const facts = await loadTaskFacts(ctx, plan);
  const task = findTask(facts, code);
  const own = actorUnitCode(facts, actor);
  if (own === null || !task.co.includes(own)) {
    throw new DomainError('not_co_unit', {
      zh: `${unitName(facts, own) || '本账号'}不是任务 ${code} 的配合单位`,
      en: `your unit is not a co-unit of task ${code}`,
    });
  }
  await requireOpenTaskRound(ctx, plan, period);
  return transaction(ctx, async (tx) => {
    const saved = await new TaskReportRepository(tx, ctx.tenantId).addContribution(plan.id, {
      taskCode: code,
      period,
      unit: own,
      text,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    await recordTaskChange(ctx, tx, plan.id, {
      action: 'task.contribute',
      entityType: 'task',
      entityId: `${code}/${period}`,
      after: saved,
    });
    return { period, unit: own, text };
  });
}

/** The plan office's own judgement over the unit's status of an approved report. */
export async function judgeTask(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  period: string,
  status: TaskStatus,
  reason: string,
) {
  const actor = authorize(ctx.actor, 'task.supervise');
  const facts = await loadTaskFacts(ctx, plan);
  findTask(facts, code);
  const current = currentByPeriod(facts.reports, code).get(period);
  if (current?.state !== 'approved') {
    throw new DomainError('report_not_submitted', {
      zh: `任务 ${code} 在 ${period} 还没有审核通过的填报,请先审核`,
      en: `task ${code} has no approved report for ${period} yet`,
    });
  }
  return transaction(ctx, async (tx) => {
    const saved = await new TaskReportRepository(tx, ctx.tenantId).addJudgement(plan.id, {
      taskCode: code,
      period,
      status,
      reason,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    await recordTaskChange(ctx, tx, plan.id, {
      action: 'task.judge',
      entityType: 'task',
      entityId: `${code}/${period}`,
      before: { unitStatus: current.unitStatus },
      after: saved,
    });
    return { period, status, reason };
  });
}
