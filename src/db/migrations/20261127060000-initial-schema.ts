/**
 * The initial schema: tenants, plans and their parts, organisation, accounts, responsibility,
 * reporting rounds, the ledger (observations as revisions), attachments and the audit log.
 *
 * Self-contained on purpose (architecture.md rule 4): migrations never import app code, so they keep
 * meaning what they meant when they first ran. Conventions: timestamps are ISO 8601 text (UTC),
 * JSON is text, booleans are 0/1 integers, values are double precision — the same on both dialects.
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

export async function up(db: Db): Promise<void> {
  await table(db, 'tenants')
    .addColumn('code', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await tenant(table(db, 'plans'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('base_year', 'integer', (c) => c.notNull())
    .addColumn('target_year', 'integer', (c) => c.notNull())
    .addColumn('period_start', 'integer', (c) => c.notNull())
    .addColumn('period_end', 'integer', (c) => c.notNull())
    .addColumn('vision_year', 'integer')
    .addColumn('meta_json', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    /** Bumped by every change that can move an evaluation result; keys the evaluation cache. */
    .addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plans_tenant_code', ['tenant_id', 'code'])
    .execute();

  /** Every version of a plan's definition, whole, with who and why (动态修订: nothing overwritten). */
  await tenant(table(db, 'plan_revisions'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('package_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_revisions_version', ['plan_id', 'version'])
    .execute();

  await tenant(table(db, 'outline_nodes'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(64)')
    .addColumn('summary', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('provenance_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('outline_nodes_code', ['plan_id', 'code'])
    .execute();

  await tenant(table(db, 'indicators'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'varchar(20)', (c) => c.notNull())
    .addColumn('category', 'varchar(64)', (c) => c.notNull())
    .addColumn('attribute', 'varchar(16)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('table_no', 'integer')
    .addColumn('chapter_code', 'varchar(64)')
    /** The whole package indicator (baseline, target, cells, provenance, notes). */
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicators_code', ['plan_id', 'code'])
    .execute();

  await tenant(table(db, 'plan_columns'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('chapter_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_columns_code', ['plan_id', 'code'])
    .execute();

  await tenant(table(db, 'projects'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('column_code', 'varchar(64)')
    .addColumn('programme_code', 'varchar(64)')
    .addColumn('chapter_code', 'varchar(64)')
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('projects_code', ['plan_id', 'code'])
    .execute();

  await tenant(table(db, 'org_units'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('named_in_plan', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('org_units_code', ['tenant_id', 'code'])
    .execute();

  await tenant(table(db, 'users'))
    .addColumn('username', 'varchar(64)', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('org_units.id').onDelete('restrict'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_username', ['tenant_id', 'username'])
    .execute();

  /** Server-side sessions; the id is the SHA-256 of the cookie token, so a leaked table opens nothing. */
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('restrict'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  /** Who is responsible (责任单位: 牵头 lead / 配合 co) for an indicator, task or project; revoked, never deleted. */
  await tenant(table(db, 'assignments'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('item_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('item_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('role', 'varchar(8)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_by', 'integer')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('assignments_item')
    .on('assignments')
    .columns(['plan_id', 'item_type', 'item_code'])
    .execute();
  await db.schema.createIndex('assignments_unit').on('assignments').columns(['unit_id', 'plan_id']).execute();

  /** 年度目标 as revisions: the current one is the latest row per (indicator, year). */
  await tenant(table(db, 'annual_targets'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('indicator_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('annual_targets_key')
    .on('annual_targets')
    .columns(['plan_id', 'indicator_code', 'year'])
    .execute();

  /** 填报轮次: a period, the items and units it covers, opening and due dates. */
  await tenant(table(db, 'rounds'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('opens_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('scope_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  /** A unit's obligations in a round, with its own due date (extensions) and reminders. */
  await tenant(table(db, 'round_units'))
    .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id').onDelete('restrict'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reminded_at', 'text')
    .addUniqueConstraint('round_units_key', ['round_id', 'unit_id'])
    .execute();

  /** One report (填报) of a unit for an item in a round; its state machine is in services/report-workflow. */
  await tenant(table(db, 'reports'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id').onDelete('restrict'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('item_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('item_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('measure', 'varchar(8)')
    .addColumn('value', 'double precision')
    .addColumn('progress_percent', 'double precision')
    .addColumn('narrative', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'integer')
    .addColumn('reviewed_at', 'text')
    .addUniqueConstraint('reports_key', ['round_id', 'unit_id', 'item_type', 'item_code'])
    .execute();

  /** Every state of every report: save, submit, approve, return — with who, when and the comment. */
  await tenant(table(db, 'report_revisions'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('restrict'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'varchar(12)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('actor_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_revisions_report').on('report_revisions').column('report_id').execute();

  /**
   * The ledger (台账): every value of every indicator as an appended revision. The current value of
   * (indicator, period, measure) is the latest row of the highest layer: reported > published > demo.
   */
  await tenant(table(db, 'observations'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('indicator_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('measure', 'varchar(8)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('layer', 'varchar(10)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('reason', 'text')
    .addColumn('report_id', 'integer')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('observations_revision', [
      'plan_id',
      'indicator_code',
      'period',
      'measure',
      'layer',
      'revision',
    ])
    .execute();
  await db.schema
    .createIndex('observations_indicator')
    .on('observations')
    .columns(['plan_id', 'indicator_code'])
    .execute();

  await tenant(table(db, 'attachments'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'varchar(128)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(128)', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  /** 情况说明: what a person adds next to a computed result (results themselves are never edited). */
  await tenant(table(db, 'comments'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('item_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('item_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await tenant(table(db, 'audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(128)', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('request_id', 'varchar(64)')
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const name of [
    'audit_log',
    'comments',
    'attachments',
    'observations',
    'report_revisions',
    'reports',
    'round_units',
    'rounds',
    'annual_targets',
    'assignments',
    'sessions',
    'users',
    'org_units',
    'projects',
    'plan_columns',
    'indicators',
    'outline_nodes',
    'plan_revisions',
    'plans',
    'tenants',
  ]) {
    await db.schema.dropTable(name).ifExists().execute();
  }
}
