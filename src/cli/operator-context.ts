/**
 * The operator at the command line acts on the database directly, as an administrator named "cli"
 * in the audit log. Opening the database also migrates it, the same way the server does.
 */
import { resolve } from 'node:path';
import { type Config, loadConfig } from '../config';
import type { ServiceContext } from '../services/context';
import { migrateDatabase, operatorContext, withDatabase } from '../services/system/database-lifecycle';

export interface Operator {
  config: Config;
  database: ServiceContext['database'];
  ctx: ServiceContext;
  dataDir: string;
}

export async function withOperator<T>(fn: (op: Operator) => Promise<T>): Promise<T> {
  const config = loadConfig();
  return withDatabase(config.LANTU_DB, async (database) => {
    await migrateDatabase(database);
    const ctx = await operatorContext(database, () => new Date());
    return fn({ config, database, ctx, dataDir: resolve(config.LANTU_DATA_DIR) });
  });
}
