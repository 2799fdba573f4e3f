/**
 * Reads a plan from the database for evaluation and display: its definition, current annual targets
 * and the current ledger values, and evaluates it — cached by the plan's data version, so a status
 * reflects an approval on the very next request and repeated reads cost one small query.
 */
import type { PlanPackage } from '../contracts/plan-package';
import { evaluatePlan, type PlanEvaluation } from '../core';
import { parsePeriod, periodPattern } from '../core/period';
import { AnnualTargetRepository } from '../db/repositories/annual-target-repository';
import type { ObservationLayer } from '../db/repositories/observation-repository';
import { type PlanDefinition, PlanRepository, type StoredPlan } from '../db/repositories/plan-repository';
import type { Actor } from './authorization';
import type { ServiceContext } from './context';
import { currentSeries, seriesObservations } from './current-series';
import { DomainError } from './domain-error';
import { indicatorToSpec, planSettings } from './plan-to-core';

export type DatasetChoice = 'all' | 'published' | 'demo';

export function layersFor(dataset: DatasetChoice): ObservationLayer[] {
  if (dataset === 'published') return ['reported', 'published'];
  if (dataset === 'demo') return ['demo'];
  return ['reported', 'published', 'demo'];
}

/** Finds a plan the actor may see; the public sees published plans only. */
export async function findPlan(
  ctx: ServiceContext,
  code: string,
  actor: Actor | null = ctx.actor,
): Promise<StoredPlan> {
  const plan = await new PlanRepository(ctx.database.db, ctx.tenantId).findByCode(code);
  if (!plan || (!actor && !plan.isPublic)) {
    throw new DomainError('plan_not_found', { zh: `找不到规划 ${code}`, en: `plan ${code} not found` });
  }
  return plan;
}

export interface StoredEvaluation {
  plan: StoredPlan;
  definition: PlanDefinition;
  annualTargets: PlanPackage['annualTargets'];
  evaluation: PlanEvaluation;
  /** Layers that contributed at least one value: any `demo` means 示例数据 must be shown. */
  layersUsed: ObservationLayer[];
}

interface CacheEntry {
  key: string;
  value: StoredEvaluation;
}

const cache = new Map<string, CacheEntry>();
const cacheLimit = 500;

export function assertPeriod(asOf: string): void {
  if (!periodPattern.test(asOf) || !parsePeriod(asOf)) {
    throw new DomainError('bad_as_of', {
      zh: `评估期间「${asOf}」格式不对,应为 2023、2023-Q3 或 2023-09`,
      en: `evaluation period "${asOf}" is malformed; use 2023, 2023-Q3 or 2023-09`,
    });
  }
}

export async function evaluateStoredPlan(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOf: string,
  dataset: DatasetChoice,
): Promise<StoredEvaluation> {
  assertPeriod(asOf);
  const repo = new PlanRepository(ctx.database.db, ctx.tenantId);
  const dataVersion = await repo.dataVersion(plan.id);
  const slot = `${ctx.tenantId}:${plan.id}:${asOf}:${dataset}`;
  const key = `${dataVersion}`;
  const hit = cache.get(slot);
  if (hit && hit.key === key) return hit.value;

  const [definition, annualTargetRows, series] = await Promise.all([
    repo.loadDefinition(plan.id),
    new AnnualTargetRepository(ctx.database.db, ctx.tenantId).current(plan.id),
    currentSeries(ctx, plan, dataset, dataVersion),
  ]);
  const annualTargets = annualTargetRows.map((t) => ({
    indicator: t.indicatorCode,
    year: t.year,
    value: t.value,
    reason: t.reason,
  }));
  const observations = seriesObservations(series);
  const evaluation = evaluatePlan({
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    indicators: definition.indicators.map((ind) => indicatorToSpec(ind, annualTargets)),
    observations,
    asOf,
    settings: planSettings(plan.meta),
  });
  const layersUsed = series.layers as ObservationLayer[];
  const value: StoredEvaluation = { plan, definition, annualTargets, evaluation, layersUsed };
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(slot, { key, value });
  return value;
}
