/**
 * A first start with the demo data: the dashboard's project panels have something to show on each
 * database — projects in every stage, 2025's investment against its annual plan, stuck projects —
 * and every simulated record says so. Without the demo data the projects stay as the plan lists them.
 */
import { describe, expect, it } from 'vitest';
import { ProjectInvestmentRepository } from '../../db/repositories/project-investment-repository';
import { ProjectStageRepository } from '../../db/repositories/project-stage-repository';
import { testDialects } from '../../db/test-support/test-databases';
import { findPlan } from '../plans/stored-plan';
import { bootstrap } from '../system/bootstrap';
import { listProblems } from './project-problems';
import { projectsSummary } from './project-summary';

const clock = () => new Date('2026-12-01T02:00:00Z');

async function started(dialect: ReturnType<typeof testDialects>[number], includeDemo: boolean) {
  const { database } = await dialect.create();
  const boot = await bootstrap(database, {
    tenantCode: 'default',
    tenantName: '测试',
    plans: ['hebi-etdz-14th'],
    includeDemo,
    scryptN: 16,
    clock,
  });
  const ctx = {
    database,
    tenantId: boot.tenantId,
    actor: { id: 1, username: 'admin', displayName: 'a', role: 'admin' as const, unitId: null },
    requestId: 't',
    clock,
  };
  return { ctx, plan: await findPlan(ctx, 'hebi-etdz-14th') };
}

describe.each(testDialects())('demo projects on $dialect', (dialect) => {
  it('fills every stage, the year’s investment and the stuck list, all labelled simulated', async () => {
    const { ctx, plan } = await started(dialect, true);
    const summary = await projectsSummary(ctx, plan, '2025');
    expect(summary.counts.total).toBe(195);
    for (const s of summary.counts.byStage) expect(s.count, s.stage).toBeGreaterThan(0);
    expect(summary.investment.plannedThisYear).toBeGreaterThan(0);
    expect(summary.investment.completedThisYear).toBeGreaterThan(0);
    expect(summary.investment.month).toBe(12);
    expect(summary.stuck.length).toBeGreaterThan(0);
    const problems = await listProblems(ctx, plan, { asOf: '2025-12-31' });
    expect(problems.problems.length).toBeGreaterThan(0);
    const money = await new ProjectInvestmentRepository(ctx.database.db, ctx.tenantId).history(plan.id);
    expect(money.length).toBeGreaterThan(100);
    expect(money.every((e) => e.source === '示例数据(模拟)')).toBe(true);
    const moves = await new ProjectStageRepository(ctx.database.db, ctx.tenantId).history(plan.id);
    expect(moves.every((m) => m.reason?.startsWith('示例数据(模拟)'))).toBe(true);
  });

  it('leaves the plan’s projects in 谋划 without money when the demo data is off', async () => {
    const { ctx, plan } = await started(dialect, false);
    const summary = await projectsSummary(ctx, plan, '2025');
    expect(summary.counts.byStage.find((s) => s.stage === 'conceived')?.count).toBe(195);
    expect(summary.investment.completedThisYear).toBe(0);
  });
});
