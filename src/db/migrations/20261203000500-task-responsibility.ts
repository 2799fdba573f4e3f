/**
 * Changes of a task's responsibility (docs/tasks.md §5): a 分工方案 that came back with another lead
 * unit, other co-units or another deadline, applied by the plan office with its reason. plan_tasks
 * keeps the package's entry as loaded; each change is a revision here and the newest one is in force,
 * so nothing the package said is overwritten.
 *
 * Self-contained (architecture.md rule 4), with the conventions of the initial schema.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
}

export async function up(db: Db): Promise<void> {
  const t = db.schema.createTable('task_responsibility_changes');
  await (isPostgres(db)
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('task_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('lead_unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('co_units_json', 'text', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    /** Where the change came from: `division` (an uploaded 分工方案). */
    .addColumn('source', 'varchar(12)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('task_responsibility_revision', ['plan_id', 'task_code', 'revision'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('task_responsibility_changes').ifExists().execute();
}
