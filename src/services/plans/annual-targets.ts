/**
 * 年度目标: the plan office sets a year's target with a reason; every change is a revision and the
 * plan's evaluation follows on the next read.
 */

import { fieldError, notFound } from '../../contracts/domain-error';
import {
  AnnualTargetRepository,
  type AnnualTargetRevision,
} from '../../db/repositories/annual-target-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export async function setAnnualTarget(
  ctx: ServiceContext,
  plan: StoredPlan,
  indicatorCode: string,
  input: { year: number; value: number; reason: string },
): Promise<AnnualTargetRevision> {
  authorize(ctx.actor, 'annual_target.manage');
  const { start, end } = plan.meta.period;
  if (input.year < start || input.year > end) {
    throw fieldError(
      'year',
      'year_outside_period',
      `年份 ${input.year} 不在规划期 ${start}–${end} 内`,
      `year ${input.year} is outside the plan period ${start}–${end}`,
    );
  }
  const def = await new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id);
  if (!def.indicators.some((i) => i.code === indicatorCode)) {
    throw notFound(
      'indicator_not_found',
      `指标 ${indicatorCode} 不存在`,
      `indicator ${indicatorCode} not found`,
    );
  }
  return transaction(ctx, async (tx) => {
    const repo = new AnnualTargetRepository(tx, ctx.tenantId);
    const before =
      (await repo.revisions(plan.id, indicatorCode)).filter((r) => r.year === input.year).at(-1) ?? null;
    const saved = await repo.append(
      plan.id,
      { indicatorCode, ...input, createdBy: ctx.actor?.id ?? null },
      nowOf(ctx),
    );
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(plan.id);
    await audit(ctx, tx, {
      action: 'annual_target.set',
      entityType: 'indicator',
      entityId: `${plan.code}/${indicatorCode}/${input.year}`,
      before,
      after: saved,
    });
    return saved;
  });
}

export async function annualTargetHistory(ctx: ServiceContext, plan: StoredPlan, indicatorCode: string) {
  authorize(ctx.actor, 'plan.read');
  return new AnnualTargetRepository(ctx.database.db, ctx.tenantId).revisions(plan.id, indicatorCode);
}
