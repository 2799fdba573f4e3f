/**
 * The derived cache of a plan's current observations (migration 20261127140000-plan-series-cache).
 * Series are stored compactly: { code: [[period, measure, value], …] }.
 */
import type { Selectable } from 'kysely';
import type { PlanSeriesTable } from '../schema';
import type { Executor } from './executor';

export type SeriesTuple = [string, string, number];

/** A cache row as stored, before its JSON is parsed. */
export type StoredSeriesRow = Pick<
  Selectable<PlanSeriesTable>,
  'plan_id' | 'data_version' | 'layers_json' | 'series_json'
>;

export interface CachedSeries {
  planId: number;
  dataVersion: number;
  layers: string[];
  series: Record<string, SeriesTuple[]>;
}

export class PlanSeriesRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async get(planId: number, dataset: string): Promise<CachedSeries | undefined> {
    const row = await this.db
      .selectFrom('plan_series')
      .select(['plan_id', 'data_version', 'layers_json', 'series_json'])
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('dataset', '=', dataset)
      .executeTakeFirst();
    return row && parse(row);
  }

  /** Every cached plan of the tenant for one data set, as stored (parsing is the caller's choice). */
  async all(dataset: string): Promise<StoredSeriesRow[]> {
    return this.db
      .selectFrom('plan_series')
      .select(['plan_id', 'data_version', 'layers_json', 'series_json'])
      .where('tenant_id', '=', this.tenantId)
      .where('dataset', '=', dataset)
      .execute();
  }

  /** Insert or replace in one statement: concurrent rebuilds of the same plan must not collide. */
  async put(entry: CachedSeries, dataset: string): Promise<void> {
    const values = {
      data_version: entry.dataVersion,
      layers_json: JSON.stringify(entry.layers),
      series_json: JSON.stringify(entry.series),
    };
    await this.db
      .insertInto('plan_series')
      .values({ tenant_id: this.tenantId, plan_id: entry.planId, dataset, ...values })
      .onConflict((oc) => oc.columns(['plan_id', 'dataset']).doUpdateSet(values))
      .execute();
  }
}

export function parse(row: StoredSeriesRow): CachedSeries {
  return {
    planId: row.plan_id,
    dataVersion: row.data_version,
    layers: JSON.parse(row.layers_json) as string[],
    series: JSON.parse(row.series_json) as Record<string, SeriesTuple[]>,
  };
}
