/**
 * `lantu backup <file>`, `lantu restore <file>`, `lantu migrate-data --from … --to …` — snapshots and
 * moving a deployment between SQLite and PostgreSQL (docs/deploy.md).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { backupTo, dataHash, restoreFrom } from '../../services/system/backup';
import { migrateDatabase, withDatabase } from '../../services/system/database-lifecycle';
import { print } from '../context';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .argument('<file>', '备份文件 / backup file (.lantu.gz)')
    .description('在线一致性备份(服务运行时也可执行)/ consistent online backup, also while serving')
    .action(async (file: string) => {
      const config = loadConfig();
      await withDatabase(config.LANTU_DB, async (database) => {
        const summary = await backupTo(
          database,
          resolve(config.LANTU_DATA_DIR),
          resolve(file),
          () => new Date(),
        );
        const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
        print(`已备份 / backed up: ${rows} 行 rows, ${summary.files} 个附件 files → ${resolve(file)}`);
        // The snapshot's own hash: the live database may already have moved on.
        print(`数据指纹 / data hash: ${summary.hash}`);
      });
    });

  program
    .command('restore')
    .argument('<file>', '备份文件 / backup file')
    .description('恢复到空数据库(LANTU_DB)/ restore into an empty database (LANTU_DB)')
    .action(async (file: string) => {
      const config = loadConfig();
      await withDatabase(config.LANTU_DB, async (database) => {
        await migrateDatabase(database);
        const summary = await restoreFrom(database, resolve(config.LANTU_DATA_DIR), resolve(file));
        const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
        print(`已恢复 / restored: ${rows} 行 rows, ${summary.files} 个附件 files`);
        print(`数据指纹 / data hash: ${await dataHash(database, resolve(config.LANTU_DATA_DIR))}`);
      });
    });

  program
    .command('migrate-data')
    .requiredOption('--from <url>', '源数据库 / source (sqlite:… or postgres://…)')
    .requiredOption('--to <url>', '目标空数据库 / empty target database')
    .description(
      '整体迁移到另一数据库(如 SQLite → PostgreSQL),并核对数据指纹 / move everything and check the hash',
    )
    .action(async (opts: { from: string; to: string }) => {
      const dataDir = resolve(loadConfig().LANTU_DATA_DIR);
      const scratch = mkdtempSync(join(tmpdir(), 'lantu-move-'));
      try {
        await withDatabase(opts.from, (source) =>
          withDatabase(opts.to, async (target) => {
            await migrateDatabase(source);
            await migrateDatabase(target);
            const file = join(scratch, 'move.lantu.gz');
            // The snapshot's hash, not the source's now: the source may be serving writes meanwhile.
            const before = (await backupTo(source, dataDir, file, () => new Date())).hash;
            await restoreFrom(target, dataDir, file);
            const after = await dataHash(target, dataDir);
            print(`源 source ${before}\n目标 target ${after}`);
            if (before !== after) {
              process.exitCode = 1;
              print('数据指纹不一致 / the hashes differ');
            } else {
              print('迁移完成,数据一致 / moved, data identical');
            }
          }),
        );
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
}
