/**
 * 填报 inbox: what the signed-in unit owes in open rounds, with what a reporter needs next to each
 * input — the item's name and unit, the last approved value and the year's target.
 */

import { annualPlan } from '../../core/annual-plan';
import type { Measure } from '../../core/model';
import { AnnualTargetRepository } from '../../db/repositories/annual-target-repository';
import { ObservationRepository } from '../../db/repositories/observation-repository';
import { type PlanDefinition, PlanRepository } from '../../db/repositories/plan-repository';
import { type Report, ReportRepository } from '../../db/repositories/report-repository';
import { RoundRepository } from '../../db/repositories/round-repository';
import { authorize, visibleUnit } from '../authorization';
import type { ServiceContext } from '../context';
import { indicatorToSpec } from '../plans/plan-to-core';
import { projectInboxFacts } from '../projects/project-reporting';

export interface InboxItem {
  report: Report;
  plan: string;
  round: { id: number; name: string; period: string; dueOn: string; reminders: number };
  item: { name: string; unit: string | null; kind: string | null };
  lastApproved: { period: string; measure: Measure; value: number } | null;
  annualTarget: number | null;
}

/** The unit a report's value is written in: its indicator's, 万元 for a project's investment. */
export function itemUnit(def: PlanDefinition, report: Pick<Report, 'itemType' | 'itemCode'>): string | null {
  if (report.itemType === 'project') return '万元';
  if (report.itemType !== 'indicator') return null;
  return def.indicators.find((i) => i.code === report.itemCode)?.unit ?? null;
}

export async function inbox(ctx: ServiceContext, filter: { unitId?: number } = {}): Promise<InboxItem[]> {
  const actor = authorize(ctx.actor, 'report.read');
  const only = visibleUnit(actor);
  const unitId = only ?? filter.unitId;
  const reports = await new ReportRepository(ctx.database.db, ctx.tenantId).list(
    unitId === undefined ? {} : { unitId },
  );
  const rounds = new RoundRepository(ctx.database.db, ctx.tenantId);
  const plans = new PlanRepository(ctx.database.db, ctx.tenantId);
  const out: InboxItem[] = [];
  const roundCache = new Map<number, Awaited<ReturnType<RoundRepository['findById']>>>();
  const defs = new Map<number, Awaited<ReturnType<PlanRepository['loadDefinition']>>>();
  for (const report of reports) {
    if (!roundCache.has(report.roundId))
      roundCache.set(report.roundId, await rounds.findById(report.roundId));
    const round = roundCache.get(report.roundId);
    if (round?.status !== 'open') continue;
    if (!defs.has(report.planId)) defs.set(report.planId, await plans.loadDefinition(report.planId));
    const def = defs.get(report.planId);
    if (!def) continue;
    const ru = (await rounds.units(round.id)).find((u) => u.unitId === report.unitId);
    const indicator =
      report.itemType === 'indicator' ? def.indicators.find((i) => i.code === report.itemCode) : undefined;
    const project = report.itemType === 'project' ? await projectInboxFacts(ctx, report) : null;
    const title =
      indicator?.name ??
      project?.name ??
      def.outline.find((n) => n.id === report.itemCode)?.title ??
      report.itemCode;
    let lastApproved: InboxItem['lastApproved'] = project?.lastApproved ?? null;
    let annualTarget: number | null = project?.annualPlan ?? null;
    if (indicator) {
      const history = await new ObservationRepository(ctx.database.db, ctx.tenantId).history(
        report.planId,
        indicator.code,
      );
      const last = history.filter((e) => e.layer === 'reported').at(-1);
      lastApproved = last ? { period: last.period, measure: last.measure, value: last.value } : null;
      const targets = (
        await new AnnualTargetRepository(ctx.database.db, ctx.tenantId).current(report.planId)
      ).map((t) => ({
        indicator: t.indicatorCode,
        year: t.year,
        value: t.value,
        reason: t.reason,
      }));
      const year = Number(report.period.slice(0, 4));
      annualTarget =
        annualPlan(indicatorToSpec(indicator, targets), def.meta.baseYear, def.meta.targetYear).find(
          (y) => y.year === year,
        )?.value ?? null;
    }
    out.push({
      report,
      plan: def.meta.code,
      round: {
        id: round.id,
        name: round.name,
        period: round.period,
        dueOn: ru?.dueOn ?? round.dueOn,
        reminders: ru?.reminders ?? 0,
      },
      item: {
        name: title,
        unit: itemUnit(def, report),
        kind: indicator?.kind ?? null,
      },
      lastApproved,
      annualTarget,
    });
  }
  return out;
}
