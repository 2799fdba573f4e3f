/**
 * 节点: the plan office sets a project's milestones (name, planned date, responsible unit); the
 * responsible unit records the actual date. A milestone past its planned date without an actual date
 * is overdue and raises a warning (docs/projects.md §4).
 */

import { notFound, versionConflict } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import { daysBetween } from '../../core/problem-light';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  type Milestone,
  ProjectMilestoneRepository,
} from '../../db/repositories/project-milestone-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { authorizeForUnits, requireProject } from './project-access';
import { resolveAsOf } from './project-dates';
import { loadProjectFacts, type ProjectFacts, projectUnitIds, type UnitRef, unitRef } from './project-facts';
import { checkDate, checkPastDate, checkText, resolveUnit, throwIssues } from './project-input';

export interface MilestoneView {
  id: number;
  project: string;
  name: string;
  plannedOn: string;
  actualOn: string | null;
  unit: UnitRef | null;
  note: string | null;
  /** Past its planned date at the evaluation date without an actual date. */
  overdue: boolean;
  daysOverdue: number | null;
  version: number;
  updatedAt: string;
}

export function milestoneView(facts: ProjectFacts, m: Milestone, asOf: string): MilestoneView {
  const overdue = m.actualOn === null && m.plannedOn < asOf;
  return {
    id: m.id,
    project: m.projectCode,
    name: m.name,
    plannedOn: m.plannedOn,
    actualOn: m.actualOn,
    unit: unitRef(facts, m.unitId),
    note: m.note,
    overdue,
    daysOverdue: overdue ? daysBetween(m.plannedOn, asOf) : null,
    version: m.version,
    updatedAt: m.updatedAt,
  };
}

export interface MilestoneInput {
  name: string;
  plannedOn: string;
  unit?: string | null | undefined;
  note?: string | null | undefined;
}

export async function addMilestone(
  ctx: ServiceContext,
  plan: StoredPlan,
  projectCode: string,
  input: MilestoneInput,
): Promise<MilestoneView> {
  authorize(ctx.actor, 'project.manage');
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, projectCode);
  const issues: InputIssue[] = [];
  checkText(issues, 'name', input.name, { zh: '节点名称', en: 'a milestone name', code: 'name_required' });
  checkDate(issues, 'plannedOn', input.plannedOn);
  const unit = await resolveUnit(ctx, issues, 'unit', input.unit);
  throwIssues(issues);
  return transaction(ctx, async (tx) => {
    const saved = await new ProjectMilestoneRepository(tx, ctx.tenantId).insert(
      {
        planId: plan.id,
        projectCode: project.code,
        name: input.name.trim(),
        plannedOn: input.plannedOn,
        unitId: unit?.id ?? null,
        note: input.note ?? null,
        createdBy: ctx.actor?.id ?? null,
      },
      nowOf(ctx),
    );
    await audit(ctx, tx, {
      action: 'project.milestone.add',
      entityType: 'project',
      entityId: `${plan.code}/${project.code}`,
      after: saved,
    });
    return milestoneView(facts, saved, resolveAsOf(ctx, undefined));
  });
}

async function loadMilestone(ctx: ServiceContext, id: number) {
  authorize(ctx.actor, 'plan.read');
  const milestone = await new ProjectMilestoneRepository(ctx.database.db, ctx.tenantId).findById(id);
  const plan =
    milestone && (await new PlanRepository(ctx.database.db, ctx.tenantId).findById(milestone.planId));
  if (!milestone || !plan)
    throw notFound('milestone_not_found', `节点 ${id} 不存在`, `milestone ${id} not found`);
  const facts = await loadProjectFacts(ctx, plan);
  try {
    requireProject(ctx, facts, milestone.projectCode);
  } catch {
    throw notFound('milestone_not_found', `节点 ${id} 不存在`, `milestone ${id} not found`);
  }
  return { milestone, plan, facts };
}

export interface MilestoneChangeInput {
  name?: string | undefined;
  plannedOn?: string | undefined;
  actualOn?: string | null | undefined;
  unit?: string | null | undefined;
  note?: string | null | undefined;
}

/** The office changes a milestone's plan (or corrects its actual date); the audit log keeps both. */
export async function updateMilestone(
  ctx: ServiceContext,
  id: number,
  version: number,
  change: MilestoneChangeInput,
  reason: string,
): Promise<MilestoneView> {
  authorize(ctx.actor, 'project.manage');
  const { milestone, plan, facts } = await loadMilestone(ctx, id);
  const issues: InputIssue[] = [];
  if (change.name !== undefined) {
    checkText(issues, 'name', change.name, { zh: '节点名称', en: 'a milestone name', code: 'name_required' });
  }
  checkDate(issues, 'plannedOn', change.plannedOn);
  checkDate(issues, 'actualOn', change.actualOn);
  checkPastDate(ctx, issues, 'actualOn', change.actualOn);
  checkText(issues, 'reason', reason, {
    zh: '修改原因',
    en: 'a reason for the change',
    code: 'reason_required',
  });
  const unit = change.unit === undefined ? undefined : await resolveUnit(ctx, issues, 'unit', change.unit);
  throwIssues(issues);
  return saveMilestone(ctx, plan, facts, milestone, version, 'project.milestone.update', reason, {
    ...(change.name === undefined ? {} : { name: change.name.trim() }),
    ...(change.plannedOn === undefined ? {} : { plannedOn: change.plannedOn }),
    ...(change.actualOn === undefined ? {} : { actualOn: change.actualOn }),
    ...(unit === undefined ? {} : { unitId: unit?.id ?? null }),
    ...(change.note === undefined ? {} : { note: change.note }),
  });
}

/** The responsible unit (or the project's unit, or the office) records that a milestone was reached. */
export async function completeMilestone(
  ctx: ServiceContext,
  id: number,
  version: number,
  input: { actualOn: string; note?: string | null | undefined },
): Promise<MilestoneView> {
  const { milestone, plan, facts } = await loadMilestone(ctx, id);
  const project = requireProject(ctx, facts, milestone.projectCode);
  authorizeForUnits(ctx.actor, [
    ...(milestone.unitId === null ? [] : [milestone.unitId]),
    ...projectUnitIds(facts, project),
  ]);
  const issues: InputIssue[] = [];
  checkDate(issues, 'actualOn', input.actualOn);
  checkPastDate(ctx, issues, 'actualOn', input.actualOn);
  if (milestone.actualOn !== null) {
    issues.push({
      file: 'body',
      item: null,
      field: 'actualOn',
      code: 'milestone_already_met',
      severity: 'error',
      message: {
        zh: `该节点已于${milestone.actualOn}完成;如需更正请联系规划办`,
        en: `the milestone was already met on ${milestone.actualOn}; ask the plan office to correct it`,
      },
    });
  }
  throwIssues(issues);
  return saveMilestone(ctx, plan, facts, milestone, version, 'project.milestone.complete', null, {
    actualOn: input.actualOn,
    ...(input.note === undefined ? {} : { note: input.note }),
  });
}

async function saveMilestone(
  ctx: ServiceContext,
  plan: StoredPlan,
  facts: ProjectFacts,
  milestone: Milestone,
  version: number,
  action: string,
  reason: string | null,
  change: Parameters<ProjectMilestoneRepository['update']>[2],
): Promise<MilestoneView> {
  return transaction(ctx, async (tx) => {
    const repo = new ProjectMilestoneRepository(tx, ctx.tenantId);
    if (!(await repo.update(milestone.id, version, change, ctx.actor?.id ?? null, nowOf(ctx)))) {
      throw versionConflict((await repo.findById(milestone.id))?.version ?? milestone.version);
    }
    const saved = await repo.findById(milestone.id);
    if (!saved) throw new Error('milestone vanished');
    await audit(ctx, tx, {
      action,
      entityType: 'project',
      entityId: `${plan.code}/${milestone.projectCode}`,
      before: milestone,
      after: { ...saved, ...(reason === null ? {} : { reason }) },
    });
    return milestoneView(facts, saved, resolveAsOf(ctx, undefined));
  });
}
