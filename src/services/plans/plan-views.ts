/**
 * Read use-cases behind the plan pages: the plan summary, the indicator list with statuses, one
 * indicator's page, and the leaders' one-screen dashboard. All numbers come from the core through
 * evaluateStoredPlan, so the web, API, CLI and reports agree.
 */

import { notFound } from '../../contracts/domain-error';
import { officeToday } from '../../contracts/office-calendar';
import type { PackageIndicator } from '../../contracts/plan-package';
import type { Dashboard, IndicatorList } from '../../contracts/plans-api';
import { isEditableReport } from '../../contracts/report-workflow';
import type { IndicatorEvaluation, Warning, WarningLevel } from '../../core';
import { type AnnualPlanYear, annualPlan } from '../../core/annual-plan';
import type { DatasetChoice } from '../../core/observation-layers';
import { AssignmentRepository } from '../../db/repositories/assignment-repository';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { ReportRepository } from '../../db/repositories/report-repository';
import { RoundRepository } from '../../db/repositories/round-repository';
import { authorize, visibleUnit } from '../authorization';
import type { ServiceContext } from '../context';
import { indicatorLedger, type LedgerRevision } from '../ledger/ledger';
import { taskCounts, taskDay } from '../tasks/task-library';
import { indicatorToSpec } from './plan-to-core';
import { evaluateStoredPlan, type StoredEvaluation } from './stored-plan';
import { cachedJson } from './view-cache';

/**
 * These views answer public routes too: findPlan has already refused plans the caller may not see
 * (the public sees published plans only), so only signed-in callers need their permission checked.
 */
function mayRead(ctx: ServiceContext): void {
  if (ctx.actor) authorize(ctx.actor, 'plan.read');
}

/** The evaluation date when none is asked for: this year in China, within the plan period. */
export function defaultAsOf(plan: StoredPlan, clock: () => Date): string {
  const year = Number(officeToday(clock).slice(0, 4));
  return String(Math.min(Math.max(year, plan.baseYear + 1), plan.targetYear));
}

export interface DatasetInfo {
  layers: string[];
  /** true when demo values (示例数据) entered the numbers: every view must say so. */
  demo: boolean;
}

function datasetInfo(ev: StoredEvaluation): DatasetInfo {
  return { layers: ev.layersUsed, demo: ev.layersUsed.includes('demo') };
}

export function planSummary(plan: StoredPlan, ev: StoredEvaluation) {
  const { definition } = ev;
  return {
    code: plan.code,
    name: plan.name,
    shortName: plan.shortName,
    nameEn: plan.nameEn,
    region: plan.meta.region,
    period: plan.meta.period,
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    visionYear: plan.meta.visionYear,
    issuedOn: plan.meta.issuedOn ?? null,
    developmentSystem: plan.meta.developmentSystem,
    goals: plan.meta.goals,
    vision: plan.meta.vision,
    categories: plan.meta.categories,
    isPublic: plan.isPublic,
    counts: {
      indicators: definition.indicators.length,
      table1: definition.indicators.filter((i) => i.source === 'table1').length,
      binding: definition.indicators.filter((i) => i.attribute === 'binding').length,
      chapters: definition.outline.filter((n) => n.kind === 'chapter').length,
      columns: definition.columns.length,
      projects: definition.projects.length,
    },
  };
}

export interface IndicatorRowView {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  category: string;
  categoryName: string;
  attribute: PackageIndicator['attribute'];
  kind: PackageIndicator['kind'];
  direction: PackageIndicator['direction'];
  source: PackageIndicator['source'];
  tableNo: number | null;
  chapter: string | null;
  baseline: PackageIndicator['baseline'];
  target: PackageIndicator['target'];
  annualGrowth: number | null;
  cumulative: number | null;
  evaluation: IndicatorEvaluation;
  warning: WarningLevel | null;
  lead: string | null;
  co: string[];
}

async function responsibility(ctx: ServiceContext, plan: StoredPlan) {
  const [rows, units] = await Promise.all([
    new AssignmentRepository(ctx.database.db, ctx.tenantId).forPlan(plan.id),
    new OrgUnitRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const code = new Map(units.map((u) => [u.id, u.code]));
  const byItem = new Map<string, { lead: string | null; co: string[] }>();
  for (const a of rows) {
    if (a.itemType !== 'indicator') continue;
    const entry = byItem.get(a.itemCode) ?? { lead: null, co: [] };
    if (a.role === 'lead') entry.lead = code.get(a.unitId) ?? null;
    else entry.co.push(code.get(a.unitId) ?? String(a.unitId));
    byItem.set(a.itemCode, entry);
  }
  return byItem;
}

function warningLevels(warnings: readonly Warning[]): Map<string, WarningLevel> {
  const rank: Record<WarningLevel, number> = { red: 3, yellow: 2, grey: 1 };
  const out = new Map<string, WarningLevel>();
  for (const w of warnings) {
    const seen = out.get(w.subject);
    if (!seen || rank[w.level] > rank[seen]) out.set(w.subject, w.level);
  }
  return out;
}

export async function indicatorRows(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOf: string,
  dataset: DatasetChoice,
): Promise<IndicatorList> {
  mayRead(ctx);
  const ev = await evaluateStoredPlan(ctx, plan, asOf, dataset);
  const owners = await responsibility(ctx, plan);
  const levels = warningLevels(ev.evaluation.warnings);
  const categoryName = new Map(plan.meta.categories.map((c) => [c.code, c.name]));
  const results = new Map(ev.evaluation.results.map((r) => [r.code, r]));
  const indicators = ev.definition.indicators.flatMap((ind) => {
    const evaluation = results.get(ind.code);
    if (!evaluation) return [];
    const owner = owners.get(ind.code);
    return [
      {
        code: ind.code,
        name: ind.name,
        nameEn: ind.nameEn,
        unit: ind.unit,
        category: ind.category,
        categoryName: categoryName.get(ind.category) ?? ind.category,
        attribute: ind.attribute,
        kind: ind.kind,
        direction: ind.direction,
        source: ind.source,
        tableNo: ind.tableNo,
        chapter: ind.chapter,
        baseline: ind.baseline,
        target: ind.target,
        annualGrowth: ind.annualGrowth,
        cumulative: ind.cumulative,
        evaluation,
        warning: levels.get(ind.code) ?? null,
        lead: owner?.lead ?? null,
        co: owner?.co ?? [],
      },
    ];
  });
  return { asOf, timeElapsed: ev.evaluation.timeElapsed, dataset: datasetInfo(ev), indicators };
}

export interface IndicatorPage {
  asOf: string;
  dataset: DatasetInfo;
  indicator: PackageIndicator;
  evaluation: IndicatorEvaluation;
  warnings: Warning[];
  annualPlan: AnnualPlanYear[];
  ledger: LedgerRevision[];
  lead: string | null;
  co: string[];
}

export async function indicatorPage(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  asOf: string,
  dataset: DatasetChoice,
): Promise<IndicatorPage> {
  mayRead(ctx);
  const ev = await evaluateStoredPlan(ctx, plan, asOf, dataset);
  const indicator = ev.definition.indicators.find((i) => i.code === code);
  const evaluation = ev.evaluation.results.find((r) => r.code === code);
  if (!indicator || !evaluation) {
    throw notFound('indicator_not_found', `指标 ${code} 不存在`, `indicator ${code} not found`);
  }
  const owners = await responsibility(ctx, plan);
  const ledger = ctx.actor ? await indicatorLedger(ctx, plan, code) : [];
  return {
    asOf,
    dataset: datasetInfo(ev),
    indicator,
    evaluation,
    warnings: ev.evaluation.warnings.filter((w) => w.subject === code),
    annualPlan: annualPlan(indicatorToSpec(indicator, ev.annualTargets), plan.baseYear, plan.targetYear),
    ledger: ctx.actor ? ledger : ledger.filter((e) => e.layer !== 'demo'),
    lead: owners.get(code)?.lead ?? null,
    co: owners.get(code)?.co ?? [],
  };
}

export interface UnitLag {
  unit: string;
  unitName: string;
  outstanding: number;
  overdue: boolean;
  dueOn: string;
}

/** 一屏观天下: what the leaders' one screen shows. */
export async function dashboard(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOf: string,
  dataset: DatasetChoice,
): Promise<Dashboard> {
  mayRead(ctx);
  const ev = await evaluateStoredPlan(ctx, plan, asOf, dataset);
  const { evaluation } = ev;
  const byCode = new Map(ev.definition.indicators.map((i) => [i.code, i]));
  const bindingBehind = evaluation.results.filter(
    (r) =>
      byCode.get(r.code)?.attribute === 'binding' &&
      (r.status === 'behind' || r.status === 'regressing' || r.trend.verdict === 'unlikely'),
  );
  const lagging = await unitsBehind(ctx, plan);
  const tasks = await taskBlock(ctx, plan, asOf);
  return {
    asOf,
    timeElapsed: evaluation.timeElapsed,
    dataset: datasetInfo(ev),
    rollup: evaluation.rollup,
    byCategory: plan.meta.categories.map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      rollup: evaluation.byCategory[c.code] ?? null,
    })),
    bindingBehind: bindingBehind.map((r) => ({
      code: r.code,
      name: byCode.get(r.code)?.name ?? r.code,
      status: r.status,
    })),
    warnings: evaluation.warnings.map((w) => ({ ...w, name: byCode.get(w.subject)?.name ?? w.subject })),
    reports: lagging,
    tasks,
  };
}

/**
 * The dashboard's key-task block ("重点任务 N项:已完成 a项、序时推进 b项、滞后 c项"), computed by the same
 * service as the task list, on the day taskDay names.
 */
async function taskBlock(ctx: ServiceContext, plan: StoredPlan, asOf: string) {
  const summary = await taskCounts(ctx, plan, taskDay(ctx, asOf));
  const lights = { green: 0, yellow: 0, red: 0 };
  for (const t of summary.tasks) lights[t.light] += 1;
  return {
    asOf: summary.asOf,
    total: summary.total,
    counts: summary.counts,
    sentence: summary.sentence,
    lights,
    overdue: summary.tasks.filter((t) => t.overdue).length,
  };
}

/**
 * Units of open rounds with reports still outstanding, the most behind first. A reporter or reviewer
 * sees only their own unit, as on the rounds page: other units' arrears are not theirs to know.
 */
async function unitsBehind(
  ctx: ServiceContext,
  plan: StoredPlan,
): Promise<{ overdue: number; units: UnitLag[] }> {
  if (!ctx.actor) return { overdue: 0, units: [] };
  const only = visibleUnit(ctx.actor);
  const rounds = (await new RoundRepository(ctx.database.db, ctx.tenantId).list(plan.id)).filter(
    (r) => r.status === 'open',
  );
  const units = await new OrgUnitRepository(ctx.database.db, ctx.tenantId).list();
  const today = officeToday(ctx.clock);
  const lags: UnitLag[] = [];
  for (const round of rounds) {
    const [roundUnits, reports] = await Promise.all([
      new RoundRepository(ctx.database.db, ctx.tenantId).units(round.id),
      new ReportRepository(ctx.database.db, ctx.tenantId).list({ roundId: round.id }),
    ]);
    for (const ru of roundUnits) {
      if (only !== null && ru.unitId !== only) continue;
      const outstanding = reports.filter((r) => r.unitId === ru.unitId && isEditableReport(r.status)).length;
      if (outstanding === 0) continue;
      const unit = units.find((u) => u.id === ru.unitId);
      lags.push({
        unit: unit?.code ?? String(ru.unitId),
        unitName: unit?.name ?? '',
        outstanding,
        overdue: today > ru.dueOn,
        dueOn: ru.dueOn,
      });
    }
  }
  lags.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.outstanding - a.outstanding);
  return {
    overdue: lags.filter((l) => l.overdue).reduce((n, l) => n + l.outstanding, 0),
    units: lags.slice(0, 10),
  };
}

/**
 * The serialised body of a plan view, recomputed only when the plan's data version moved. The key
 * separates what differs by who asks: the data set, whether the caller is signed in, and which unit's
 * reports they may see.
 */
export async function planViewJson(
  ctx: ServiceContext,
  plan: StoredPlan,
  view: 'indicators' | 'dashboard',
  asOf: string,
  dataset: DatasetChoice,
): Promise<string> {
  mayRead(ctx);
  const version = await new PlanRepository(ctx.database.db, ctx.tenantId).dataVersion(plan.id);
  // Unit users see only their unit's arrears on the dashboard: each unit has its own entry.
  const scope = ctx.actor ? `signed-in:${visibleUnit(ctx.actor) ?? 'all'}` : 'public';
  const key = `${ctx.tenantId}:${plan.id}:${view}:${asOf}:${dataset}:${scope}`;
  return cachedJson(key, version, () =>
    view === 'indicators' ? indicatorRows(ctx, plan, asOf, dataset) : dashboard(ctx, plan, asOf, dataset),
  );
}
