/**
 * 年度目标 as revisions: every change appends a row with its reason; the current target of
 * (indicator, year) is the latest row.
 */
import type { Selectable } from 'kysely';
import type { AnnualTargetsTable } from '../schema';
import type { Executor } from './executor';

export interface AnnualTargetRevision {
  id: number;
  indicatorCode: string;
  year: number;
  value: number;
  reason: string;
  createdBy: number | null;
  createdAt: string;
}

export class AnnualTargetRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async append(
    planId: number,
    t: { indicatorCode: string; year: number; value: number; reason: string; createdBy: number | null },
    now: string,
  ): Promise<AnnualTargetRevision> {
    const { id } = await this.db
      .insertInto('annual_targets')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        indicator_code: t.indicatorCode,
        year: t.year,
        value: t.value,
        reason: t.reason,
        created_by: t.createdBy,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, ...t, createdAt: now };
  }

  /** All revisions of a plan's annual targets, oldest first. */
  async revisions(planId: number, indicatorCode?: string): Promise<AnnualTargetRevision[]> {
    let q = this.db
      .selectFrom('annual_targets')
      .select(['id', 'indicator_code', 'year', 'value', 'reason', 'created_by', 'created_at'])
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (indicatorCode !== undefined) q = q.where('indicator_code', '=', indicatorCode);
    const rows = await q.orderBy('id').execute();
    return rows.map(toRevision);
  }

  /** The current targets of every plan of the tenant, by plan id: one query for a whole portfolio. */
  async currentByPlan(): Promise<Map<number, AnnualTargetRevision[]>> {
    const rows = await this.db
      .selectFrom('annual_targets')
      .select(['id', 'plan_id', 'indicator_code', 'year', 'value', 'reason', 'created_by', 'created_at'])
      .where('tenant_id', '=', this.tenantId)
      .orderBy('id')
      .execute();
    const latest = new Map<number, Map<string, AnnualTargetRevision>>();
    for (const r of rows) {
      const plan = latest.get(r.plan_id) ?? new Map<string, AnnualTargetRevision>();
      plan.set(`${r.indicator_code}@${r.year}`, toRevision(r));
      latest.set(r.plan_id, plan);
    }
    return new Map([...latest].map(([planId, byKey]) => [planId, [...byKey.values()]]));
  }

  /** The current target per (indicator, year): the latest revision. */
  async current(planId: number): Promise<AnnualTargetRevision[]> {
    const latest = new Map<string, AnnualTargetRevision>();
    for (const r of await this.revisions(planId)) latest.set(`${r.indicatorCode}@${r.year}`, r);
    return [...latest.values()];
  }
}

function toRevision(
  r: Pick<
    Selectable<AnnualTargetsTable>,
    'id' | 'indicator_code' | 'year' | 'value' | 'reason' | 'created_by' | 'created_at'
  >,
): AnnualTargetRevision {
  return {
    id: r.id,
    indicatorCode: r.indicator_code,
    year: r.year,
    value: r.value,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
