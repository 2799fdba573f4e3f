/**
 * Loads many observations into the ledger at once — historic data (历史数据) from a statistics
 * yearbook or another system. One transaction: an import is all or nothing, even if the process dies
 * half way (the crash tests kill it and look). Each row becomes the next revision of its key, so an
 * import never overwrites a value, it supersedes it.
 */
import type { Measure } from '../../core/model';
import type { ObservationLayer } from '../../core/observation-layers';
import { insertObservationRows } from '../../db/repositories/observation-bulk';
import { ObservationRepository } from '../../db/repositories/observation-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export interface IngestRow {
  indicatorCode: string;
  period: string;
  measure: Measure;
  value: number;
  source?: string | null;
}

export interface IngestResult {
  rows: number;
  /** Rows that became a later revision of a key that already had a value. */
  superseded: number;
}

export async function ingestObservations(
  ctx: ServiceContext,
  plan: StoredPlan,
  rows: readonly IngestRow[],
  options: { layer?: ObservationLayer; reason: string },
): Promise<IngestResult> {
  authorize(ctx.actor, 'ledger.write');
  const layer = options.layer ?? 'published';
  const now = nowOf(ctx);
  return transaction(ctx, async (tx) => {
    // The latest revision of every key of this plan and layer, read once inside the transaction.
    const latest = await new ObservationRepository(tx, ctx.tenantId).latestRevisions(plan.id, layer);
    let superseded = 0;
    const prepared = rows.map((r) => {
      const key = `${r.indicatorCode}\u0000${r.period}\u0000${r.measure}`;
      const before = latest.get(key) ?? 0;
      if (before > 0) superseded += 1;
      latest.set(key, before + 1);
      return {
        tenant_id: ctx.tenantId,
        plan_id: plan.id,
        indicator_code: r.indicatorCode,
        period: r.period,
        measure: r.measure,
        value: r.value,
        layer,
        revision: before + 1,
        source: r.source ?? null,
        reason: options.reason,
        report_id: null,
        created_by: ctx.actor?.id ?? null,
        created_at: now,
      };
    });
    await insertObservationRows(ctx.database, tx, prepared);
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(plan.id);
    await audit(ctx, tx, {
      action: 'ledger.import',
      entityType: 'plan',
      entityId: plan.code,
      after: { rows: rows.length, superseded, layer, reason: options.reason },
    });
    return { rows: rows.length, superseded };
  });
}
