/**
 * A plan's current observations, from the derived cache when it matches the plan's data version,
 * else chosen afresh from the ledger (highest layer, latest revision) and cached again. Every write
 * bumps the version, so a stale cache is never used; it is merely rebuilt.
 */
import type { Observation } from '../../core/model';
import { type DatasetChoice, layersFor } from '../../core/observation-layers';
import { ObservationRepository } from '../../db/repositories/observation-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  type CachedSeries,
  PlanSeriesRepository,
  type SeriesTuple,
} from '../../db/repositories/plan-series-repository';
import type { ServiceContext } from '../context';

export async function currentSeries(
  ctx: ServiceContext,
  plan: Pick<StoredPlan, 'id'>,
  dataset: DatasetChoice,
  knownVersion?: number,
): Promise<CachedSeries> {
  // The version is read before the ledger: the cache may then hold newer data than its stamp says,
  // which costs one rebuild later, never a stale answer.
  const version =
    knownVersion ?? (await new PlanRepository(ctx.database.db, ctx.tenantId).dataVersion(plan.id));
  const cache = new PlanSeriesRepository(ctx.database.db, ctx.tenantId);
  const cached = await cache.get(plan.id, dataset);
  if (cached && cached.dataVersion === version) return cached;
  const current = await new ObservationRepository(ctx.database.db, ctx.tenantId).currentValues(
    plan.id,
    layersFor(dataset),
  );
  const series: Record<string, SeriesTuple[]> = {};
  for (const o of current) {
    const list = series[o.indicatorCode] ?? [];
    list.push([o.period, o.measure, o.value]);
    series[o.indicatorCode] = list;
  }
  const fresh: CachedSeries = {
    planId: plan.id,
    dataVersion: version,
    layers: [...new Set(current.map((o) => o.layer))],
    series,
  };
  try {
    await cache.put(fresh, dataset);
  } catch (error) {
    // The cache is an optimisation: failing to store it must never fail the read that built it.
    process.emitWarning(`plan_series cache not stored for plan ${plan.id}: ${String(error)}`);
  }
  return fresh;
}

export function seriesObservations(cached: CachedSeries): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const [code, tuples] of Object.entries(cached.series)) {
    out.set(
      code,
      tuples.map(([period, measure, value]) => ({
        period,
        measure: measure as Observation['measure'],
        value,
      })),
    );
  }
  return out;
}
