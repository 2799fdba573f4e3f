/**
 * The operator at the command line acts on the database directly, as an administrator named "cli"
 * in the audit log. Opening the database also migrates it and runs the first-start bootstrap, the
 * same way the server does.
 */
import { resolve } from 'node:path';
import { type Config, loadConfig } from '../config';
import { DomainError } from '../contracts/domain-error';
import { type Database, openDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { TenantRepository } from '../db/repositories/tenant-repository';
import type { ServiceContext } from '../services/context';

export interface Operator {
  config: Config;
  database: Database;
  ctx: ServiceContext;
  dataDir: string;
}

export async function withOperator<T>(fn: (op: Operator) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.LANTU_DB);
  try {
    await migrateToLatest(database.db);
    const tenant = await new TenantRepository(database.db).findByCode('default');
    if (!tenant) {
      throw new DomainError('not_initialised', {
        zh: '数据库尚未初始化,请先运行 lantu serve(npm start)一次',
        en: 'the database is not initialised; run lantu serve (npm start) once first',
      });
    }
    const ctx: ServiceContext = {
      database,
      tenantId: tenant.id,
      actor: { id: 0, username: 'cli', displayName: '命令行 / command line', role: 'admin', unitId: null },
      requestId: 'cli',
      clock: () => new Date(),
    };
    return await fn({ config, database, ctx, dataDir: resolve(config.LANTU_DATA_DIR) });
  } finally {
    await database.close();
  }
}
