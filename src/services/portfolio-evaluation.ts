/**
 * Re-evaluating every plan of a deployment at once — a province's thousands of zones: definitions in
 * one query, the ledger streamed plan by plan, the same core as every other view. Used by the
 * provincial overview and the `portfolio` benchmark.
 */
import type { PackageIndicator } from '../contracts/plan-package';
import { evaluatePlan, type IndicatorStatus } from '../core';
import type { Observation } from '../core/model';
import { PlanRepository } from '../db/repositories/plan-repository';
import { type LedgerTuple, ledgerByPlan } from '../db/repositories/portfolio-reader';
import { authorize } from './authorization';
import type { ServiceContext } from './context';
import { indicatorToSpec, planSettings } from './plan-to-core';
import { type DatasetChoice, layersFor } from './stored-plan';

const layerRank: Record<string, number> = { reported: 3, published: 2, demo: 1 };

/** The current value of each (indicator, period, measure): highest layer, then latest revision. */
function currentObservations(rows: readonly LedgerTuple[]): Map<string, Observation[]> {
  const best = new Map<string, LedgerTuple>();
  for (const r of rows) {
    const key = `${r[0]}\u0000${r[1]}\u0000${r[2]}`;
    const seen = best.get(key);
    if (!seen || (layerRank[r[4]] ?? 0) > (layerRank[seen[4]] ?? 0) || (r[4] === seen[4] && r[5] > seen[5]))
      best.set(key, r);
  }
  const out = new Map<string, Observation[]>();
  for (const r of best.values()) {
    const list = out.get(r[0]) ?? [];
    list.push({ period: r[1], measure: r[2] as Observation['measure'], value: r[3] });
    out.set(r[0], list);
  }
  return out;
}

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
  const definitions = new Map<number, PackageIndicator[]>();
  for (const r of await ctx.database.db
    .selectFrom('indicators')
    .select(['plan_id', 'definition_json'])
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('plan_id')
    .orderBy('position')
    .execute()) {
    const list = definitions.get(r.plan_id) ?? [];
    list.push(JSON.parse(r.definition_json) as PackageIndicator);
    definitions.set(r.plan_id, list);
  }
  const targets = new Map<number, { indicator: string; year: number; value: number; reason: string }[]>();
  for (const t of await ctx.database.db
    .selectFrom('annual_targets')
    .select(['plan_id', 'indicator_code', 'year', 'value', 'reason'])
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('id')
    .execute()) {
    const list = targets.get(t.plan_id) ?? [];
    list.push({ indicator: t.indicator_code, year: t.year, value: t.value, reason: t.reason });
    targets.set(t.plan_id, list);
  }
  const summary: PortfolioSummary = {
    plans: 0,
    indicators: 0,
    observations: 0,
    byStatus: { achieved: 0, ahead: 0, on_track: 0, behind: 0, regressing: 0, no_data: 0, not_assessable: 0 },
  };
  const evaluateOne = (planId: number, rows: readonly LedgerTuple[]) => {
    const plan = byId.get(planId);
    const indicators = definitions.get(planId);
    if (!plan || !indicators) return;
    const annualTargets = latestPerYear(targets.get(planId) ?? []);
    const evaluation = evaluatePlan({
      baseYear: plan.baseYear,
      targetYear: plan.targetYear,
      indicators: indicators.map((i) => indicatorToSpec(i, annualTargets)),
      observations: currentObservations(rows),
      asOf,
      settings: planSettings(plan.meta),
    });
    summary.plans += 1;
    summary.indicators += evaluation.results.length;
    summary.observations += rows.length;
    for (const r of evaluation.results) summary.byStatus[r.status] += 1;
  };
  const seen = new Set<number>();
  for await (const { planId, rows } of ledgerByPlan(
    ctx.database,
    ctx.tenantId,
    plans.map((p) => p.id),
    layersFor(dataset),
  )) {
    seen.add(planId);
    evaluateOne(planId, rows);
  }
  // Plans with nothing in the ledger yet are evaluated too: every indicator 暂无数据.
  for (const plan of plans) if (!seen.has(plan.id)) evaluateOne(plan.id, []);
  return summary;
}

/** The latest revision of each (indicator, year), as AnnualTargetRepository.current() gives it. */
function latestPerYear<T extends { indicator: string; year: number }>(revisions: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const r of revisions) latest.set(`${r.indicator}@${r.year}`, r);
  return [...latest.values()];
}
