/**
 * The project library (项目库): every project of the plan's columns and any added later — the list with
 * filters, one project's page with its histories, its versions, and the code lists. Adding and editing
 * are in project-editing.ts.
 */
import { chainNames, investorNames, natureNames, problemCategoryNames } from '../../core/project-codes';
import { batchNames, projectStages, stageBatch, stageNames } from '../../core/project-stage';
import { collectProjectWarnings, type ProjectWarning } from '../../core/project-warnings';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import {
  type AnnualPlanRevision,
  type InvestmentEntry,
  ProjectInvestmentRepository,
} from '../../db/repositories/project-investment-repository';
import { ProjectRepository, type ProjectRevision } from '../../db/repositories/project-repository';
import type { StageMove } from '../../db/repositories/project-stage-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { requireProject } from './project-access';
import { resolveAsOf } from './project-dates';
import {
  loadProjectFacts,
  type ProjectView,
  projectView,
  visibleProjects,
  warningInput,
} from './project-facts';
import { type MilestoneView, milestoneView } from './project-milestones';
import { type ProblemView, problemView } from './project-problems';
import { warningSettings } from './project-warnings';

/** The code lists the library uses, with their names, for forms and filters. */
export function projectCodeLists() {
  const list = (names: Record<string, { zh: string; en: string }>) =>
    Object.entries(names).map(([code, n]) => ({ code, ...n }));
  return {
    stages: projectStages.map((s) => ({ code: s, ...stageNames[s], batch: stageBatch[s] })),
    batches: list(batchNames),
    chains: list(chainNames),
    natures: list(natureNames),
    investors: list(investorNames),
    problemCategories: list(problemCategoryNames),
  };
}

export interface ProjectFilter {
  asOf?: string | undefined;
  stage?: string | undefined;
  column?: string | undefined;
  chain?: string | undefined;
  park?: string | undefined;
  /** The responsible (lead) unit. */
  unit?: string | undefined;
  origin?: 'plan' | 'added' | undefined;
  /** Part of the name or code. */
  q?: string | undefined;
}

export async function listProjects(
  ctx: ServiceContext,
  plan: StoredPlan,
  filter: ProjectFilter = {},
): Promise<{ asOf: string; total: number; projects: ProjectView[] }> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, filter.asOf);
  const facts = await loadProjectFacts(ctx, plan);
  const q = filter.q?.trim().toLowerCase();
  const projects = visibleProjects(actor, facts)
    .map((p) => projectView(facts, p, asOf))
    .filter(
      (v) =>
        (filter.stage === undefined || v.stage === filter.stage) &&
        (filter.column === undefined || v.column === filter.column) &&
        (filter.chain === undefined || v.chain === filter.chain) &&
        (filter.park === undefined || v.park?.code === filter.park) &&
        (filter.unit === undefined || v.responsibleUnit?.code === filter.unit) &&
        (filter.origin === undefined || v.origin === filter.origin) &&
        (!q || v.name.toLowerCase().includes(q) || v.code.toLowerCase().includes(q)),
    );
  return { asOf, total: projects.length, projects };
}

export interface ProjectDetail extends ProjectView {
  asOf: string;
  stageHistory: (StageMove & { createdByName: string | null })[];
  /** Every annual-plan revision, oldest first; `current` marks the one that counts for its year. */
  annualPlans: (AnnualPlanRevision & { current: boolean })[];
  /** Every investment revision, oldest first; `current` marks the one that counts for its month. */
  investmentLedger: (InvestmentEntry & { current: boolean; createdByName: string | null })[];
  milestones: MilestoneView[];
  problems: ProblemView[];
  warnings: ProjectWarning[];
}

export async function getProject(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  options: { asOf?: string | undefined; marginPoints?: number | undefined } = {},
): Promise<ProjectDetail> {
  const asOf = resolveAsOf(ctx, options.asOf);
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, code);
  const db = ctx.database.db;
  const money = new ProjectInvestmentRepository(db, ctx.tenantId);
  const [plans, ledger, users] = await Promise.all([
    money.planRevisions(plan.id, code),
    money.history(plan.id, code),
    new UserRepository(db, ctx.tenantId).list(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const currentPlanIds = new Set((facts.annualPlans.get(code) ?? []).map((p) => p.id));
  const currentEntryIds = new Set((facts.investments.get(code) ?? []).map((e) => e.id));
  const view = projectView(facts, project, asOf);
  return {
    ...view,
    asOf,
    stageHistory: (facts.moves.get(code) ?? []).map((m) => ({
      ...m,
      createdByName: m.createdBy === null ? null : (names.get(m.createdBy) ?? null),
    })),
    annualPlans: plans.map((p) => ({ ...p, current: currentPlanIds.has(p.id) })),
    investmentLedger: ledger.map((e) => ({
      ...e,
      current: currentEntryIds.has(e.id),
      createdByName: e.createdBy === null ? null : (names.get(e.createdBy) ?? null),
    })),
    milestones: (facts.milestones.get(code) ?? []).map((m) => milestoneView(facts, m, asOf)),
    problems: (facts.problems.get(code) ?? []).map((p) => problemView(facts, p, asOf)),
    warnings: collectProjectWarnings(
      [warningInput(facts, view)],
      asOf,
      warningSettings(options.marginPoints),
    ),
  };
}

export async function projectRevisions(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
): Promise<(ProjectRevision & { createdByName: string | null })[]> {
  const facts = await loadProjectFacts(ctx, plan);
  requireProject(ctx, facts, code);
  const [revisions, users] = await Promise.all([
    new ProjectRepository(ctx.database.db, ctx.tenantId).revisions(plan.id, code),
    new UserRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return revisions.map((r) => ({
    ...r,
    createdByName: r.createdBy === null ? null : (names.get(r.createdBy) ?? null),
  }));
}
