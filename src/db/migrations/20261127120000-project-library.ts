/**
 * The major-project library (项目为王, docs/projects.md): the attributes a project is managed by,
 * added to `projects` (the plan's own projects are already there); the revisions of those attributes;
 * the dated stage history; annual investment plans as revisions; the investment ledger (1–N月累计 as
 * appended revisions); milestones; problems to co-ordinate and every step of their 督办.
 *
 * Self-contained (architecture.md rule 4), with the conventions of the initial schema: ISO text
 * timestamps and YYYY-MM-DD dates, JSON as text, values in double precision (万元).
 * SQLite adds one column per ALTER TABLE statement, so each column is its own statement.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> by design
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
}

function table(db: Db, name: string): CreateTableBuilder<string, 'id'> {
  const t = db.schema.createTable(name);
  return isPostgres(db)
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

const tenant = (t: CreateTableBuilder<string, 'id'>) =>
  t.addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'));

const plan = (t: CreateTableBuilder<string, 'id'>) =>
  t
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('project_code', 'varchar(64)', (c) => c.notNull());

export async function up(db: Db): Promise<void> {
  const projects = () => db.schema.alterTable('projects');
  /** `plan`: named by the plan's columns; `added`: added to the library later. */
  await projects()
    .addColumn('origin', 'varchar(8)', (c) => c.notNull().defaultTo('plan'))
    .execute();
  await projects()
    .addColumn('stage', 'varchar(20)', (c) => c.notNull().defaultTo('conceived'))
    .execute();
  /** 包保领导, free text. */
  await projects().addColumn('leader', 'text').execute();
  await projects()
    .addColumn('park_unit_id', 'integer', (c) => c.references('org_units.id').onDelete('restrict'))
    .execute();
  await projects().addColumn('chain', 'varchar(20)').execute();
  /** 业主单位 (the owner enterprise), free text. */
  await projects().addColumn('owner', 'text').execute();
  /** 建设性质 new | continued | expansion. */
  await projects().addColumn('nature', 'varchar(12)').execute();
  /** 投资主体 government | market | mixed. */
  await projects().addColumn('investor', 'varchar(12)').execute();
  /** 总投资, 万元. */
  await projects().addColumn('total_investment', 'double precision').execute();
  await projects().addColumn('planned_start', 'varchar(10)').execute();
  await projects().addColumn('planned_finish', 'varchar(10)').execute();
  await projects().addColumn('updated_by', 'integer').execute();
  await projects().addColumn('updated_at', 'text').execute();

  /** Every version of a project's attributes, whole, with who and why. */
  await plan(tenant(table(db, 'project_revisions')))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_revisions_version', ['plan_id', 'project_code', 'version'])
    .execute();

  /** The stage history: every move, dated, with who and why; from_stage null records a creation. */
  await plan(tenant(table(db, 'project_stage_moves')))
    .addColumn('from_stage', 'varchar(20)')
    .addColumn('to_stage', 'varchar(20)', (c) => c.notNull())
    .addColumn('moved_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_stage_moves_project')
    .on('project_stage_moves')
    .columns(['plan_id', 'project_code'])
    .execute();

  /** 年度计划投资 as revisions: the current plan of (project, year) is the latest row. */
  await plan(tenant(table(db, 'project_annual_plans')))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_annual_plans_key')
    .on('project_annual_plans')
    .columns(['plan_id', 'project_code', 'year'])
    .execute();

  /**
   * The investment ledger: 1–N月累计完成投资 (万元) of a month as appended revisions, with the
   * 形象进度 reported with it; the current value of (project, month) is its latest revision.
   */
  await plan(tenant(table(db, 'project_investments')))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('progress', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('reason', 'text')
    .addColumn('report_id', 'integer')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_investments_revision', ['plan_id', 'project_code', 'period', 'revision'])
    .execute();

  /** 节点: planned and actual dates, the unit responsible. */
  await plan(tenant(table(db, 'project_milestones')))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('planned_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('actual_on', 'varchar(10)')
    .addColumn('unit_id', 'integer', (c) => c.references('org_units.id').onDelete('restrict'))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_milestones_project')
    .on('project_milestones')
    .columns(['plan_id', 'project_code'])
    .execute();

  /** 存在问题 / 需协调事项 under 督办: raised, assigned with a deadline, answered, closed (销号). */
  await plan(tenant(table(db, 'project_problems')))
    .addColumn('category', 'varchar(16)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('raised_unit_id', 'integer', (c) => c.references('org_units.id').onDelete('restrict'))
    .addColumn('raised_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('assigned_unit_id', 'integer', (c) => c.references('org_units.id').onDelete('restrict'))
    .addColumn('due_on', 'varchar(10)')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_problems_project')
    .on('project_problems')
    .columns(['plan_id', 'project_code'])
    .execute();

  /** Every step of a problem's 督办 loop, dated, with who. */
  await tenant(table(db, 'project_problem_events'))
    .addColumn('problem_id', 'integer', (c) =>
      c.notNull().references('project_problems.id').onDelete('restrict'),
    )
    .addColumn('action', 'varchar(10)', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('unit_id', 'integer', (c) => c.references('org_units.id').onDelete('restrict'))
    .addColumn('due_on', 'varchar(10)')
    .addColumn('on_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_problem_events_problem')
    .on('project_problem_events')
    .column('problem_id')
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const name of [
    'project_problem_events',
    'project_problems',
    'project_milestones',
    'project_investments',
    'project_annual_plans',
    'project_stage_moves',
    'project_revisions',
  ]) {
    await db.schema.dropTable(name).ifExists().execute();
  }
  for (const column of [
    'updated_at',
    'updated_by',
    'planned_finish',
    'planned_start',
    'total_investment',
    'investor',
    'nature',
    'owner',
    'chain',
    'park_unit_id',
    'leader',
    'stage',
    'origin',
  ]) {
    await db.schema.alterTable('projects').dropColumn(column).execute();
  }
}
