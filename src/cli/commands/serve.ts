/**
 * `lantu serve` (npm start): the Lantu server on LANTU_PORT with the bundled Hebi plan loaded.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { startServer } from '../../server/runtime';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .option('--no-migrate', '启动时不执行数据库迁移 / do not migrate the database at start-up')
    .description('启动 Lantu 服务 / start the Lantu server')
    .action(async (opts: { migrate: boolean }) => {
      const config = loadConfig();
      const running = await startServer(config, { migrate: opts.migrate });
      const line = '─'.repeat(60);
      process.stdout.write(`\n${line}\n蓝图 Lantu 已启动 / is running: ${running.url}\n`);
      process.stdout.write(`数据库 / database: ${running.database.dialect}\n`);
      if (running.boot.plansLoaded.length > 0) {
        process.stdout.write(`已载入规划 / plans loaded: ${running.boot.plansLoaded.join(', ')}\n`);
      }
      if (running.boot.adminPassword) {
        // Shown once, on the start that created the account; it is not stored anywhere in clear.
        process.stdout.write(
          `\n管理员账号 / administrator: admin\n一次性初始密码 / one-time password: ${running.boot.adminPassword}\n` +
            '首次登录后必须修改 / you must change it at first sign-in\n',
        );
      }
      process.stdout.write(`${line}\n`);
      const stop = async () => {
        await running.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
