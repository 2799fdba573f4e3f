/**
 * The bulk ledger write stores every row exactly as given, on both dialects: columns that are the
 * same in every row (sent once as a scalar on PostgreSQL) and columns that vary, nulls, a batch
 * boundary (20,000 rows), and a single row whose every column is "constant".
 */
import { describe, expect, it } from 'vitest';
import { syntheticPackage } from '../../../bench/synthetic-package';
import type { ServiceContext } from '../../services/context';
import { importPlanPackage } from '../../services/plan-package/plan-import';
import { findPlan } from '../../services/plans/stored-plan';
import { bootstrap } from '../../services/system/bootstrap';
import { testDialects } from '../test-support/test-databases';
import { insertObservationRows, type ObservationRow } from './observation-bulk';

const clock = () => new Date('2025-03-01T00:00:00Z');

describe.each(testDialects())('bulk ledger insert on $dialect', ({ create }) => {
  it('stores constant and varying columns, nulls and a batch boundary unchanged', async () => {
    const { database } = await create();
    const boot = await bootstrap(database, {
      tenantCode: 'default',
      tenantName: 't',
      plans: [],
      includeDemo: false,
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
    await importPlanPackage(ctx, syntheticPackage('bulk', 3), { includeDemo: false });
    const plan = await findPlan(ctx, 'bulk');
    // 20,001 rows: one full PostgreSQL batch and a batch of one (where every column is constant).
    const rows: ObservationRow[] = Array.from({ length: 20_001 }, (_, i) => ({
      tenant_id: ctx.tenantId,
      plan_id: plan.id,
      indicator_code: `B000${(i % 3) + 1}`,
      period: `${1000 + Math.floor(i / 3)}`,
      measure: 'level',
      value: i / 8,
      layer: 'published',
      revision: 1,
      source: i % 2 === 0 ? '统计年鉴' : null,
      reason: 'bulk test',
      report_id: null,
      created_by: i % 5 === 0 ? null : 1,
      created_at: '2025-03-01T00:00:00.000Z',
    }));
    await database.db.transaction().execute((tx) => insertObservationRows(database, tx, rows));

    const stored = await database.db
      .selectFrom('observations')
      .select(['indicator_code', 'period', 'value', 'source', 'created_by', 'reason', 'layer', 'revision'])
      .where('plan_id', '=', plan.id)
      .orderBy('id')
      .execute();
    expect(stored).toHaveLength(20_001);
    for (const i of [0, 1, 4, 5, 19_999, 20_000]) {
      const want = rows[i];
      expect(stored[i]).toEqual({
        indicator_code: want?.indicator_code,
        period: want?.period,
        value: want?.value,
        source: want?.source,
        created_by: want?.created_by,
        reason: 'bulk test',
        layer: 'published',
        revision: 1,
      });
    }
    // The last row (alone in its PostgreSQL batch): 20000 / 8 = 2500, period 1000 + 6666, source
    // (20000 even) 统计年鉴, author (20000 divisible by 5) none.
    expect(stored[20_000]).toMatchObject({
      period: '7666',
      value: 2500,
      source: '统计年鉴',
      created_by: null,
    });
    await database.close();
  });
});
