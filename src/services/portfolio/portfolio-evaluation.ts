/**
 * Re-evaluating every plan of a deployment at once — a province's thousands of zones: definitions in
 * one query, each plan's current observations from the derived series cache, the same core as every
 * other view. Used by the
 * provincial overview and the `portfolio` benchmark.
 */
import { evaluatePlan, type IndicatorStatus } from '../../core';
import type { DatasetChoice } from '../../core/observation-layers';
import { AnnualTargetRepository } from '../../db/repositories/annual-target-repository';
import { PlanRepository } from '../../db/repositories/plan-repository';
import {
  type CachedSeries,
  PlanSeriesRepository,
  parse,
  type StoredSeriesRow,
} from '../../db/repositories/plan-series-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { currentSeries, seriesObservations } from '../ledger/current-series';
import { indicatorToSpec, planSettings } from '../plans/plan-to-core';

export interface PortfolioSummary {
  plans: number;
  indicators: number;
  observations: number;
  byStatus: Record<IndicatorStatus, number>;
}

export async function evaluatePortfolio(
  ctx: ServiceContext,
  asOf: string,
  dataset: DatasetChoice = 'all',
): Promise<PortfolioSummary> {
  authorize(ctx.actor, 'plan.read');
  const plans = await new PlanRepository(ctx.database.db, ctx.tenantId).list();
  const byId = new Map(plans.map((p) => [p.id, p]));
  const definitions = await new PlanRepository(ctx.database.db, ctx.tenantId).indicatorDefinitionsByPlan();
  const targets = await new AnnualTargetRepository(ctx.database.db, ctx.tenantId).currentByPlan();
  const summary: PortfolioSummary = {
    plans: 0,
    indicators: 0,
    observations: 0,
    byStatus: { achieved: 0, ahead: 0, on_track: 0, behind: 0, regressing: 0, no_data: 0, not_assessable: 0 },
  };
  const evaluateOne = (planId: number, series: CachedSeries) => {
    const plan = byId.get(planId);
    const indicators = definitions.get(planId);
    if (!plan || !indicators) return;
    const annualTargets = (targets.get(planId) ?? []).map((t) => ({
      indicator: t.indicatorCode,
      year: t.year,
      value: t.value,
      reason: t.reason,
    }));
    const observations = seriesObservations(series);
    const evaluation = evaluatePlan({
      baseYear: plan.baseYear,
      targetYear: plan.targetYear,
      indicators: indicators.map((i) => indicatorToSpec(i, annualTargets)),
      observations,
      asOf,
      settings: planSettings(plan.meta),
    });
    summary.plans += 1;
    summary.indicators += evaluation.results.length;
    for (const list of observations.values()) summary.observations += list.length;
    for (const r of evaluation.results) summary.byStatus[r.status] += 1;
  };
  // Current series from the derived cache in one query; plans whose cache is missing or older than
  // their data version are rebuilt from the ledger one by one.
  const cached = new Map<number, StoredSeriesRow>();
  for (const row of await new PlanSeriesRepository(ctx.database.db, ctx.tenantId).all(dataset))
    cached.set(row.plan_id, row);
  for (const plan of plans) {
    const row = cached.get(plan.id);
    const series =
      row && row.data_version === plan.dataVersion
        ? parse(row)
        : await currentSeries(ctx, plan, dataset, plan.dataVersion);
    evaluateOne(plan.id, series);
  }
  return summary;
}
