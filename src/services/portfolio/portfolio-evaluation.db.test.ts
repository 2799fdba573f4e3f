/**
 * The whole-deployment re-evaluation gives, plan by plan, exactly what each plan's own evaluation
 * gives (same statuses), on both dialects.
 */
import { describe, expect, it } from 'vitest';
import { syntheticPackage } from '../../../bench/synthetic-package';
import { testDialects } from '../../db/test-support/test-databases';
import type { ServiceContext } from '../context';
import { recordValue } from '../ledger/ledger';
import { importPlanPackage } from '../plan-package/plan-import';
import { setAnnualTarget } from '../plans/annual-targets';
import { evaluateStoredPlan, findPlan } from '../plans/stored-plan';
import { bootstrap } from '../system/bootstrap';
import { evaluatePortfolio } from './portfolio-evaluation';

const clock = () => new Date('2024-05-01T00:00:00Z');

describe.each(testDialects())('portfolio evaluation on $dialect', ({ create }) => {
  it('agrees with each plan’s own evaluation', async () => {
    const { database } = await create();
    const boot = await bootstrap(database, {
      tenantCode: 'default',
      tenantName: 't',
      plans: ['hebi-etdz-14th'],
      includeDemo: true,
      scryptN: 16,
      clock,
    });
    const ctx: ServiceContext = {
      database,
      tenantId: boot.tenantId,
      actor: { id: 1, username: 'admin', displayName: 'a', role: 'admin', unitId: null },
      requestId: 't',
      clock,
    };
    for (const code of ['zone-a', 'zone-b'])
      await importPlanPackage(ctx, syntheticPackage(code, 12), { includeDemo: false });
    const zoneA = await findPlan(ctx, 'zone-a');
    await recordValue(ctx, zoneA, 'B0001', {
      period: '2023',
      measure: 'level',
      value: 140,
      reason: 'r',
      expectedRevision: 0,
    });
    await recordValue(ctx, zoneA, 'B0002', {
      period: '2023',
      measure: 'level',
      value: 101,
      reason: 'r',
      expectedRevision: 0,
    });
    await setAnnualTarget(ctx, zoneA, 'B0003', { year: 2023, value: 120, reason: 'r' });
    const hebi = await findPlan(ctx, 'hebi-etdz-14th');
    await recordValue(ctx, hebi, 'T25', {
      period: '2023',
      measure: 'level',
      value: 34.1,
      reason: 'r',
      expectedRevision: 0,
    });

    const portfolio = await evaluatePortfolio(ctx, '2023');
    const expected = {
      achieved: 0,
      ahead: 0,
      on_track: 0,
      behind: 0,
      regressing: 0,
      no_data: 0,
      not_assessable: 0,
    };
    let indicators = 0;
    for (const plan of [hebi, zoneA, await findPlan(ctx, 'zone-b')]) {
      const ev = await evaluateStoredPlan(ctx, plan, '2023', 'all');
      for (const r of ev.evaluation.results) expected[r.status] += 1;
      indicators += ev.evaluation.results.length;
    }
    // zone-b has nothing in its ledger and still counts: all its indicators are 暂无数据.
    expect(portfolio.plans).toBe(3);
    expect(portfolio.indicators).toBe(indicators);
    expect(portfolio.byStatus).toEqual(expected);
    await database.close();
  });
});
