/**
 * Runs migrations at start-up and from `lantu db migrate|status`. Kysely's Migrator takes a lock
 * (a lock table, and on PostgreSQL a table lock), so two servers starting together migrate once.
 */
import { type Kysely, type MigrationInfo, type MigrationResult, Migrator } from 'kysely';
import { migrations } from './migrations';
import type { DB } from './schema';

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'lantu_migration',
    migrationLockTableName: 'lantu_migration_lock',
  });
}

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResult[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}

export async function migrationStatus(db: Kysely<DB>): Promise<readonly MigrationInfo[]> {
  return migrator(db).getMigrations();
}
