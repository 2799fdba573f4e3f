/**
 * Adding a project to the library (plan office) and editing one as a new version with its reason:
 * optimistic concurrency, every version kept as a revision, the lead unit kept in 责任分工, the audit
 * log with before and after. Stage moves write their versions through `saveProjectVersion` too.
 */

import { DomainError, fieldError, versionConflict } from '../../contracts/domain-error';
import { officeToday } from '../../contracts/office-calendar';
import { isUniqueViolation } from '../../db/dialect';
import { AssignmentRepository } from '../../db/repositories/assignment-repository';
import type { Executor } from '../../db/repositories/executor';
import type { OrgUnit } from '../../db/repositories/org-unit-repository';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { ProjectRepository, type ProjectRow } from '../../db/repositories/project-repository';
import { ProjectStageRepository } from '../../db/repositories/project-stage-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { requireProject } from './project-access';
import { type ProjectInput, projectSnapshot, resolveProjectInput } from './project-attributes';
import { loadProjectFacts, type ProjectFacts, type ProjectView, projectView } from './project-facts';
import { checkDate, checkPastDate, checkStage, issue, throwIssues } from './project-input';

/** Words the API uses after /projects/, so no project may be called by them. */
const reservedCodes = new Set([
  'pipeline',
  'warnings',
  'summary',
  'problems',
  'codes',
  'export.xlsx',
  'export.csv',
]);

function newCode(facts: ProjectFacts): string {
  const taken = new Set(facts.projects.map((p) => p.code));
  for (let n = facts.projects.filter((p) => p.origin === 'added').length + 1; ; n += 1) {
    const code = `N${String(n).padStart(3, '0')}`;
    if (!taken.has(code)) return code;
  }
}

export interface NewProjectInput extends ProjectInput {
  code?: string | undefined;
  name: string;
  /** The stage the project enters the library in (default 谋划) and since when (default today). */
  stage?: string | undefined;
  stageSince?: string | undefined;
  reason?: string | undefined;
}

/** Makes `lead` the project's lead unit (责任分工), keeping its co-units; the old lead is revoked, not deleted. */
async function setLead(
  ctx: ServiceContext,
  tx: Executor,
  plan: StoredPlan,
  code: string,
  lead: OrgUnit | null,
): Promise<void> {
  const repo = new AssignmentRepository(tx, ctx.tenantId);
  const now = nowOf(ctx);
  const current = await repo.forItem(plan.id, 'project', code);
  const replaced = current.filter((a) => a.role === 'lead' || a.unitId === lead?.id);
  await repo.revoke(
    replaced.map((a) => a.id),
    ctx.actor?.id ?? null,
    now,
  );
  if (lead !== null) {
    await repo.insert(
      {
        planId: plan.id,
        itemType: 'project',
        itemCode: code,
        unitId: lead.id,
        role: 'lead',
        createdBy: ctx.actor?.id ?? null,
      },
      now,
    );
  }
}

/** Inserts an added project; a code taken by a concurrent insert is project_code_taken, not a 500. */
async function insertProject(
  repo: ProjectRepository,
  planId: number,
  code: string,
  p: Parameters<ProjectRepository['insert']>[1],
  now: string,
): Promise<ProjectRow> {
  try {
    return await repo.insert(planId, p, now);
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(code);
    throw error;
  }
}

const codeTaken = (code: string) =>
  fieldError('code', 'project_code_taken', `项目编号 ${code} 已存在`, `project code ${code} is taken`);

export async function addProject(
  ctx: ServiceContext,
  plan: StoredPlan,
  input: NewProjectInput,
): Promise<ProjectView> {
  authorize(ctx.actor, 'project.manage');
  const facts = await loadProjectFacts(ctx, plan);
  const code = input.code?.trim() || newCode(facts);
  if (reservedCodes.has(code.toLowerCase())) {
    throw fieldError(
      'code',
      'code_reserved',
      `「${code}」是保留字,不能用作项目编号`,
      `"${code}" is reserved`,
    );
  }
  if (facts.projects.some((p) => p.code === code)) throw codeTaken(code);
  const resolved = await resolveProjectInput(ctx, facts, null, input);
  const stage = input.stage ?? 'conceived';
  checkStage(resolved.issues, 'stage', stage);
  const today = officeToday(ctx.clock);
  const since = input.stageSince ?? today;
  checkDate(resolved.issues, 'stageSince', input.stageSince);
  checkPastDate(ctx, resolved.issues, 'stageSince', input.stageSince);
  throwIssues(resolved.issues);
  const reason = input.reason?.trim() || '新增项目 / project added';
  return transaction(ctx, async (tx) => {
    const now = nowOf(ctx);
    const repo = new ProjectRepository(tx, ctx.tenantId);
    const row = await insertProject(
      repo,
      plan.id,
      code,
      {
        name: input.name.trim(),
        columnCode: null,
        programmeCode: null,
        chapterCode: null,
        leader: null,
        parkUnitId: null,
        chain: null,
        owner: null,
        nature: null,
        investor: null,
        totalInvestment: null,
        plannedStart: null,
        plannedFinish: null,
        ...resolved.attributes,
        stage,
        code,
        definitionJson: JSON.stringify({ code, name: input.name.trim(), origin: 'added', addedAt: now }),
        createdBy: ctx.actor?.id ?? null,
      },
      now,
    );
    if (resolved.lead) await setLead(ctx, tx, plan, code, resolved.lead);
    await new ProjectStageRepository(tx, ctx.tenantId).append(plan.id, {
      projectCode: code,
      fromStage: null,
      toStage: stage,
      movedOn: since,
      kind: 'created',
      reason,
      createdBy: ctx.actor?.id ?? null,
      createdAt: now,
    });
    const after = await loadProjectFacts(ctx, plan, tx);
    const snapshot = projectSnapshot(after, row, resolved.lead?.id ?? null);
    await repo.appendRevision(plan.id, {
      projectCode: code,
      version: row.version,
      snapshot,
      reason,
      createdBy: ctx.actor?.id ?? null,
      createdAt: now,
    });
    await audit(ctx, tx, {
      action: 'project.add',
      entityType: 'project',
      entityId: `${plan.code}/${code}`,
      after: snapshot,
    });
    return projectView(after, row, today);
  });
}

/**
 * Keeps the version being replaced on record: plan projects have no revision until their first
 * change, so that change first records the state it starts from.
 */
async function ensureRevision(
  ctx: ServiceContext,
  tx: Executor,
  facts: ProjectFacts,
  project: ProjectRow,
): Promise<void> {
  const repo = new ProjectRepository(tx, ctx.tenantId);
  const revisions = await repo.revisions(project.planId, project.code);
  if (revisions.some((r) => r.version === project.version)) return;
  await repo.appendRevision(project.planId, {
    projectCode: project.code,
    version: project.version,
    snapshot: projectSnapshot(facts, project, facts.leads.get(project.code) ?? null),
    reason: project.origin === 'plan' ? '规划纲要所列 / as listed in the plan' : '修改前 / before the change',
    createdBy: project.updatedBy,
    createdAt: project.updatedAt ?? project.createdAt,
  });
}

/**
 * Writes a new version of a project in the caller's transaction: the update (refused when `version`
 * is stale), the revision with its reason, the lead unit when it changes, and the audit entry.
 */
export async function saveProjectVersion(
  ctx: ServiceContext,
  tx: Executor,
  plan: StoredPlan,
  facts: ProjectFacts,
  project: ProjectRow,
  version: number,
  change: Parameters<ProjectRepository['update']>[3],
  lead: OrgUnit | null | undefined,
  reason: string,
  action: string,
): Promise<ProjectRow> {
  const repo = new ProjectRepository(tx, ctx.tenantId);
  const now = nowOf(ctx);
  // The update goes first: it takes the row, so a concurrent writer waits and then finds its version stale.
  if (!(await repo.update(plan.id, project.code, version, change, ctx.actor?.id ?? null, now))) {
    throw versionConflict((await repo.findByCode(plan.id, project.code))?.version ?? project.version);
  }
  await ensureRevision(ctx, tx, facts, project);
  if (lead !== undefined && lead?.id !== facts.leads.get(project.code)) {
    await setLead(ctx, tx, plan, project.code, lead);
  }
  const saved = await repo.findByCode(plan.id, project.code);
  if (!saved) throw new Error('project vanished');
  const leadId = lead === undefined ? (facts.leads.get(project.code) ?? null) : (lead?.id ?? null);
  const before = projectSnapshot(facts, project, facts.leads.get(project.code) ?? null);
  const after = projectSnapshot(facts, saved, leadId);
  await repo.appendRevision(plan.id, {
    projectCode: project.code,
    version: saved.version,
    snapshot: after,
    reason,
    createdBy: ctx.actor?.id ?? null,
    createdAt: now,
  });
  await audit(ctx, tx, {
    action,
    entityType: 'project',
    entityId: `${plan.code}/${project.code}`,
    before,
    after: { ...after, reason },
  });
  return saved;
}

export async function updateProject(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  version: number,
  change: ProjectInput,
  reason: string,
): Promise<ProjectView> {
  authorize(ctx.actor, 'project.manage');
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, code);
  const resolved = await resolveProjectInput(ctx, facts, project, change);
  if (!reason.trim()) {
    resolved.issues.push(issue('reason', 'reason_required', '请写明修改原因', 'say why the project changes'));
  }
  throwIssues(resolved.issues);
  if (Object.keys(resolved.attributes).length === 0 && resolved.lead === undefined) {
    throw new DomainError('nothing_to_change', { zh: '没有要修改的内容', en: 'nothing to change' });
  }
  return transaction(ctx, async (tx) => {
    await saveProjectVersion(
      ctx,
      tx,
      plan,
      facts,
      project,
      version,
      resolved.attributes,
      resolved.lead,
      reason.trim(),
      'project.update',
    );
    const after = await loadProjectFacts(ctx, plan, tx);
    const saved = after.projects.find((p) => p.code === code) ?? project;
    return projectView(after, saved, officeToday(ctx.clock));
  });
}
