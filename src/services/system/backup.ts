/**
 * Backup, restore and moving a deployment between databases. A backup is a consistent snapshot taken
 * inside one read transaction (repeatable read on PostgreSQL; on SQLite the single connection holds
 * writers back for the moment it takes), written in the portable format of io/backup.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql, type Transaction } from 'kysely';
import { DomainError } from '../../contracts/domain-error';
import type { Database } from '../../db/connection';
import { migrationStatus } from '../../db/migrate';
import { privateDir, privateFile, writePrivateFile } from '../../db/private-files';
import type { DB } from '../../db/schema';
import { BackupWriter, readBackup } from '../../io/backup/backup-file';

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

type Table = (typeof backedUpTables)[number];

async function lastMigration(db: Kysely<DB>): Promise<string> {
  const done = (await migrationStatus(db)).filter((m) => m.executedAt !== undefined);
  return done.at(-1)?.name ?? '';
}

async function snapshot<T>(database: Database, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  const tx = database.db.transaction();
  return database.dialect === 'postgres'
    ? tx.setIsolationLevel('repeatable read').execute(fn)
    : tx.execute(fn);
}

async function rows(tx: Transaction<DB>, table: Table): Promise<Record<string, unknown>[]> {
  return (await tx.selectFrom(table).selectAll().orderBy('id').execute()) as Record<string, unknown>[];
}

export interface BackupSummary {
  rows: Record<string, number>;
  files: number;
}

export interface BackupResult extends BackupSummary {
  /** The data hash of the snapshot written — what `dataHash` gives after restoring this file. */
  hash: string;
}

/**
 * The data hash, fed row by row and file by file, so a backup can hash exactly what it writes while
 * it writes it. Files are hashed on their own and sorted by tenant and key at the end: a snapshot's
 * files arrive in attachment order, a folder's in name order, and both must give the same hash.
 */
class Fingerprint {
  private readonly hash = createHash('sha256');
  private readonly files: string[] = [];

  table(name: string): void {
    this.hash.update(`#${name}\n`);
  }

  row(row: Record<string, unknown>): void {
    const keys = Object.keys(row).sort();
    this.hash.update(`${JSON.stringify(keys.map((k) => [k, row[k]]))}\n`);
  }

  file(tenant: string, key: string, bytes: Buffer): void {
    this.files.push(`file ${tenant}/${key} ${createHash('sha256').update(bytes).digest('hex')}\n`);
  }

  digest(): string {
    for (const line of this.files.sort()) this.hash.update(line);
    return this.hash.digest('hex');
  }
}

export async function backupTo(
  database: Database,
  dataDir: string,
  path: string,
  clock: () => Date,
): Promise<BackupResult> {
  // Owner-only from the first byte: a backup holds password hashes and evidence.
  privateFile(path);
  const writer = new BackupWriter(path);
  const summary: BackupSummary = { rows: {}, files: 0 };
  const fingerprint = new Fingerprint();
  try {
    const migration = await lastMigration(database.db);
    await writer.write({
      kind: 'header',
      header: {
        format: 'lantu-backup',
        formatVersion: 1,
        createdAt: clock().toISOString(),
        migration,
        dialect: database.dialect,
        tables: [...backedUpTables],
      },
    });
    await snapshot(database, async (tx) => {
      for (const table of backedUpTables) {
        const list = await rows(tx, table);
        summary.rows[table] = list.length;
        fingerprint.table(table);
        for (const row of list) {
          fingerprint.row(row);
          await writer.write({ kind: 'row', table, row });
        }
      }
      // Evidence files named in the snapshot, read while it is held, so rows and files agree.
      for (const a of (await tx.selectFrom('attachments').select(['tenant_id', 'storage_key']).execute()) as {
        tenant_id: number;
        storage_key: string;
      }[]) {
        const file = join(dataDir, 'uploads', String(a.tenant_id), a.storage_key);
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        fingerprint.file(String(a.tenant_id), a.storage_key, bytes);
        await writer.write({
          kind: 'file',
          tenantId: a.tenant_id,
          key: a.storage_key,
          base64: bytes.toString('base64'),
        });
        summary.files += 1;
      }
    });
  } finally {
    await writer.close();
  }
  return { ...summary, hash: fingerprint.digest() };
}

async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db
    .selectFrom('tenants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/** Restores into an empty, migrated database, keeping every id; one transaction, all or nothing. */
export async function restoreFrom(database: Database, dataDir: string, path: string): Promise<BackupSummary> {
  if (!(await isEmpty(database.db))) {
    throw new DomainError('restore_target_not_empty', {
      zh: '目标数据库不是空的;请恢复到新建的数据库',
      en: 'the target database is not empty; restore into a new database',
    });
  }
  const summary: BackupSummary = { rows: {}, files: 0 };
  const migration = await lastMigration(database.db);
  const files: { tenantId: number; key: string; base64: string }[] = [];
  await database.db.transaction().execute(async (tx) => {
    // Rows arrive table by table in foreign-key order; insert them in batches of 200.
    let table: Table | null = null;
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (table && batch.length > 0)
        await tx
          .insertInto(table)
          .values(batch as never)
          .execute();
      batch = [];
    };
    for await (const line of readBackup(path)) {
      if (line.kind === 'header') {
        if (line.header.format !== 'lantu-backup' || line.header.migration !== migration) {
          throw new DomainError('backup_incompatible', {
            zh: `备份文件的数据库版本(${line.header.migration})与当前(${migration})不同`,
            en: `the backup's schema version (${line.header.migration}) differs from this database's (${migration})`,
          });
        }
      } else if (line.kind === 'row') {
        if (!(backedUpTables as readonly string[]).includes(line.table)) {
          throw new DomainError('backup_incompatible', {
            zh: `备份中有未知数据表 ${line.table}`,
            en: `unknown table ${line.table} in the backup`,
          });
        }
        if (line.table !== table) {
          await flush();
          table = line.table as Table;
        }
        batch.push(line.row);
        summary.rows[line.table] = (summary.rows[line.table] ?? 0) + 1;
        if (batch.length >= 200) await flush();
      } else {
        files.push(line);
      }
    }
    await flush();
    if (database.dialect === 'postgres') {
      // Identity columns continue after the restored ids.
      for (const table of backedUpTables) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
          tx,
        );
      }
    }
  });
  for (const f of files) {
    const dir = join(dataDir, 'uploads', String(f.tenantId));
    privateDir(dir);
    writePrivateFile(join(dir, f.key), Buffer.from(f.base64, 'base64'));
    summary.files += 1;
  }
  return summary;
}

/**
 * A fingerprint of everything a backup holds, independent of dialect: equal hashes mean the data
 * are identical (restore and migrate-data are checked with it).
 */
export async function dataHash(database: Database, dataDir: string): Promise<string> {
  const fingerprint = new Fingerprint();
  await snapshot(database, async (tx) => {
    for (const table of backedUpTables) {
      fingerprint.table(table);
      for (const row of await rows(tx, table)) fingerprint.row(row);
    }
  });
  const uploads = join(dataDir, 'uploads');
  if (existsSync(uploads)) {
    for (const tenant of readdirSync(uploads)) {
      for (const key of readdirSync(join(uploads, tenant))) {
        if (key.endsWith('.part')) continue;
        fingerprint.file(tenant, key, readFileSync(join(uploads, tenant, key)));
      }
    }
  }
  return fingerprint.digest();
}
