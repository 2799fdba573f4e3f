/**
 * 督办单 on key tasks (docs/tasks.md §4): the plan office issues a notice to the task's lead unit with
 * a deadline for the reply; the unit replies; the office extends the deadline or closes the notice
 * (销号). Every step is dated, with who. Nothing happens to a closed notice (supervision_closed).
 */

import { DomainError, fieldError, notFound, versionConflict } from '../../contracts/domain-error';
import { isIsoDate, officeToday } from '../../contracts/office-calendar';
import type { SupervisionView } from '../../contracts/task-api';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  type Supervision,
  type SupervisionAction,
  type SupervisionStatus,
  TaskSupervisionRepository,
} from '../../db/repositories/task-supervision-repository';
import { type Actor, authorize } from '../authorization';
import { nowOf, type ServiceContext, transaction } from '../context';
import { resolveAsOf } from '../projects/project-dates';
import { recordTaskChange } from './task-change';
import { loadTaskFacts, type TaskFacts, visibleTasks } from './task-facts';
import { supervisionViews } from './task-supervision-view';

function checkDue(ctx: ServiceContext, replyDue: string): void {
  if (!isIsoDate(replyDue)) {
    throw fieldError('replyDue', 'bad_date', `${replyDue} 不是有效日期`, `${replyDue} is not a valid date`);
  }
  if (replyDue < officeToday(ctx.clock)) {
    throw fieldError(
      'replyDue',
      'due_in_past',
      '回复期限不能早于今天',
      'the reply deadline cannot be before today',
    );
  }
}

export async function listSupervisions(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOfText?: string,
): Promise<{ asOf: string; supervisions: SupervisionView[] }> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, asOfText);
  const facts = await loadTaskFacts(ctx, plan);
  const visible = new Set(visibleTasks(facts, actor).map((t) => t.code));
  const all = await supervisionViews(ctx, facts, null, asOf);
  return { asOf, supervisions: all.filter((s) => visible.has(s.task)) };
}

export async function issueSupervision(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  input: { text: string; replyDue: string },
): Promise<SupervisionView> {
  const actor = authorize(ctx.actor, 'task.supervise');
  const facts = await loadTaskFacts(ctx, plan);
  const task = facts.tasks.find((t) => t.code === code);
  if (!task) throw notFound('task_not_found', `任务 ${code} 不存在`, `task ${code} not found`);
  checkDue(ctx, input.replyDue);
  const today = officeToday(ctx.clock);
  const id = await transaction(ctx, async (tx) => {
    const repo = new TaskSupervisionRepository(tx, ctx.tenantId);
    const notice = await repo.insert({
      planId: plan.id,
      taskCode: code,
      unit: task.lead,
      text: input.text,
      issuedOn: today,
      replyDue: input.replyDue,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    await repo.addEvent({
      supervisionId: notice.id,
      action: 'issue',
      text: input.text,
      dueOn: input.replyDue,
      onDate: today,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    await recordTaskChange(ctx, tx, plan.id, {
      action: 'task.supervise.issue',
      entityType: 'task_supervision',
      entityId: String(notice.id),
      after: notice,
    });
    return notice.id;
  });
  return viewOf(ctx, plan, id);
}

async function viewOf(ctx: ServiceContext, plan: StoredPlan, id: number): Promise<SupervisionView> {
  const facts = await loadTaskFacts(ctx, plan);
  const views = await supervisionViews(ctx, facts, null, officeToday(ctx.clock));
  const view = views.find((v) => v.id === id);
  if (!view) throw new Error(`supervision ${id} vanished`);
  return view;
}

async function loadNotice(
  ctx: ServiceContext,
  id: number,
): Promise<{ notice: Supervision; plan: StoredPlan; facts: TaskFacts }> {
  const actor = authorize(ctx.actor, 'plan.read');
  const notice = await new TaskSupervisionRepository(ctx.database.db, ctx.tenantId).findById(id);
  const plan = notice && (await new PlanRepository(ctx.database.db, ctx.tenantId).findById(notice.planId));
  const missing = () =>
    notFound('supervision_not_found', `督办单 ${id} 不存在`, `supervision notice ${id} not found`);
  if (!notice || !plan) throw missing();
  const facts = await loadTaskFacts(ctx, plan);
  if (!visibleTasks(facts, actor).some((t) => t.code === notice.taskCode)) throw missing();
  return { notice, plan, facts };
}

function refuseClosed(notice: Supervision, action: SupervisionAction): void {
  if (notice.status !== 'closed') return;
  const what = {
    reply: ['回复', 'replied to'],
    extend: ['延期', 'extended'],
    close: ['再次销号', 'closed again'],
    issue: ['', ''],
  }[action];
  throw new DomainError('supervision_closed', {
    zh: `督办单 ${notice.id} 已于 ${notice.closedOn} 销号,不能再${what[0]}`,
    en: `supervision notice ${notice.id} was closed on ${notice.closedOn} and can no longer be ${what[1]}`,
  });
}

async function step(
  ctx: ServiceContext,
  actor: Actor,
  loaded: { notice: Supervision; plan: StoredPlan },
  version: number,
  action: Exclude<SupervisionAction, 'issue'>,
  text: string,
  change: { status?: SupervisionStatus; replyDue?: string; closedOn?: string },
): Promise<SupervisionView> {
  const { notice, plan } = loaded;
  const today = officeToday(ctx.clock);
  await transaction(ctx, async (tx) => {
    const repo = new TaskSupervisionRepository(tx, ctx.tenantId);
    if (!(await repo.update(notice.id, version, change))) throw versionConflict(notice.version);
    await repo.addEvent({
      supervisionId: notice.id,
      action,
      text,
      dueOn: change.replyDue ?? null,
      onDate: today,
      createdBy: actor.id,
      createdAt: nowOf(ctx),
    });
    await recordTaskChange(ctx, tx, plan.id, {
      action: `task.supervise.${action}`,
      entityType: 'task_supervision',
      entityId: String(notice.id),
      before: notice,
      after: { ...change, text },
    });
  });
  return viewOf(ctx, plan, notice.id);
}

/** The lead unit's reply to a notice addressed to it. */
export async function replySupervision(ctx: ServiceContext, id: number, version: number, text: string) {
  authorize(ctx.actor, 'report.write');
  const loaded = await loadNotice(ctx, id);
  refuseClosed(loaded.notice, 'reply');
  const actor = authorize(ctx.actor, 'report.write', loaded.facts.units.get(loaded.notice.unit)?.id ?? -1);
  return step(ctx, actor, loaded, version, 'reply', text, { status: 'replied' });
}

export async function extendSupervision(
  ctx: ServiceContext,
  id: number,
  version: number,
  replyDue: string,
  reason: string,
) {
  const actor = authorize(ctx.actor, 'task.supervise');
  const loaded = await loadNotice(ctx, id);
  refuseClosed(loaded.notice, 'extend');
  checkDue(ctx, replyDue);
  return step(ctx, actor, loaded, version, 'extend', reason, { replyDue });
}

/** 销号: the office records how the matter was settled and closes the notice. */
export async function closeSupervision(ctx: ServiceContext, id: number, version: number, text: string) {
  const actor = authorize(ctx.actor, 'task.supervise');
  const loaded = await loadNotice(ctx, id);
  refuseClosed(loaded.notice, 'close');
  return step(ctx, actor, loaded, version, 'close', text, {
    status: 'closed',
    closedOn: officeToday(ctx.clock),
  });
}
