/**
 * Everything the project pages, the pipeline, the warnings, the export and the report section read
 * about a plan's projects, loaded in one go (a zone holds a few hundred projects), and the view of one
 * project at an evaluation date, computed by the core from those facts.
 */
import type { Bilingual } from '../../contracts/issue';
import type { IndustryChain, InvestorType, ProjectNature } from '../../core/project-codes';
import {
  type AnnualCompletion,
  annualCompletion,
  completedToDate,
  type YtdValue,
  yearMonthOf,
  ytdAt,
} from '../../core/project-progress';
import {
  actualFinishOf,
  actualStartOf,
  type ProjectStage,
  type StageEvent,
  stageNames,
} from '../../core/project-stage';
import type { ProjectWarningInput } from '../../core/project-warnings';
import { AssignmentRepository } from '../../db/repositories/assignment-repository';
import type { Executor } from '../../db/repositories/executor';
import { type OrgUnit, OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { type PlanDefinition, PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  type AnnualPlanRevision,
  currentInvestments,
  currentPlans,
  type InvestmentEntry,
  ProjectInvestmentRepository,
} from '../../db/repositories/project-investment-repository';
import {
  type Milestone,
  ProjectMilestoneRepository,
} from '../../db/repositories/project-milestone-repository';
import { type Problem, ProjectProblemRepository } from '../../db/repositories/project-problem-repository';
import { ProjectRepository, type ProjectRow } from '../../db/repositories/project-repository';
import { ProjectStageRepository, type StageMove } from '../../db/repositories/project-stage-repository';
import { type Actor, visibleUnit } from '../authorization';
import type { ServiceContext } from '../context';

export interface UnitRef {
  code: string;
  name: string;
}

export interface ProjectFacts {
  plan: StoredPlan;
  definition: PlanDefinition;
  projects: ProjectRow[];
  units: Map<number, OrgUnit>;
  /** Project code → its lead unit (责任单位), from 责任分工 — the unit rounds ask to report. */
  leads: Map<string, number>;
  coUnits: Map<string, number[]>;
  moves: Map<string, StageMove[]>;
  /** Current annual plans (the latest revision per year). */
  annualPlans: Map<string, AnnualPlanRevision[]>;
  /** Current 1–N月累计 values (the latest revision per month). */
  investments: Map<string, InvestmentEntry[]>;
  milestones: Map<string, Milestone[]>;
  problems: Map<string, Problem[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export async function loadProjectFacts(
  ctx: ServiceContext,
  plan: StoredPlan,
  db: Executor = ctx.database.db,
): Promise<ProjectFacts> {
  const t = ctx.tenantId;
  const investments = new ProjectInvestmentRepository(db, t);
  const [definition, projects, units, assignments, moves, plans, entries, milestones, problems] =
    await Promise.all([
      new PlanRepository(db, t).loadDefinition(plan.id),
      new ProjectRepository(db, t).list(plan.id),
      new OrgUnitRepository(db, t).list(),
      new AssignmentRepository(db, t).forPlan(plan.id),
      new ProjectStageRepository(db, t).history(plan.id),
      investments.planRevisions(plan.id),
      investments.history(plan.id),
      new ProjectMilestoneRepository(db, t).list(plan.id),
      new ProjectProblemRepository(db, t).list(plan.id),
    ]);
  const projectAssignments = assignments.filter((a) => a.itemType === 'project');
  const coUnits = new Map<string, number[]>();
  const leads = new Map<string, number>();
  for (const a of projectAssignments) {
    if (a.role === 'lead') leads.set(a.itemCode, a.unitId);
    else coUnits.set(a.itemCode, [...(coUnits.get(a.itemCode) ?? []), a.unitId]);
  }
  return {
    plan,
    definition,
    projects,
    units: new Map(units.map((u) => [u.id, u])),
    leads,
    coUnits,
    moves: groupBy(moves, (m) => m.projectCode),
    annualPlans: groupBy(currentPlans(plans), (p) => p.projectCode),
    investments: groupBy(currentInvestments(entries), (e) => e.projectCode),
    milestones: groupBy(milestones, (m) => m.projectCode),
    problems: groupBy(problems, (p) => p.projectCode),
  };
}

export function unitRef(facts: ProjectFacts, id: number | null | undefined): UnitRef | null {
  if (id === null || id === undefined) return null;
  const unit = facts.units.get(id);
  return unit ? { code: unit.code, name: unit.name } : { code: String(id), name: String(id) };
}

/** The units a project belongs to: its lead, its co-units and its park. */
export function projectUnitIds(facts: ProjectFacts, project: ProjectRow): number[] {
  const ids = [...(facts.coUnits.get(project.code) ?? [])];
  const lead = facts.leads.get(project.code);
  if (lead !== undefined) ids.unshift(lead);
  if (project.parkUnitId !== null) ids.push(project.parkUnitId);
  return ids;
}

/** Units with a part in a project: its own, and those named on its milestones and problems. */
export function involvedUnitIds(facts: ProjectFacts, project: ProjectRow): Set<number> {
  const ids = new Set(projectUnitIds(facts, project));
  for (const m of facts.milestones.get(project.code) ?? []) if (m.unitId !== null) ids.add(m.unitId);
  for (const p of facts.problems.get(project.code) ?? []) {
    if (p.raisedUnitId !== null) ids.add(p.raisedUnitId);
    if (p.assignedUnitId !== null) ids.add(p.assignedUnitId);
  }
  return ids;
}

/** Projects an actor may see: all for the office and leaders; those their unit has a part in otherwise. */
export function visibleProjects(actor: Actor, facts: ProjectFacts): ProjectRow[] {
  const only = visibleUnit(actor);
  if (only === null) return facts.projects;
  return facts.projects.filter((p) => involvedUnitIds(facts, p).has(only));
}

export function stageEvents(moves: readonly StageMove[]): StageEvent[] {
  return moves.map((m) => ({
    from: m.fromStage as ProjectStage | null,
    to: m.toStage as ProjectStage,
    on: m.movedOn,
  }));
}

export function ytdValues(facts: ProjectFacts, code: string): YtdValue[] {
  return (facts.investments.get(code) ?? []).map((e) => ({ period: e.period, value: e.value }));
}

export interface ProjectInvestmentView {
  year: number;
  /** 年度计划投资 of the year, 万元; null when none is set. */
  annualPlan: number | null;
  /** The latest 1–N月累计 of the year up to the evaluation date. */
  ytd: YtdValue | null;
  completion: AnnualCompletion | null;
  /** 累计完成投资 since the first report, 万元. */
  completedToDate: number;
  /** completedToDate ÷ total investment × 100; null without a total. */
  shareOfTotalPercent: number | null;
}

export interface ProjectView {
  code: string;
  name: string;
  origin: ProjectRow['origin'];
  column: string | null;
  columnTitle: string | null;
  programme: string | null;
  chapter: string | null;
  chapterTitle: string | null;
  responsibleUnit: UnitRef | null;
  coUnits: UnitRef[];
  leader: string | null;
  park: UnitRef | null;
  chain: IndustryChain | null;
  owner: string | null;
  nature: ProjectNature | null;
  investor: InvestorType | null;
  /** 总投资, 万元. */
  totalInvestment: number | null;
  plannedStart: string | null;
  plannedFinish: string | null;
  stage: ProjectStage;
  stageName: Bilingual;
  /** The date of the move into the current stage; null for plan projects never moved. */
  stageSince: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  investment: ProjectInvestmentView;
  version: number;
  updatedAt: string | null;
}

function investmentView(facts: ProjectFacts, project: ProjectRow, asOf: string): ProjectInvestmentView {
  const { year, month } = yearMonthOf(asOf);
  const values = ytdValues(facts, project.code);
  const annualPlan = (facts.annualPlans.get(project.code) ?? []).find((p) => p.year === year)?.value ?? null;
  const ytd = ytdAt(values, year, month);
  const completion =
    ytd !== null && annualPlan !== null
      ? annualCompletion({
          year,
          month: yearMonthOf(ytd.period).month,
          planned: annualPlan,
          completed: ytd.value,
        })
      : null;
  const done = completedToDate(values, year, month);
  const total = project.totalInvestment;
  return {
    year,
    annualPlan,
    ytd,
    completion,
    completedToDate: done,
    shareOfTotalPercent: total !== null && total > 0 ? (done * 100) / total : null,
  };
}

export function projectView(facts: ProjectFacts, project: ProjectRow, asOf: string): ProjectView {
  const column = facts.definition.columns.find((c) => c.id === project.columnCode);
  const chapter = facts.definition.outline.find((n) => n.id === project.chapterCode);
  const history = stageEvents(facts.moves.get(project.code) ?? []);
  const stage = project.stage as ProjectStage;
  const last = history.at(-1);
  return {
    code: project.code,
    name: project.name,
    origin: project.origin,
    column: project.columnCode,
    columnTitle: column ? `专栏${column.number}:${column.title}` : null,
    programme: project.programmeCode,
    chapter: project.chapterCode,
    chapterTitle: chapter?.title ?? null,
    responsibleUnit: unitRef(facts, facts.leads.get(project.code)),
    coUnits: (facts.coUnits.get(project.code) ?? [])
      .map((id) => unitRef(facts, id))
      .filter((u) => u !== null),
    leader: project.leader,
    park: unitRef(facts, project.parkUnitId),
    chain: project.chain as IndustryChain | null,
    owner: project.owner,
    nature: project.nature as ProjectNature | null,
    investor: project.investor as InvestorType | null,
    totalInvestment: project.totalInvestment,
    plannedStart: project.plannedStart,
    plannedFinish: project.plannedFinish,
    stage,
    stageName: stageNames[stage],
    stageSince: last && last.to === stage ? last.on : null,
    actualStart: actualStartOf(history),
    actualFinish: actualFinishOf(history),
    investment: investmentView(facts, project, asOf),
    version: project.version,
    updatedAt: project.updatedAt,
  };
}

/** What the core's warning rules need of a project. */
export function warningInput(facts: ProjectFacts, view: ProjectView): ProjectWarningInput {
  return {
    code: view.code,
    name: view.name,
    stage: view.stage,
    plannedStart: view.plannedStart,
    actualStart: view.actualStart,
    completion: view.investment.completion,
    milestones: (facts.milestones.get(view.code) ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      plannedOn: m.plannedOn,
      actualOn: m.actualOn,
    })),
    problems: (facts.problems.get(view.code) ?? []).map((p) => ({
      id: p.id,
      category: p.category as ProjectWarningInput['problems'][number]['category'],
      dueOn: p.dueOn,
      closedOn: p.closedOn,
    })),
  };
}
