/**
 * 重点任务 and 督查督办 (docs/tasks.md): the plan's tasks with their units and period; the task ledger
 * (every save, submission, approval and return of a unit's progress report as a revision); co-units'
 * parts; the office's own judgement, as revisions; 督办单 and every step of their loop; evidence
 * links, so one attachment serves a task, an indicator value and a project at once.
 *
 * Self-contained (architecture.md rule 4), with the conventions of the initial schema: ISO text
 * timestamps, YYYY-MM-DD dates, JSON as text, one pair of who/when columns on every revision.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
}

/** Column names are checked by the database, not by the builder's types. */
type Builder = CreateTableBuilder<string, string>;

function table(db: Db, name: string): Builder {
  const t = db.schema.createTable(name);
  return isPostgres(db)
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

const task = (t: Builder): Builder =>
  t
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('task_code', 'varchar(64)', (c) => c.notNull());

const who = (t: Builder): Builder =>
  t.addColumn('created_by', 'integer').addColumn('created_at', 'text', (c) => c.notNull());

export async function up(db: Db): Promise<void> {
  /** The plan's tasks as loaded from tasks.json; definition_json keeps the whole entry. */
  await who(task(table(db, 'plan_tasks')))
    .addColumn('chapter_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('lead_unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('co_units_json', 'text', (c) => c.notNull())
    .addColumn('start_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_tasks_code', ['plan_id', 'task_code'])
    .execute();

  /** The task ledger: the lead unit's report of a period, each change a new revision. */
  await who(task(table(db, 'task_reports')))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('action', 'varchar(10)', (c) => c.notNull())
    .addColumn('state', 'varchar(10)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('done_text', 'text', (c) => c.notNull())
    .addColumn('percent', 'double precision', (c) => c.notNull())
    .addColumn('unit_status', 'varchar(12)', (c) => c.notNull())
    .addColumn('problems', 'text')
    .addColumn('next_steps', 'text')
    .addColumn('lower_reason', 'text')
    .addColumn('evidence_json', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addUniqueConstraint('task_reports_revision', ['plan_id', 'task_code', 'period', 'revision'])
    .execute();

  /** A co-unit's part of a period's report (配合单位), appended. */
  await who(task(table(db, 'task_contributions')))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('task_contributions_task')
    .on('task_contributions')
    .columns(['plan_id', 'task_code', 'period'])
    .execute();

  /** The plan office's own judgement over the unit's status, as revisions. */
  await who(task(table(db, 'task_judgements')))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('task_judgements_task')
    .on('task_judgements')
    .columns(['plan_id', 'task_code', 'period'])
    .execute();

  /** 督办单 to a task's lead unit with a reply deadline; closed (销号) once. */
  await who(task(table(db, 'task_supervisions')))
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('reply_due', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('task_supervisions_task')
    .on('task_supervisions')
    .columns(['plan_id', 'task_code'])
    .execute();

  /** Every step of a 督办单: issue, reply, extend, close, dated, with who. */
  await who(table(db, 'task_supervision_events'))
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('supervision_id', 'integer', (c) =>
      c.notNull().references('task_supervisions.id').onDelete('restrict'),
    )
    .addColumn('action', 'varchar(10)', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('due_on', 'varchar(10)')
    .addColumn('on_date', 'varchar(10)', (c) => c.notNull())
    .execute();

  /** One attachment, many uses: a task report, an indicator value, a project — linked, not copied. */
  await who(table(db, 'evidence_links'))
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('attachment_id', 'integer', (c) =>
      c.notNull().references('attachments.id').onDelete('restrict'),
    )
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('item_type', 'varchar(10)', (c) => c.notNull())
    .addColumn('item_code', 'varchar(64)', (c) => c.notNull())
    .addUniqueConstraint('evidence_links_item', ['attachment_id', 'plan_id', 'item_type', 'item_code'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const name of [
    'evidence_links',
    'task_supervision_events',
    'task_supervisions',
    'task_judgements',
    'task_contributions',
    'task_reports',
    'plan_tasks',
  ]) {
    await db.schema.dropTable(name).ifExists().execute();
  }
}
