/**
 * Project money: 年度计划投资 as revisions (the latest row of (project, year) is current), and the
 * investment ledger (台账) — 1–N月累计完成投资 of each month as appended revisions, never updated.
 */
import { chunks, type Executor } from './executor';

export interface AnnualPlanRevision {
  id: number;
  projectCode: string;
  year: number;
  /** 万元. */
  value: number;
  reason: string;
  createdBy: number | null;
  createdAt: string;
}

export interface InvestmentEntry {
  id: number;
  projectCode: string;
  /** YYYY-MM: the value is the 1–N月累计 up to the end of this month. */
  period: string;
  /** 万元. */
  value: number;
  /** 形象进度 reported with the value. */
  progress: string | null;
  revision: number;
  source: string | null;
  reason: string | null;
  reportId: number | null;
  createdBy: number | null;
  createdAt: string;
}

export type NewInvestmentEntry = Omit<InvestmentEntry, 'id' | 'revision' | 'createdAt'>;

export class ProjectInvestmentRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async appendPlan(planId: number, p: Omit<AnnualPlanRevision, 'id'>): Promise<AnnualPlanRevision> {
    const { id } = await this.db
      .insertInto('project_annual_plans')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        project_code: p.projectCode,
        year: p.year,
        value: p.value,
        reason: p.reason,
        created_by: p.createdBy,
        created_at: p.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, ...p };
  }

  /** Many annual-plan revisions in few statements (loading a package's demo histories). */
  async appendPlans(planId: number, list: readonly Omit<AnnualPlanRevision, 'id'>[]): Promise<void> {
    for (const part of chunks(list, 200)) {
      await this.db
        .insertInto('project_annual_plans')
        .values(
          part.map((p) => ({
            tenant_id: this.tenantId,
            plan_id: planId,
            project_code: p.projectCode,
            year: p.year,
            value: p.value,
            reason: p.reason,
            created_by: p.createdBy,
            created_at: p.createdAt,
          })),
        )
        .execute();
    }
  }

  /** Every annual-plan revision of a plan's projects (or one project's), oldest first. */
  async planRevisions(planId: number, projectCode?: string): Promise<AnnualPlanRevision[]> {
    let q = this.db
      .selectFrom('project_annual_plans')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (projectCode !== undefined) q = q.where('project_code', '=', projectCode);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      projectCode: r.project_code,
      year: r.year,
      value: r.value,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }

  /** The latest revision number of (project, month); 0 when the month has no value yet. */
  async latestRevision(planId: number, projectCode: string, period: string): Promise<number> {
    const row = await this.db
      .selectFrom('project_investments')
      .select((eb) => eb.fn.max<number | null>('revision').as('rev'))
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('project_code', '=', projectCode)
      .where('period', '=', period)
      .executeTakeFirst();
    return row?.rev ?? 0;
  }

  /**
   * Appends revision `revision` of (project, month). The unique key makes a racing writer of the same
   * revision fail instead of silently doubling it.
   */
  async append(
    planId: number,
    e: NewInvestmentEntry,
    revision: number,
    now: string,
  ): Promise<InvestmentEntry> {
    const { id } = await this.db
      .insertInto('project_investments')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        project_code: e.projectCode,
        period: e.period,
        value: e.value,
        progress: e.progress,
        revision,
        source: e.source,
        reason: e.reason,
        report_id: e.reportId,
        created_by: e.createdBy,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, ...e, revision, createdAt: now };
  }

  /**
   * Appends first revisions (revision 1) of months that have no value yet, many rows a statement:
   * loading a package's demo histories. The unique key still refuses a month already recorded.
   */
  async appendFirstRevisions(
    planId: number,
    entries: readonly NewInvestmentEntry[],
    now: string,
  ): Promise<void> {
    for (const part of chunks(entries, 200)) {
      await this.db
        .insertInto('project_investments')
        .values(
          part.map((e) => ({
            tenant_id: this.tenantId,
            plan_id: planId,
            project_code: e.projectCode,
            period: e.period,
            value: e.value,
            progress: e.progress,
            revision: 1,
            source: e.source,
            reason: e.reason,
            report_id: e.reportId,
            created_by: e.createdBy,
            created_at: now,
          })),
        )
        .execute();
    }
  }

  /** Every revision of a plan's projects' investment (or one project's), oldest first. */
  async history(planId: number, projectCode?: string): Promise<InvestmentEntry[]> {
    let q = this.db
      .selectFrom('project_investments')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (projectCode !== undefined) q = q.where('project_code', '=', projectCode);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      projectCode: r.project_code,
      period: r.period,
      value: r.value,
      progress: r.progress,
      revision: r.revision,
      source: r.source,
      reason: r.reason,
      reportId: r.report_id,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }
}

/** The current annual plan per (project, year): the latest revision. */
export function currentPlans(revisions: readonly AnnualPlanRevision[]): AnnualPlanRevision[] {
  const latest = new Map<string, AnnualPlanRevision>();
  for (const r of revisions) latest.set(`${r.projectCode}\u0000${r.year}`, r);
  return [...latest.values()];
}

/** The current value per (project, month): the highest revision. */
export function currentInvestments(entries: readonly InvestmentEntry[]): InvestmentEntry[] {
  const latest = new Map<string, InvestmentEntry>();
  for (const e of entries) {
    const key = `${e.projectCode}\u0000${e.period}`;
    const seen = latest.get(key);
    if (!seen || e.revision > seen.revision) latest.set(key, e);
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}
