/**
 * Project money (docs/projects.md §3): the plan office sets each year's 年度计划投资; the responsible
 * unit reports 1–N月累计完成投资 each month through the reporting rounds (an approved report enters
 * the investment ledger, see project-reporting.ts), and the office may enter or correct a value
 * directly. Every value is an appended revision; a value that would make the year's cumulative figure
 * fall, or the completed investment exceed the total, is refused with the figure it contradicts.
 */

import { DomainError } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import { unitSuffix } from '../../core/number-format';
import { completedToDate, withValue, ytdConflict } from '../../core/project-progress';
import { isUniqueViolation } from '../../db/dialect';
import type { Executor } from '../../db/repositories/executor';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import {
  type AnnualPlanRevision,
  currentInvestments,
  type InvestmentEntry,
  type NewInvestmentEntry,
  ProjectInvestmentRepository,
} from '../../db/repositories/project-investment-repository';
import type { ProjectRow } from '../../db/repositories/project-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { requireProject } from './project-access';
import { loadProjectFacts } from './project-facts';
import { checkAmount, checkText, issue, throwIssues } from './project-input';

/** Refuses a 1–N月累计 value the ledger contradicts; `db` is the caller's transaction when there is one. */
export async function assertInvestmentAcceptable(
  ctx: ServiceContext,
  db: Executor,
  planId: number,
  project: ProjectRow,
  entry: { period: string; value: number },
  field = 'value',
): Promise<void> {
  const issues: InputIssue[] = [];
  checkAmount(issues, field, entry.value);
  throwIssues(issues);
  const history = await new ProjectInvestmentRepository(db, ctx.tenantId).history(planId, project.code);
  const current = currentInvestments(history).map((e) => ({ period: e.period, value: e.value }));
  const conflict = ytdConflict(current, entry);
  if (conflict !== null) {
    throw new DomainError(
      conflict.kind === 'below_previous' ? 'ytd_decreasing' : 'ytd_above_later',
      conflict.reason,
      [
        issue(
          field,
          conflict.kind === 'below_previous' ? 'ytd_decreasing' : 'ytd_above_later',
          conflict.reason.zh,
          conflict.reason.en,
        ),
      ],
      { neighbour: conflict.neighbour },
    );
  }
  const total = project.totalInvestment;
  const done = completedToDate(withValue(current, entry), 9999, 12);
  if (total !== null && done > total) {
    const zh = `累计完成投资将达${done}万元,超过项目总投资${total}万元`;
    const wan = unitSuffix('万元').en;
    const en = `the completed investment would reach ${done}${wan}, above the project's total of ${total}${wan}`;
    throw new DomainError(
      'investment_above_total',
      { zh, en },
      [issue(field, 'investment_above_total', zh, en)],
      {
        totalInvestment: total,
        completedToDate: done,
      },
    );
  }
}

/** Appends the next revision of (project, month), refusing when the caller read an older one. */
export async function appendInvestment(
  ctx: ServiceContext,
  tx: Executor,
  plan: StoredPlan,
  project: ProjectRow,
  entry: NewInvestmentEntry,
  expectedRevision: number | null,
): Promise<InvestmentEntry> {
  await assertInvestmentAcceptable(ctx, tx, plan.id, project, entry);
  const repo = new ProjectInvestmentRepository(tx, ctx.tenantId);
  const latest = await repo.latestRevision(plan.id, project.code, entry.period);
  const conflict = (current: number) =>
    new DomainError(
      'version_conflict',
      {
        zh: `该月投资已被他人修改(当前修订号 ${current}),请刷新后重试`,
        en: `the month's investment was changed by someone else (current revision ${current}); reload and try again`,
      },
      [],
      { currentVersion: current },
    );
  if (expectedRevision !== null && expectedRevision !== latest) throw conflict(latest);
  try {
    const saved = await repo.append(plan.id, entry, latest + 1, nowOf(ctx));
    await audit(ctx, tx, {
      action: 'project.investment',
      entityType: 'project',
      entityId: `${plan.code}/${project.code}`,
      after: saved,
    });
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(latest + 1);
    throw error;
  }
}

export interface InvestmentInput {
  /** YYYY-MM: the value is the 1–N月累计 up to the end of this month. */
  period: string;
  /** 万元. */
  value: number;
  progress?: string | null | undefined;
  reason: string;
  /** The revision of the month the client read (0 when there was none). */
  expectedRevision: number;
}

/** The office enters or corrects a month's value directly (its own statistics, a late correction). */
export async function recordInvestment(
  ctx: ServiceContext,
  plan: StoredPlan,
  projectCode: string,
  input: InvestmentInput,
): Promise<InvestmentEntry> {
  authorize(ctx.actor, 'ledger.write');
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, projectCode);
  const issues: InputIssue[] = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.period)) {
    issues.push(
      issue(
        'period',
        'bad_period',
        `月份「${input.period}」无效,应为 YYYY-MM`,
        `"${input.period}" is not a month; use YYYY-MM`,
      ),
    );
  }
  checkText(issues, 'reason', input.reason, { zh: '录入原因', en: 'a reason', code: 'reason_required' });
  throwIssues(issues);
  return transaction(ctx, (tx) =>
    appendInvestment(
      ctx,
      tx,
      plan,
      project,
      {
        projectCode: project.code,
        period: input.period,
        value: input.value,
        progress: input.progress ?? null,
        source: null,
        reason: input.reason,
        reportId: null,
        createdBy: ctx.actor?.id ?? null,
      },
      input.expectedRevision,
    ),
  );
}

/** 年度计划投资 of a year, as a new revision with its reason. */
export async function setAnnualPlan(
  ctx: ServiceContext,
  plan: StoredPlan,
  projectCode: string,
  year: number,
  input: { value: number; reason: string },
): Promise<AnnualPlanRevision> {
  authorize(ctx.actor, 'project.manage');
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, projectCode);
  const issues: InputIssue[] = [];
  checkAmount(issues, 'value', input.value);
  checkText(issues, 'reason', input.reason, { zh: '调整原因', en: 'a reason', code: 'reason_required' });
  if (project.totalInvestment !== null && input.value > project.totalInvestment) {
    issues.push(
      issue(
        'value',
        'annual_plan_above_total',
        `年度计划投资${input.value}万元超过项目总投资${project.totalInvestment}万元`,
        `the annual plan ${input.value} (万元) exceeds the project's total investment ${project.totalInvestment} (万元)`,
      ),
    );
  }
  throwIssues(issues);
  return transaction(ctx, async (tx) => {
    const before = (facts.annualPlans.get(project.code) ?? []).find((p) => p.year === year) ?? null;
    const saved = await new ProjectInvestmentRepository(tx, ctx.tenantId).appendPlan(plan.id, {
      projectCode: project.code,
      year,
      value: input.value,
      reason: input.reason.trim(),
      createdBy: ctx.actor?.id ?? null,
      createdAt: nowOf(ctx),
    });
    await audit(ctx, tx, {
      action: 'project.annual_plan',
      entityType: 'project',
      entityId: `${plan.code}/${project.code}`,
      before,
      after: saved,
    });
    return saved;
  });
}
