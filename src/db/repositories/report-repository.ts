/**
 * Reports (填报) of units in rounds, and every revision of each (save, submit, approve, return).
 */

import type { Selectable } from 'kysely';
import type { ReportStatus } from '../../contracts/report-workflow';
import type { Measure } from '../../core/model';
import type { ReportsTable } from '../schema';
import type { ItemType } from './assignment-repository';
import type { Executor } from './executor';

export type { ReportStatus };

export interface Report {
  id: number;
  planId: number;
  roundId: number;
  unitId: number;
  itemType: ItemType;
  itemCode: string;
  status: ReportStatus;
  period: string;
  measure: Measure | null;
  value: number | null;
  progressPercent: number | null;
  narrative: string | null;
  reviewComment: string | null;
  version: number;
  updatedBy: number | null;
  updatedAt: string;
  submittedAt: string | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
  /** The ledger revision of this report's key when it was submitted; approval refuses if it moved. */
  basedOnRevision: number | null;
}

export interface ReportRevision {
  id: number;
  reportId: number;
  version: number;
  action: string;
  status: ReportStatus;
  snapshot: Pick<Report, 'measure' | 'value' | 'progressPercent' | 'narrative'>;
  comment: string | null;
  actorId: number | null;
  at: string;
}

export type ReportChange = Partial<
  Pick<
    Report,
    | 'status'
    | 'measure'
    | 'value'
    | 'progressPercent'
    | 'narrative'
    | 'reviewComment'
    | 'updatedBy'
    | 'updatedAt'
    | 'submittedAt'
    | 'reviewedBy'
    | 'reviewedAt'
    | 'basedOnRevision'
  >
>;

export class ReportRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base() {
    return this.db.selectFrom('reports').selectAll().where('tenant_id', '=', this.tenantId);
  }

  async insertPending(
    rows: readonly {
      planId: number;
      roundId: number;
      unitId: number;
      itemType: ItemType;
      itemCode: string;
      period: string;
    }[],
    now: string,
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('reports')
      .values(
        rows.map((r) => ({
          tenant_id: this.tenantId,
          plan_id: r.planId,
          round_id: r.roundId,
          unit_id: r.unitId,
          item_type: r.itemType,
          item_code: r.itemCode,
          status: 'pending',
          period: r.period,
          updated_at: now,
        })),
      )
      .execute();
  }

  async findById(id: number): Promise<Report | undefined> {
    const row = await this.base().where('id', '=', id).executeTakeFirst();
    return row && toReport(row);
  }

  /** The reports with these ids, in id order: a batch reads them in one query. */
  async findByIds(ids: readonly number[]): Promise<Report[]> {
    if (ids.length === 0) return [];
    return (await this.base().where('id', 'in', ids).orderBy('id').execute()).map(toReport);
  }

  async list(filter: {
    roundId?: number;
    unitId?: number;
    status?: ReportStatus[];
    planId?: number;
  }): Promise<Report[]> {
    let q = this.base();
    if (filter.roundId !== undefined) q = q.where('round_id', '=', filter.roundId);
    if (filter.unitId !== undefined) q = q.where('unit_id', '=', filter.unitId);
    if (filter.planId !== undefined) q = q.where('plan_id', '=', filter.planId);
    if (filter.status && filter.status.length > 0) q = q.where('status', 'in', filter.status);
    return (await q.orderBy('id').execute()).map(toReport);
  }

  /**
   * Reports in the largest open round (items × units): the most rows a reporting template can hold,
   * which bounds what the template reader will read of an upload.
   */
  async largestOpenRound(): Promise<number> {
    const row = await this.db
      .selectFrom('reports')
      .innerJoin('rounds', 'rounds.id', 'reports.round_id')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('reports.tenant_id', '=', this.tenantId)
      .where('rounds.status', '=', 'open')
      .groupBy('reports.round_id')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Applies a change only if nobody changed the report since `version` was read. */
  async update(id: number, version: number, change: ReportChange): Promise<boolean> {
    const set: Record<string, unknown> = { version: version + 1 };
    const map: Record<keyof ReportChange, string> = {
      status: 'status',
      measure: 'measure',
      value: 'value',
      progressPercent: 'progress_percent',
      narrative: 'narrative',
      reviewComment: 'review_comment',
      updatedBy: 'updated_by',
      updatedAt: 'updated_at',
      submittedAt: 'submitted_at',
      reviewedBy: 'reviewed_by',
      reviewedAt: 'reviewed_at',
      basedOnRevision: 'based_on_revision',
    };
    for (const [key, column] of Object.entries(map) as [keyof ReportChange, string][]) {
      if (change[key] !== undefined) set[column] = change[key];
    }
    const result = await this.db
      .updateTable('reports')
      .set(set)
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async appendRevision(r: Omit<ReportRevision, 'id'>): Promise<void> {
    await this.db
      .insertInto('report_revisions')
      .values({
        tenant_id: this.tenantId,
        report_id: r.reportId,
        version: r.version,
        action: r.action,
        status: r.status,
        snapshot_json: JSON.stringify(r.snapshot),
        comment: r.comment,
        actor_id: r.actorId,
        at: r.at,
      })
      .execute();
  }

  async revisions(reportId: number): Promise<ReportRevision[]> {
    const rows = await this.db
      .selectFrom('report_revisions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('report_id', '=', reportId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      reportId: r.report_id,
      version: r.version,
      action: r.action,
      status: r.status as ReportStatus,
      snapshot: JSON.parse(r.snapshot_json),
      comment: r.comment,
      actorId: r.actor_id,
      at: r.at,
    }));
  }
}

function toReport(
  r: Pick<
    Selectable<ReportsTable>,
    | 'id'
    | 'plan_id'
    | 'round_id'
    | 'unit_id'
    | 'item_type'
    | 'item_code'
    | 'status'
    | 'period'
    | 'measure'
    | 'value'
    | 'progress_percent'
    | 'narrative'
    | 'review_comment'
    | 'version'
    | 'updated_by'
    | 'updated_at'
    | 'submitted_at'
    | 'reviewed_by'
    | 'reviewed_at'
    | 'based_on_revision'
  >,
): Report {
  return {
    id: r.id,
    planId: r.plan_id,
    roundId: r.round_id,
    unitId: r.unit_id,
    itemType: r.item_type as ItemType,
    itemCode: r.item_code,
    status: r.status as ReportStatus,
    period: r.period,
    measure: r.measure as Measure | null,
    value: r.value,
    progressPercent: r.progress_percent,
    narrative: r.narrative,
    reviewComment: r.review_comment,
    version: r.version,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    basedOnRevision: r.based_on_revision,
  };
}
