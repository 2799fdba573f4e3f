/**
 * `reports.based_on_revision`: the ledger revision of the report's key (indicator, period, measure,
 * layer `reported`) when the unit submitted it. Approval compares it with the ledger's latest, so an
 * office correction recorded after the submission is never silently replaced by the older figure.
 * Reports already submitted are taken as based on the ledger as it stands (what approval assumed
 * until now); drafts get theirs when they are submitted.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('reports').addColumn('based_on_revision', 'integer').execute();
  await sql`
    update reports set based_on_revision = (
      select coalesce(max(o.revision), 0) from observations o
      where o.tenant_id = reports.tenant_id and o.plan_id = reports.plan_id
        and o.indicator_code = reports.item_code and o.period = reports.period
        and o.measure = reports.measure and o.layer = 'reported'
    )
    where status = 'submitted' and item_type = 'indicator' and measure is not null
  `.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('reports').dropColumn('based_on_revision').execute();
}
