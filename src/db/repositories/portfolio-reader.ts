/**
 * Reading a whole tenant's ledger at once, plan by plan — the provincial re-evaluation of thousands
 * of zones. SQLite streams raw rows from one indexed query; PostgreSQL reads plans in batches. Rows
 * come as tuples, not objects: ten million objects would cost more than the evaluation itself.
 */
import type { Database } from '../connection';
import type { ObservationLayer } from './observation-repository';

/** [indicator code, period, measure, value, layer, revision] */
export type LedgerTuple = [string, string, string, number, string, number];

export async function* ledgerByPlan(
  database: Database,
  tenantId: number,
  planIds: readonly number[],
  layers: readonly ObservationLayer[],
): AsyncGenerator<{ planId: number; rows: LedgerTuple[] }> {
  const layerList = layers.map(() => '?').join(', ');
  if (database.sqlite) {
    const statement = database.sqlite
      .prepare(
        `select plan_id, indicator_code, period, measure, value, layer, revision from observations
         where tenant_id = ? and layer in (${layerList}) order by plan_id`,
      )
      .raw(true);
    let current = -1;
    let rows: LedgerTuple[] = [];
    for (const r of statement.iterate(tenantId, ...layers) as Iterable<
      [number, string, string, string, number, string, number]
    >) {
      if (r[0] !== current) {
        if (current !== -1) yield { planId: current, rows };
        current = r[0];
        rows = [];
      }
      rows.push([r[1], r[2], r[3], r[4], r[5], r[6]]);
    }
    if (current !== -1) yield { planId: current, rows };
    return;
  }
  for (let i = 0; i < planIds.length; i += 100) {
    const batch = planIds.slice(i, i + 100);
    const result = await database.db
      .selectFrom('observations')
      .select(['plan_id', 'indicator_code', 'period', 'measure', 'value', 'layer', 'revision'])
      .where('tenant_id', '=', tenantId)
      .where('plan_id', 'in', batch)
      .where('layer', 'in', [...layers])
      .execute();
    const byPlan = new Map<number, LedgerTuple[]>();
    for (const r of result) {
      const list = byPlan.get(r.plan_id) ?? [];
      list.push([r.indicator_code, r.period, r.measure, r.value, r.layer, r.revision]);
      byPlan.set(r.plan_id, list);
    }
    for (const planId of batch) {
      const rows = byPlan.get(planId);
      if (rows) yield { planId, rows };
    }
  }
}
