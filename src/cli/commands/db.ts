/**
 * `lantu db migrate|status` — run or inspect the database migrations of LANTU_DB.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { listMigrations, migrateDatabase, withDatabase } from '../../services/system/database-lifecycle';
import { print } from '../context';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('数据库 / database');
  db.command('migrate')
    .description('执行未执行的迁移 / run pending migrations')
    .action(async () => {
      await withDatabase(loadConfig().LANTU_DB, async (database) => {
        const results = await migrateDatabase(database);
        print(
          results.length === 0
            ? '已是最新 / up to date'
            : results.map((r) => `${r.status}: ${r.migrationName}`).join('\n'),
        );
      });
    });
  db.command('status')
    .description('列出迁移及其执行时间 / list migrations and when they ran')
    .action(async () => {
      await withDatabase(loadConfig().LANTU_DB, async (database) => {
        for (const m of await listMigrations(database)) {
          print(`${m.executedAt ? m.executedAt.toISOString() : '未执行 pending'}  ${m.name}`);
        }
      });
    });
}
