/**
 * Loads a validated plan package into the database in one transaction: the definition, its first
 * revision, annual targets, the units it names, and its observation sets as ledger layers.
 */

import { DomainError } from '../../contracts/domain-error';
import type { PlanPackage } from '../../contracts/plan-package';
import { AnnualTargetRepository } from '../../db/repositories/annual-target-repository';
import { ObservationRepository } from '../../db/repositories/observation-repository';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { TaskDefinitionRepository } from '../../db/repositories/task-definition-repository';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { type DemoProjectCounts, loadDemoProjects } from '../projects/demo-projects-load';

export interface PlanImportOptions {
  /** Load `demo` observation sets (示例数据) too; published sets are always loaded. */
  includeDemo: boolean;
}

export interface PlanImportResult {
  planId: number;
  indicators: number;
  units: { created: number; existing: number };
  observations: { published: number; demo: number };
  /** The simulated project histories loaded with the demo data (null without it). */
  demoProjects: DemoProjectCounts | null;
}

export async function importPlanPackage(
  ctx: ServiceContext,
  pkg: PlanPackage,
  options: PlanImportOptions,
): Promise<PlanImportResult> {
  if (pkg.meta.draft) {
    throw new DomainError('plan_is_draft', {
      zh: `规划包 ${pkg.meta.code} 是从原文起草的草稿,尚未审核:请在“新建规划”的审核页面核对并发布`,
      en: `plan package ${pkg.meta.code} is an unreviewed draft from a document: review and publish it on the 新建规划 review screen`,
    });
  }
  const now = nowOf(ctx);
  return transaction(ctx, async (tx) => {
    const plans = new PlanRepository(tx, ctx.tenantId);
    if (await plans.findByCode(pkg.meta.code)) {
      throw new DomainError('plan_exists', {
        zh: `规划 ${pkg.meta.code} 已存在;修订请用规划修订功能`,
        en: `plan ${pkg.meta.code} already exists; revise it instead`,
      });
    }
    const { observationSets, annualTargets, units, tasks, ...definition } = pkg;
    const planId = await plans.insert(definition, JSON.stringify(pkg), ctx.actor?.id ?? null, now);
    // A validated package has a lead unit on every task (task_no_lead is an error); none is dropped.
    const publishable = (tasks ?? []).flatMap((t) => (t.lead === null ? [] : [{ ...t, lead: t.lead }]));
    await new TaskDefinitionRepository(tx, ctx.tenantId).insertAll(
      planId,
      publishable,
      ctx.actor?.id ?? null,
      now,
    );

    const targets = new AnnualTargetRepository(tx, ctx.tenantId);
    for (const t of annualTargets) {
      await targets.append(
        planId,
        {
          indicatorCode: t.indicator,
          year: t.year,
          value: t.value,
          reason: t.reason,
          createdBy: ctx.actor?.id ?? null,
        },
        now,
      );
    }

    const unitRepo = new OrgUnitRepository(tx, ctx.tenantId);
    let created = 0;
    for (const u of units) {
      if (await unitRepo.findByCode(u.code)) continue;
      await unitRepo.insert(
        { code: u.code, name: u.name, nameEn: u.nameEn, kind: u.kind, namedInPlan: u.namedInPlan },
        now,
      );
      created += 1;
    }

    const ledger = new ObservationRepository(tx, ctx.tenantId);
    const counts = { published: 0, demo: 0 };
    for (const set of observationSets) {
      if (set.dataset === 'demo' && !options.includeDemo) continue;
      await ledger.appendFirstRevisions(
        planId,
        set.observations.map((o) => ({
          indicatorCode: o.indicator,
          period: o.period,
          measure: o.measure,
          value: o.value,
          layer: set.dataset,
          source: o.source ?? (set.dataset === 'demo' ? set.label : null),
          reason: `${set.file}: ${set.label}`,
          createdBy: ctx.actor?.id ?? null,
        })),
        now,
      );
      counts[set.dataset] += set.observations.length;
    }
    const stored = await plans.findByCode(pkg.meta.code);
    const demoProjects =
      options.includeDemo && stored && pkg.projects.length > 0
        ? await loadDemoProjects(ctx, tx, stored)
        : null;
    await audit(ctx, tx, {
      action: 'plan.import',
      entityType: 'plan',
      entityId: pkg.meta.code,
      after: {
        indicators: pkg.indicators.length,
        tasks: publishable.length,
        observations: counts,
        demoProjects,
      },
    });
    return {
      planId,
      indicators: pkg.indicators.length,
      units: { created, existing: units.length - created },
      observations: counts,
      demoProjects,
    };
  });
}
