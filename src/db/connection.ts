/**
 * Opens the database named by LANTU_DB: an SQLite file (default) or PostgreSQL. The rest of Lantu
 * sees one Kysely<DB> and never asks which one it is, except through dialect.ts.
 */
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect';
import { keepPrivate, privateDir, privateFile } from './private-files';
import type { DB } from './schema';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The SQLite file, for backups; null on PostgreSQL. */
  sqlitePath: string | null;
  /**
   * The raw better-sqlite3 handle, for the few bulk paths where Kysely's per-statement cost dominates
   * (importing a million rows). It is the same single connection Kysely uses, so raw statements run
   * inside Kysely's open transaction. null on PostgreSQL.
   */
  sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

/** pg returns NUMERIC and bigint (count(*), sum) as strings; Lantu's numbers are JS numbers everywhere. */
function pgTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(20, (v: string) => Number(v)); // int8
  types.setTypeParser(1700, (v: string) => Number(v)); // numeric
  return types;
}

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, so its migrator would
 * run each migration unprotected: a process killed half way through would leave half a schema that
 * no later start can migrate. Saying so makes every migration run, and be recorded, atomically.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class LantuSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** One round trip to the database: the health check's proof that it answers. */
export async function pingDatabase(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}

export function openDatabase(url: string): Database {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes() });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', sqlitePath: null, sqlite: null, close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:/, '');
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') {
    // Owner-only before SQLite opens it: SQLite gives -wal and -shm the mode of the database file.
    privateDir(dirname(path));
    privateFile(path);
  }
  const sqlite = new BetterSqlite3(path);
  // WAL: readers never block the writer; NORMAL sync is durable against a process crash (kill -9),
  // which is the failure a plain office server sees; busy_timeout rides out a concurrent backup.
  sqlite.pragma('journal_mode = WAL');
  if (path !== ':memory:') for (const suffix of ['-wal', '-shm']) keepPrivate(`${path}${suffix}`);
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new LantuSqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    sqlitePath: path === ':memory:' ? null : path,
    sqlite,
    close: () => db.destroy(),
  };
}
