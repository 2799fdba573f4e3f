/**
 * Project reports in the reporting rounds (docs/projects.md §3): a report on a project carries
 * `value` = 1–N月累计完成投资 (万元, measure `ytd`), `narrative` = 形象进度, attachments = photos.
 * services/reporting/reports.ts calls these two hooks: the check when a report is saved or submitted, and the
 * ledger entry when it is approved.
 */
import { monthsElapsed, parsePeriod } from '../../core/period';
import { monthPeriod } from '../../core/project-progress';
import type { Executor } from '../../db/repositories/executor';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import {
  currentInvestments,
  currentPlans,
  ProjectInvestmentRepository,
} from '../../db/repositories/project-investment-repository';
import { ProjectRepository } from '../../db/repositories/project-repository';
import type { Report } from '../../db/repositories/report-repository';
import type { ServiceContext } from '../context';
import { appendInvestment, assertInvestmentAcceptable } from './project-investment';

/** The month a report's period ends in: 2024-09 → 2024-09, 2024-Q3 → 2024-09, 2024 → 2024-12. */
export function reportMonth(period: string): string {
  const p = parsePeriod(period);
  if (p === null) throw new Error(`report period ${period} is malformed`);
  return monthPeriod(p.year, monthsElapsed(p));
}

async function projectOf(ctx: ServiceContext, db: Executor, report: Report) {
  const project = await new ProjectRepository(db, ctx.tenantId).findByCode(report.planId, report.itemCode);
  if (!project) throw new Error(`project ${report.itemCode} of report ${report.id} vanished`);
  return project;
}

/**
 * Checks a project report's value against the project's ledger on save and submit: it neither falls
 * below an earlier month's 1–N月累计 nor takes the completed investment above the total. The content
 * rules (measure ytd, a value before submitting) are contracts/report-content.ts, checked before.
 */
export async function checkProjectReport(
  ctx: ServiceContext,
  report: Report,
  content: { value?: number | null | undefined },
): Promise<void> {
  if (content.value === undefined || content.value === null) return;
  const project = await projectOf(ctx, ctx.database.db, report);
  await assertInvestmentAcceptable(ctx, ctx.database.db, report.planId, project, {
    period: reportMonth(report.period),
    value: content.value,
  });
}

/** On approval, inside its transaction: the value and its 形象进度 enter the investment ledger. */
export async function recordProjectReport(
  ctx: ServiceContext,
  tx: Executor,
  plan: StoredPlan,
  report: Report,
  comment: string | null,
): Promise<void> {
  if (report.value === null) return;
  const project = await projectOf(ctx, tx, report);
  await appendInvestment(
    ctx,
    tx,
    plan,
    project,
    {
      projectCode: project.code,
      period: reportMonth(report.period),
      value: report.value,
      progress: report.narrative,
      source: `填报 #${report.id}`,
      reason: comment ?? '审核通过 / approved',
      reportId: report.id,
      createdBy: report.updatedBy,
    },
    null,
  );
}

/**
 * What a reporter sees next to a project report in the inbox: the project's name, the last approved
 * 1–N月累计 of the same year before the report's month (上期累计), and the year's 年度计划投资.
 */
export async function projectInboxFacts(ctx: ServiceContext, report: Report) {
  const db = ctx.database.db;
  const project = await new ProjectRepository(db, ctx.tenantId).findByCode(report.planId, report.itemCode);
  const money = new ProjectInvestmentRepository(db, ctx.tenantId);
  const month = reportMonth(report.period);
  const year = Number(month.slice(0, 4));
  const values = currentInvestments(await money.history(report.planId, report.itemCode)).filter(
    (e) => e.period.startsWith(`${year}-`) && e.period < month,
  );
  const last = values.sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  const plans = currentPlans(await money.planRevisions(report.planId, report.itemCode));
  return {
    name: project?.name ?? report.itemCode,
    lastApproved: last ? { period: last.period, measure: 'ytd' as const, value: last.value } : null,
    annualPlan: plans.find((p) => p.year === year)?.value ?? null,
  };
}
