/**
 * Opening, migrating and closing a database for an operator's command, and the context the operator
 * acts in: the faces (CLI, server start-up) call these instead of reaching into db/ themselves.
 */
import { DomainError } from '../../contracts/domain-error';
import { type Database, openDatabase, pingDatabase } from '../../db/connection';
import { migrateToLatest, migrationStatus } from '../../db/migrate';
import { TenantRepository } from '../../db/repositories/tenant-repository';
import type { ServiceContext } from '../context';

/** Opens the database at `url`, runs `fn` and closes the database whatever happens. */
export async function withDatabase<T>(url: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(url);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Runs the pending migrations; one line per migration run (empty when up to date). */
export async function migrateDatabase(
  database: Database,
): Promise<{ status: string; migrationName: string }[]> {
  return migrateToLatest(database.db);
}

/** Every migration with the time it ran, or none when pending. */
export async function listMigrations(database: Database): Promise<{ name: string; executedAt?: Date }[]> {
  return [...(await migrationStatus(database.db))];
}

/**
 * The operator at the command line acts as an administrator named "cli" in the audit log, in the
 * default tenant that the first start of the server created.
 */
export async function operatorContext(database: Database, clock: () => Date): Promise<ServiceContext> {
  const tenant = await new TenantRepository(database.db).findByCode('default');
  if (!tenant) {
    throw new DomainError('not_initialised', {
      zh: '数据库尚未初始化,请先运行 lantu serve(npm start)一次',
      en: 'the database is not initialised; run lantu serve (npm start) once first',
    });
  }
  return {
    database,
    tenantId: tenant.id,
    actor: { id: 0, username: 'cli', displayName: '命令行 / command line', role: 'admin', unitId: null },
    requestId: 'cli',
    clock,
  };
}

/** The server's health: the database answers, and which dialect it speaks. */
export async function health(ctx: ServiceContext): Promise<{ status: 'ok'; database: Database['dialect'] }> {
  await pingDatabase(ctx.database);
  return { status: 'ok', database: ctx.database.dialect };
}
