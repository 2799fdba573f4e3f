/**
 * Plan drafts (docs/plan-import.md): a plan read from its document, under review before it becomes a
 * plan. The head row holds what does not change (source, document lines) and the current revision;
 * every save of the reviewed candidates is a new revision row, so no edit is overwritten.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
}

function withId(db: Db, name: string) {
  const table = db.schema.createTable(name);
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export async function up(db: Db): Promise<void> {
  await withId(db, 'plan_drafts')
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('plan_id', 'integer', (c) => c.references('plans.id').onDelete('restrict'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'integer')
    .addColumn('published_at', 'text')
    .execute();
  await withId(db, 'plan_draft_revisions')
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('draft_id', 'integer', (c) => c.notNull().references('plan_drafts.id').onDelete('restrict'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('candidates', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_draft_revisions_revision', ['draft_id', 'revision'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('plan_draft_revisions').ifExists().execute();
  await db.schema.dropTable('plan_drafts').ifExists().execute();
}
