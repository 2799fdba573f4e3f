/**
 * 存在问题 / 需协调事项 and their 督办 loop (docs/projects.md §5): the project's unit raises a problem;
 * the plan office assigns it to a responsible department with a deadline; the department answers; the
 * office closes it (销号). Every step is dated, with who. A colour light says where it stands.
 */

import { DomainError, notFound, versionConflict } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import { officeToday } from '../../contracts/office-calendar';
import { type LightResult, problemLight } from '../../core/problem-light';
import { type ProblemCategory, problemCategoryNames } from '../../core/project-codes';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  type Problem,
  type ProblemAction,
  type ProblemChange,
  type ProblemStatus,
  ProjectProblemRepository,
} from '../../db/repositories/project-problem-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { authorize, visibleUnit } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { authorizeForUnits, requireProject } from './project-access';
import { resolveAsOf } from './project-dates';
import {
  loadProjectFacts,
  type ProjectFacts,
  projectUnitIds,
  projectView,
  type UnitRef,
  unitRef,
  visibleProjects,
} from './project-facts';
import { checkCategory, checkDate, checkText, issue, resolveUnit, throwIssues } from './project-input';

export interface ProblemEventView {
  action: ProblemAction;
  text: string | null;
  unit: UnitRef | null;
  dueOn: string | null;
  onDate: string;
  actor: string | null;
  at: string;
}

export interface ProblemView {
  id: number;
  project: string;
  projectName: string;
  category: ProblemCategory;
  categoryName: { zh: string; en: string };
  description: string;
  raisedUnit: UnitRef | null;
  raisedOn: string;
  assignedUnit: UnitRef | null;
  dueOn: string | null;
  status: ProblemStatus;
  closedOn: string | null;
  light: LightResult['light'];
  lightReason: LightResult['reason'];
  version: number;
}

export function problemView(facts: ProjectFacts, p: Problem, asOf: string): ProblemView {
  const project = facts.projects.find((x) => x.code === p.projectCode);
  const behind =
    project !== undefined && projectView(facts, project, asOf).investment.completion?.pace === 'behind';
  const light = problemLight(p, asOf, behind);
  const category = p.category as ProblemCategory;
  return {
    id: p.id,
    project: p.projectCode,
    projectName: project?.name ?? p.projectCode,
    category,
    categoryName: problemCategoryNames[category] ?? { zh: p.category, en: p.category },
    description: p.description,
    raisedUnit: unitRef(facts, p.raisedUnitId),
    raisedOn: p.raisedOn,
    assignedUnit: unitRef(facts, p.assignedUnitId),
    dueOn: p.dueOn,
    status: p.status,
    closedOn: p.closedOn,
    light: light.light,
    lightReason: light.reason,
    version: p.version,
  };
}

export interface ProblemFilter {
  asOf?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  light?: LightResult['light'] | undefined;
  unit?: string | undefined;
  project?: string | undefined;
}

/** The 督办 list: problems of the projects the actor may see, with their lights. */
export async function listProblems(
  ctx: ServiceContext,
  plan: StoredPlan,
  filter: ProblemFilter,
): Promise<{ asOf: string; problems: ProblemView[] }> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, filter.asOf);
  const facts = await loadProjectFacts(ctx, plan);
  const visible = new Set(visibleProjects(actor, facts).map((p) => p.code));
  const unitId =
    filter.unit === undefined ? undefined : [...facts.units.values()].find((u) => u.code === filter.unit)?.id;
  const problems = [...facts.problems.values()]
    .flat()
    .filter((p) => visible.has(p.projectCode))
    .filter((p) => filter.project === undefined || p.projectCode === filter.project)
    .filter((p) => filter.status === undefined || (filter.status === 'closed') === (p.status === 'closed'))
    .filter((p) => filter.unit === undefined || p.assignedUnitId === unitId || p.raisedUnitId === unitId)
    .sort((a, b) => a.id - b.id)
    .map((p) => problemView(facts, p, asOf))
    .filter((p) => filter.light === undefined || p.light === filter.light);
  return { asOf, problems };
}

async function loadProblem(ctx: ServiceContext, id: number) {
  authorize(ctx.actor, 'plan.read');
  const problem = await new ProjectProblemRepository(ctx.database.db, ctx.tenantId).findById(id);
  const plan = problem && (await new PlanRepository(ctx.database.db, ctx.tenantId).findById(problem.planId));
  const missing = () => notFound('problem_not_found', `问题 ${id} 不存在`, `problem ${id} not found`);
  if (!problem || !plan) throw missing();
  const facts = await loadProjectFacts(ctx, plan);
  try {
    requireProject(ctx, facts, problem.projectCode);
  } catch {
    throw missing();
  }
  return { problem, plan, facts };
}

export async function getProblem(
  ctx: ServiceContext,
  id: number,
  asOf?: string,
): Promise<ProblemView & { events: ProblemEventView[] }> {
  const { problem, facts } = await loadProblem(ctx, id);
  const [events, users] = await Promise.all([
    new ProjectProblemRepository(ctx.database.db, ctx.tenantId).events(problem.id),
    new UserRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return {
    ...problemView(facts, problem, resolveAsOf(ctx, asOf)),
    events: events.map((e) => ({
      action: e.action,
      text: e.text,
      unit: unitRef(facts, e.unitId),
      dueOn: e.dueOn,
      onDate: e.onDate,
      actor: e.actorId === null ? null : (names.get(e.actorId) ?? null),
      at: e.at,
    })),
  };
}

export async function raiseProblem(
  ctx: ServiceContext,
  plan: StoredPlan,
  projectCode: string,
  input: { category: string; description: string },
): Promise<ProblemView> {
  authorize(ctx.actor, 'project.report');
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, projectCode);
  const units = projectUnitIds(facts, project);
  const actor = authorizeForUnits(ctx.actor, units);
  const issues: InputIssue[] = [];
  checkCategory(issues, 'category', input.category);
  checkText(issues, 'description', input.description, {
    zh: '问题描述',
    en: 'a description of the problem',
    code: 'description_required',
  });
  throwIssues(issues);
  const today = officeToday(ctx.clock);
  return transaction(ctx, async (tx) => {
    const repo = new ProjectProblemRepository(tx, ctx.tenantId);
    const saved = await repo.insert(
      {
        planId: plan.id,
        projectCode: project.code,
        category: input.category,
        description: input.description.trim(),
        raisedUnitId: visibleUnit(actor) === null ? (units[0] ?? null) : actor.unitId,
        raisedOn: today,
        createdBy: actor.id,
      },
      nowOf(ctx),
    );
    await repo.appendEvent({
      problemId: saved.id,
      action: 'raise',
      text: saved.description,
      unitId: saved.raisedUnitId,
      dueOn: null,
      onDate: today,
      actorId: actor.id,
      at: nowOf(ctx),
    });
    await audit(ctx, tx, {
      action: 'project.problem.raise',
      entityType: 'project',
      entityId: `${plan.code}/${project.code}`,
      after: saved,
    });
    return problemView(facts, saved, today);
  });
}

function requireOpen(problem: Problem): void {
  if (problem.status === 'closed') {
    throw new DomainError('problem_closed', {
      zh: `问题 ${problem.id} 已于${problem.closedOn}销号`,
      en: `problem ${problem.id} was closed on ${problem.closedOn}`,
    });
  }
}

/** 交办: the office names the responsible department and the deadline (again, to re-assign). */
export async function assignProblem(
  ctx: ServiceContext,
  id: number,
  version: number,
  input: { unit: string; dueOn: string; note?: string | null | undefined },
): Promise<ProblemView> {
  authorize(ctx.actor, 'project.manage');
  const { problem, plan, facts } = await loadProblem(ctx, id);
  requireOpen(problem);
  const issues: InputIssue[] = [];
  const unit = await resolveUnit(ctx, issues, 'unit', input.unit);
  checkDate(issues, 'dueOn', input.dueOn);
  const today = officeToday(ctx.clock);
  if (!issues.some((i) => i.field === 'dueOn') && input.dueOn < today) {
    issues.push(
      issue(
        'dueOn',
        'due_in_past',
        `办结时限 ${input.dueOn} 早于今天(${today})`,
        `the deadline ${input.dueOn} is before today (${today})`,
      ),
    );
  }
  throwIssues(issues);
  return step(ctx, plan, facts, problem, version, 'assign', input.note ?? null, {
    assignedUnitId: unit?.id ?? null,
    dueOn: input.dueOn,
    status: 'assigned',
  });
}

/** 反馈: the responsible department answers what it did. */
export async function respondProblem(
  ctx: ServiceContext,
  id: number,
  version: number,
  text: string,
): Promise<ProblemView> {
  const { problem, plan, facts } = await loadProblem(ctx, id);
  requireOpen(problem);
  if (problem.assignedUnitId === null) {
    throw new DomainError('problem_not_assigned', {
      zh: '该问题尚未交办,无需反馈',
      en: 'the problem has not been assigned to anyone yet',
    });
  }
  authorizeForUnits(ctx.actor, [problem.assignedUnitId]);
  const issues: InputIssue[] = [];
  checkText(issues, 'text', text, { zh: '办理情况', en: 'what was done', code: 'text_required' });
  throwIssues(issues);
  return step(ctx, plan, facts, problem, version, 'respond', text.trim(), { status: 'responded' });
}

/** 销号: the office closes the problem, saying how it was resolved. */
export async function closeProblem(
  ctx: ServiceContext,
  id: number,
  version: number,
  note: string,
): Promise<ProblemView> {
  authorize(ctx.actor, 'project.manage');
  const { problem, plan, facts } = await loadProblem(ctx, id);
  requireOpen(problem);
  const issues: InputIssue[] = [];
  checkText(issues, 'note', note, { zh: '办结情况', en: 'how it was resolved', code: 'note_required' });
  throwIssues(issues);
  return step(ctx, plan, facts, problem, version, 'close', note.trim(), {
    status: 'closed',
    closedOn: officeToday(ctx.clock),
  });
}

async function step(
  ctx: ServiceContext,
  plan: StoredPlan,
  facts: ProjectFacts,
  problem: Problem,
  version: number,
  action: ProblemAction,
  text: string | null,
  change: ProblemChange,
): Promise<ProblemView> {
  const today = officeToday(ctx.clock);
  return transaction(ctx, async (tx) => {
    const repo = new ProjectProblemRepository(tx, ctx.tenantId);
    if (!(await repo.update(problem.id, version, change, nowOf(ctx)))) {
      throw versionConflict((await repo.findById(problem.id))?.version ?? problem.version);
    }
    const saved = await repo.findById(problem.id);
    if (!saved) throw new Error('problem vanished');
    await repo.appendEvent({
      problemId: problem.id,
      action,
      text,
      unitId: action === 'assign' ? saved.assignedUnitId : (ctx.actor?.unitId ?? null),
      dueOn: action === 'assign' ? saved.dueOn : null,
      onDate: today,
      actorId: ctx.actor?.id ?? null,
      at: nowOf(ctx),
    });
    await audit(ctx, tx, {
      action: `project.problem.${action}`,
      entityType: 'project',
      entityId: `${plan.code}/${problem.projectCode}`,
      before: problem,
      after: { ...saved, text },
    });
    return problemView(facts, saved, today);
  });
}
