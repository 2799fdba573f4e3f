/**
 * Drops `observations_indicator` (plan_id, indicator_code): the unique revision key starts with the
 * same two columns, so every lookup it served is served by that key. A second index on the ledger
 * cost each imported row a quarter of its write time (measured by the `ingest` bench) for nothing.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.dropIndex('observations_indicator').ifExists().execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema
    .createIndex('observations_indicator')
    .ifNotExists()
    .on('observations')
    .columns(['plan_id', 'indicator_code'])
    .execute();
}
