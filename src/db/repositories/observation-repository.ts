/**
 * The ledger (台账) of indicator values. Every write appends a revision; nothing is updated or deleted.
 * The current value of (indicator, period, measure) is chosen by the core's precedence rule
 * (core/observation-layers.ts): the latest revision of the highest layer.
 */

import type { Selectable } from 'kysely';
import type { Measure } from '../../core/model';
import { type ObservationLayer, pickCurrent } from '../../core/observation-layers';
import type { ObservationsTable } from '../schema';
import { chunks, type Executor } from './executor';

export interface LedgerEntry {
  id: number;
  indicatorCode: string;
  period: string;
  measure: Measure;
  value: number;
  layer: ObservationLayer;
  revision: number;
  source: string | null;
  reason: string | null;
  reportId: number | null;
  createdBy: number | null;
  createdAt: string;
}

export interface NewLedgerEntry {
  indicatorCode: string;
  period: string;
  measure: Measure;
  value: number;
  layer: ObservationLayer;
  source?: string | null;
  reason?: string | null;
  reportId?: number | null;
  createdBy?: number | null;
}

const columns = [
  'id',
  'indicator_code',
  'period',
  'measure',
  'value',
  'layer',
  'revision',
  'source',
  'reason',
  'report_id',
  'created_by',
  'created_at',
] as const;

export class ObservationRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  /** The latest revision number of a key in a layer; 0 when the key has no value yet. */
  async latestRevision(
    planId: number,
    key: { indicatorCode: string; period: string; measure: Measure; layer: ObservationLayer },
  ): Promise<number> {
    const row = await this.db
      .selectFrom('observations')
      .select((eb) => eb.fn.max<number | null>('revision').as('rev'))
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('indicator_code', '=', key.indicatorCode)
      .where('period', '=', key.period)
      .where('measure', '=', key.measure)
      .where('layer', '=', key.layer)
      .executeTakeFirst();
    return row?.rev ?? 0;
  }

  /**
   * Appends revision `revision` of a key. The unique key (plan, indicator, period, measure, layer,
   * revision) makes a racing writer of the same revision fail instead of silently doubling it.
   */
  async append(planId: number, entry: NewLedgerEntry, revision: number, now: string): Promise<LedgerEntry> {
    const row = await this.db
      .insertInto('observations')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        indicator_code: entry.indicatorCode,
        period: entry.period,
        measure: entry.measure,
        value: entry.value,
        layer: entry.layer,
        revision,
        source: entry.source ?? null,
        reason: entry.reason ?? null,
        report_id: entry.reportId ?? null,
        created_by: entry.createdBy ?? null,
        created_at: now,
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toEntry(row);
  }

  /** Bulk load of first revisions (plan import, historic data): one statement per 500 rows. */
  async appendFirstRevisions(planId: number, entries: readonly NewLedgerEntry[], now: string): Promise<void> {
    for (const part of chunks(entries)) {
      await this.db
        .insertInto('observations')
        .values(
          part.map((e) => ({
            tenant_id: this.tenantId,
            plan_id: planId,
            indicator_code: e.indicatorCode,
            period: e.period,
            measure: e.measure,
            value: e.value,
            layer: e.layer,
            revision: 1,
            source: e.source ?? null,
            reason: e.reason ?? null,
            report_id: e.reportId ?? null,
            created_by: e.createdBy ?? null,
            created_at: now,
          })),
        )
        .execute();
    }
  }

  /** Every revision of one indicator, oldest first: the ledger page and the history view. */
  async history(planId: number, indicatorCode: string): Promise<LedgerEntry[]> {
    const rows = await this.db
      .selectFrom('observations')
      .select(columns)
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('indicator_code', '=', indicatorCode)
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }

  async findById(id: number): Promise<(LedgerEntry & { planId: number }) | undefined> {
    const row = await this.db
      .selectFrom('observations')
      .select([...columns, 'plan_id'])
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { ...toEntry(row), planId: row.plan_id };
  }

  /**
   * The current value of every key of a plan, optionally leaving out layers (the public portal and
   * `--dataset published` leave out demo data).
   */
  async current(
    planId: number,
    layers: readonly ObservationLayer[] = ['reported', 'published', 'demo'],
  ): Promise<LedgerEntry[]> {
    if (layers.length === 0) return [];
    const rows = await this.inLayers(planId, layers).select(columns).execute();
    return pickCurrent(rows.map(toEntry));
  }

  /**
   * The same choice as `current`, reading only what a series needs: rebuilding the series cache of
   * a large plan is this query, and the provenance columns were two thirds of what it read.
   */
  async currentValues(planId: number, layers: readonly ObservationLayer[]): Promise<CurrentValue[]> {
    if (layers.length === 0) return [];
    const rows = await this.inLayers(planId, layers)
      .select(['id', 'indicator_code', 'period', 'measure', 'value', 'layer', 'revision'])
      .execute();
    return pickCurrent(
      rows.map((r) => ({
        id: r.id,
        indicatorCode: r.indicator_code,
        period: r.period,
        measure: r.measure as Measure,
        value: r.value,
        layer: r.layer as ObservationLayer,
        revision: r.revision,
      })),
    );
  }

  /**
   * The latest revision number of every key of a plan in one layer, keyed indicator\u0000period\u0000measure:
   * a bulk import numbers its revisions from this one read instead of one query per row.
   */
  async latestRevisions(planId: number, layer: ObservationLayer): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('observations')
      .select(['indicator_code', 'period', 'measure', (eb) => eb.fn.max<number>('revision').as('rev')])
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('layer', '=', layer)
      .groupBy(['indicator_code', 'period', 'measure'])
      .execute();
    return new Map(
      rows.map((r) => [`${r.indicator_code}\u0000${r.period}\u0000${r.measure}`, Number(r.rev)]),
    );
  }

  /** Every revision of a plan in the given layers (not empty), before choosing the current ones. */
  private inLayers(planId: number, layers: readonly ObservationLayer[]) {
    return this.db
      .selectFrom('observations')
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('layer', 'in', layers);
  }
}

export type CurrentValue = Pick<
  LedgerEntry,
  'id' | 'indicatorCode' | 'period' | 'measure' | 'value' | 'layer' | 'revision'
>;

function toEntry(
  r: Pick<
    Selectable<ObservationsTable>,
    | 'id'
    | 'indicator_code'
    | 'period'
    | 'measure'
    | 'value'
    | 'layer'
    | 'revision'
    | 'source'
    | 'reason'
    | 'report_id'
    | 'created_by'
    | 'created_at'
  >,
): LedgerEntry {
  return {
    id: r.id,
    indicatorCode: r.indicator_code,
    period: r.period,
    measure: r.measure as Measure,
    value: r.value,
    layer: r.layer as ObservationLayer,
    revision: r.revision,
    source: r.source,
    reason: r.reason,
    reportId: r.report_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
