/**
 * The whole database as a backup sees it: every table in foreign-key order, read inside one snapshot
 * (repeatable read on PostgreSQL; on SQLite the single connection holds writers back for the moment it
 * takes), and written back into an empty database in one transaction, keeping every id.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../connection';
import { continueIdentity } from '../dialect';
import { migrationStatus } from '../migrate';
import type { DB } from '../schema';

/** Tables in foreign-key order. Sessions are left out: a restored system starts signed out. */
export const backedUpTables = [
  'tenants',
  'plans',
  'plan_revisions',
  'outline_nodes',
  'indicators',
  'plan_columns',
  // Before projects: a project's park (park_unit_id) is a unit.
  'org_units',
  'projects',
  'users',
  'assignments',
  'annual_targets',
  'rounds',
  'round_units',
  'reports',
  'report_revisions',
  'observations',
  'attachments',
  'comments',
  'project_revisions',
  'project_stage_moves',
  'project_annual_plans',
  'project_investments',
  'project_milestones',
  'project_problems',
  'project_problem_events',
  'plan_tasks',
  'task_reports',
  'task_contributions',
  'task_judgements',
  'task_supervisions',
  'task_supervision_events',
  'evidence_links',
  'report_narratives',
  'plan_drafts',
  'plan_draft_revisions',
  'audit_log',
] as const satisfies readonly (keyof DB)[];

export type BackedUpTable = (typeof backedUpTables)[number];

export function isBackedUpTable(name: string): name is BackedUpTable {
  return (backedUpTables as readonly string[]).includes(name);
}

export interface SnapshotReader {
  /** Every row of a table, by id. */
  rows(table: BackedUpTable): Promise<Record<string, unknown>[]>;
  /** The evidence files the snapshot names, so rows and files agree. */
  attachmentFiles(): Promise<{ tenant_id: number; storage_key: string }[]>;
}

export class SnapshotRepository {
  constructor(private readonly database: Database) {}

  /** The name of the last migration run: a backup restores only into the same schema version. */
  async lastMigration(): Promise<string> {
    const done = (await migrationStatus(this.database.db)).filter((m) => m.executedAt !== undefined);
    return done.at(-1)?.name ?? '';
  }

  async read<T>(fn: (reader: SnapshotReader) => Promise<T>): Promise<T> {
    const tx = this.database.db.transaction();
    const run = (t: Transaction<DB>) =>
      fn({
        rows: async (table) =>
          (await t.selectFrom(table).selectAll().orderBy('id').execute()) as Record<string, unknown>[],
        attachmentFiles: () => t.selectFrom('attachments').select(['tenant_id', 'storage_key']).execute(),
      });
    return this.database.dialect === 'postgres'
      ? tx.setIsolationLevel('repeatable read').execute(run)
      : tx.execute(run);
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.database.db
      .selectFrom('tenants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n) === 0;
  }

  /**
   * Runs `fn` in one transaction with an insert of rows as they are (ids included); afterwards every
   * table's identity continues after the restored ids. All or nothing.
   */
  async restore(
    fn: (insert: (table: BackedUpTable, rows: Record<string, unknown>[]) => Promise<void>) => Promise<void>,
  ) {
    await this.database.db.transaction().execute(async (tx) => {
      await fn(async (table, rows) => {
        await tx
          .insertInto(table)
          .values(rows as never)
          .execute();
      });
      for (const table of backedUpTables) await continueIdentity(tx, this.database.dialect, table);
    });
  }
}
