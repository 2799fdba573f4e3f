/**
 * Loads the simulated project histories of demo-projects.ts into a plan just imported with its demo
 * data (importPlanPackage with includeDemo), in the import's transaction, many rows a statement: a
 * first start on PostgreSQL should not wait for a thousand round trips. Each project gets the two
 * revisions an office edit would leave (as listed, then as simulated); one audit entry names the load. Each record says it is
 * simulated where it is stored: the project version's reason, every stage move's reason, every
 * investment's source and reason, milestone notes, and problem texts (【示例】).
 */

import { officeToday } from '../../contracts/office-calendar';
import type { Executor } from '../../db/repositories/executor';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { ProjectInvestmentRepository } from '../../db/repositories/project-investment-repository';
import { ProjectMilestoneRepository } from '../../db/repositories/project-milestone-repository';
import { ProjectProblemRepository } from '../../db/repositories/project-problem-repository';
import { ProjectRepository } from '../../db/repositories/project-repository';
import { ProjectStageRepository } from '../../db/repositories/project-stage-repository';
import { audit, nowOf, type ServiceContext } from '../context';
import { DEMO_SEED } from '../ledger/demo-observations';
import { DEMO_PROJECT_LABEL, generateDemoProjects } from './demo-projects';
import { projectSnapshot } from './project-attributes';
import { loadProjectFacts } from './project-facts';

export interface DemoProjectCounts {
  projects: number;
  investments: number;
  milestones: number;
  problems: number;
}

const label = `${DEMO_PROJECT_LABEL.zh} / ${DEMO_PROJECT_LABEL.en}`;

export async function loadDemoProjects(
  ctx: ServiceContext,
  tx: Executor,
  plan: StoredPlan,
): Promise<DemoProjectCounts> {
  const t = ctx.tenantId;
  const now = nowOf(ctx);
  const by = ctx.actor?.id ?? null;
  const facts = await loadProjectFacts(ctx, plan, tx);
  const units = [...facts.units.values()];
  const unitId = (code: string) => units.find((u) => u.code === code)?.id ?? null;
  const parks = units
    .filter((u) => u.kind === 'park' && u.active)
    .map((u) => u.code)
    .sort();
  const demo = generateDemoProjects(
    facts.projects.filter((p) => p.origin === 'plan').map((p) => ({ code: p.code, column: p.columnCode })),
    {
      seed: DEMO_SEED,
      fromYear: plan.baseYear + 1,
      toYear: plan.targetYear,
      until: officeToday(ctx.clock),
      parks,
    },
  );
  const repo = new ProjectRepository(tx, t);
  const stages = new ProjectStageRepository(tx, t);
  const money = new ProjectInvestmentRepository(tx, t);
  const milestones = new ProjectMilestoneRepository(tx, t);
  const problems = new ProjectProblemRepository(tx, t);
  const byCode = new Map(facts.projects.map((p) => [p.code, p]));
  const loaded = demo.filter((d) => byCode.has(d.code));
  const revisions: Parameters<ProjectRepository['appendRevisions']>[1][number][] = [];
  for (const d of loaded) {
    const project = byCode.get(d.code);
    if (!project) continue;
    const change = {
      stage: d.stage,
      chain: d.chain,
      nature: d.nature,
      investor: d.investor,
      parkUnitId: d.park === null ? null : unitId(d.park),
      totalInvestment: d.totalInvestment,
      plannedStart: d.plannedStart,
      plannedFinish: d.plannedFinish,
    };
    if (!(await repo.update(plan.id, d.code, project.version, change, by, now))) {
      throw new Error(`project ${d.code} changed while its demo history was loaded`);
    }
    const lead = facts.leads.get(d.code) ?? null;
    const after = { ...project, ...change, version: project.version + 1 };
    // As an office edit would: the plan's version first, then the new one with its reason.
    revisions.push(
      {
        projectCode: d.code,
        version: project.version,
        snapshot: projectSnapshot(facts, project, lead),
        reason: '规划纲要所列 / as listed in the plan',
        createdBy: null,
        createdAt: project.createdAt,
      },
      {
        projectCode: d.code,
        version: after.version,
        snapshot: projectSnapshot(facts, after, lead),
        reason: label,
        createdBy: by,
        createdAt: now,
      },
    );
  }
  await repo.appendRevisions(plan.id, revisions);
  await stages.appendMany(
    plan.id,
    loaded.flatMap((d) =>
      d.moves.map((m) => ({
        projectCode: d.code,
        fromStage: m.from,
        toStage: m.to,
        movedOn: m.on,
        kind: 'next' as const,
        reason: label,
        createdBy: by,
        createdAt: now,
      })),
    ),
  );
  await money.appendPlans(
    plan.id,
    loaded.flatMap((d) =>
      d.annualPlans.map((a) => ({
        projectCode: d.code,
        year: a.year,
        value: a.value,
        reason: label,
        createdBy: by,
        createdAt: now,
      })),
    ),
  );
  await money.appendFirstRevisions(
    plan.id,
    loaded.flatMap((d) =>
      d.investments.map((e) => ({
        projectCode: d.code,
        period: e.period,
        value: e.value,
        progress: e.progress,
        source: DEMO_PROJECT_LABEL.zh,
        reason: label,
        reportId: null,
        createdBy: by,
      })),
    ),
    now,
  );
  await milestones.insertMany(
    loaded.flatMap((d) =>
      d.milestones.map((m) => ({
        planId: plan.id,
        projectCode: d.code,
        name: m.name,
        plannedOn: m.plannedOn,
        actualOn: m.actualOn,
        unitId: null,
        note: label,
        createdBy: by,
      })),
    ),
    now,
  );
  for (const d of loaded) {
    for (const p of d.problems) {
      const raisedBy = d.park === null ? null : unitId(d.park);
      const assignedTo = unitId(p.assignedUnit);
      const saved = await problems.insert(
        {
          planId: plan.id,
          projectCode: d.code,
          category: p.category,
          description: p.description,
          raisedUnitId: raisedBy,
          raisedOn: p.raisedOn,
          createdBy: by,
        },
        now,
      );
      const status = p.closedOn ? 'closed' : p.respondedOn ? 'responded' : 'assigned';
      await problems.update(
        saved.id,
        saved.version,
        { assignedUnitId: assignedTo, dueOn: p.dueOn, status, closedOn: p.closedOn },
        now,
      );
      const event = { problemId: saved.id, actorId: by, at: now, dueOn: null, unitId: null, text: null };
      await problems.appendEvent({
        ...event,
        action: 'raise',
        text: p.description,
        unitId: raisedBy,
        onDate: p.raisedOn,
      });
      await problems.appendEvent({
        ...event,
        action: 'assign',
        unitId: assignedTo,
        dueOn: p.dueOn,
        onDate: p.assignedOn,
      });
      if (p.respondedOn) {
        await problems.appendEvent({
          ...event,
          action: 'respond',
          text: p.response,
          unitId: assignedTo,
          onDate: p.respondedOn,
        });
      }
      if (p.closedOn) {
        await problems.appendEvent({
          ...event,
          action: 'close',
          text: '【示例】已办结,同意销号',
          onDate: p.closedOn,
        });
      }
    }
  }
  const counts: DemoProjectCounts = {
    projects: loaded.length,
    investments: loaded.reduce((n, d) => n + d.investments.length, 0),
    milestones: loaded.reduce((n, d) => n + d.milestones.length, 0),
    problems: loaded.reduce((n, d) => n + d.problems.length, 0),
  };
  await audit(ctx, tx, {
    action: 'project.demo',
    entityType: 'plan',
    entityId: plan.code,
    after: { ...counts, reason: label },
  });
  return counts;
}
