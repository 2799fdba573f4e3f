/**
 * A derived cache of each plan's current observations (the latest value of every indicator, period
 * and measure, chosen from the ledger), kept per data set and stamped with the plan's data version.
 * The ledger stays the record; this table is rebuilt from it whenever the version moved, and is left
 * out of backups. It lets a province re-evaluate thousands of zones without re-reading ten million
 * ledger rows.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('plan_series')
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('dataset', 'varchar(16)', (c) => c.notNull())
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('layers_json', 'text', (c) => c.notNull())
    .addColumn('series_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_series_key', ['plan_id', 'dataset'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('plan_series').ifExists().execute();
}
