/**
 * Plans as a list, their outline, and publication on the public portal (信息公开).
 */

import type { StoredPlan } from '../../db/repositories/plan-repository';
import { type PlanDefinition, PlanRepository } from '../../db/repositories/plan-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export async function listPlans(ctx: ServiceContext) {
  const plans = await new PlanRepository(ctx.database.db, ctx.tenantId).list();
  return plans
    .filter((p) => ctx.actor || p.isPublic)
    .map((p) => ({
      code: p.code,
      name: p.name,
      shortName: p.shortName,
      nameEn: p.nameEn,
      baseYear: p.baseYear,
      targetYear: p.targetYear,
      isPublic: p.isPublic,
    }));
}

export async function planOutline(
  ctx: ServiceContext,
  plan: StoredPlan,
): Promise<Pick<PlanDefinition, 'outline' | 'columns' | 'projects'>> {
  const def = await new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id);
  return { outline: def.outline, columns: def.columns, projects: def.projects };
}

export async function setPlanPublic(ctx: ServiceContext, plan: StoredPlan, isPublic: boolean): Promise<void> {
  authorize(ctx.actor, 'plan.manage');
  await transaction(ctx, async (tx) => {
    await new PlanRepository(tx, ctx.tenantId).setPublic(plan.id, isPublic, nowOf(ctx));
    await audit(ctx, tx, {
      action: 'plan.publish',
      entityType: 'plan',
      entityId: plan.code,
      before: { isPublic: plan.isPublic },
      after: { isPublic },
    });
  });
}
