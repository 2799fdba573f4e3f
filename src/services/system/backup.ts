/**
 * Backup, restore and moving a deployment between databases. A backup is a consistent snapshot taken
 * inside one read transaction (repeatable read on PostgreSQL; on SQLite the single connection holds
 * writers back for the moment it takes), written in the portable format of io/backup.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../contracts/domain-error';
import type { Database } from '../../db/connection';
import { privateDir, privateFile, writePrivateFile } from '../../db/private-files';
import {
  type BackedUpTable,
  backedUpTables,
  isBackedUpTable,
  SnapshotRepository,
} from '../../db/repositories/snapshot-repository';
import { BackupWriter, readBackup } from '../../io/backup/backup-file';

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
    const snapshots = new SnapshotRepository(database);
    const migration = await snapshots.lastMigration();
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
    await snapshots.read(async (snapshot) => {
      for (const table of backedUpTables) {
        const list = await snapshot.rows(table);
        summary.rows[table] = list.length;
        fingerprint.table(table);
        for (const row of list) {
          fingerprint.row(row);
          await writer.write({ kind: 'row', table, row });
        }
      }
      // Evidence files named in the snapshot, read while it is held, so rows and files agree.
      for (const a of await snapshot.attachmentFiles()) {
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

/** Restores into an empty, migrated database, keeping every id; one transaction, all or nothing. */
export async function restoreFrom(database: Database, dataDir: string, path: string): Promise<BackupSummary> {
  const snapshots = new SnapshotRepository(database);
  if (!(await snapshots.isEmpty())) {
    throw new DomainError('restore_target_not_empty', {
      zh: '目标数据库不是空的;请恢复到新建的数据库',
      en: 'the target database is not empty; restore into a new database',
    });
  }
  const summary: BackupSummary = { rows: {}, files: 0 };
  const migration = await snapshots.lastMigration();
  const files: { tenantId: number; key: string; base64: string }[] = [];
  await snapshots.restore(async (insert) => {
    // Rows arrive table by table in foreign-key order; insert them in batches of 200.
    let table: BackedUpTable | null = null;
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (table && batch.length > 0) await insert(table, batch);
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
        if (!isBackedUpTable(line.table)) {
          throw new DomainError('backup_incompatible', {
            zh: `备份中有未知数据表 ${line.table}`,
            en: `unknown table ${line.table} in the backup`,
          });
        }
        if (line.table !== table) {
          await flush();
          table = line.table;
        }
        batch.push(line.row);
        summary.rows[line.table] = (summary.rows[line.table] ?? 0) + 1;
        if (batch.length >= 200) await flush();
      } else {
        files.push(line);
      }
    }
    await flush();
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
  await new SnapshotRepository(database).read(async (snapshot) => {
    for (const table of backedUpTables) {
      fingerprint.table(table);
      for (const row of await snapshot.rows(table)) fingerprint.row(row);
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
