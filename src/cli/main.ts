/**
 * `lantu` — the command line of Lantu (蓝图). One file per noun under commands/.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerBackupCommands } from './commands/backup';
import { registerDbCommands } from './commands/db';
import { registerEvalCommand } from './commands/eval';
import { registerEvaluateCommand } from './commands/evaluate';
import { registerExportCommand } from './commands/export';
import { registerImportCommand } from './commands/import';
import { registerPlanCommands } from './commands/plan';
import { registerProjectCommands } from './commands/project';
import { registerReportCommand } from './commands/report';
import { registerServeCommand } from './commands/serve';
import { registerStartCommand } from './commands/start';
import { registerUserCommands } from './commands/user';
import { registerWorkbookCommands } from './commands/workbook';
import { reportError } from './context';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('lantu')
  .description('蓝图 Lantu — 规划纲要实施监测评估系统 / plan-implementation system for five-year plans')
  .version(pkg.version)
  .option('--lang <lang>', '界面语言 zh | en / output language (default: zh, or LANTU_LANG)')
  .showHelpAfterError();

registerServeCommand(program);
registerStartCommand(program);
registerDbCommands(program);
registerUserCommands(program);
registerBackupCommands(program);
registerWorkbookCommands(program);
registerImportCommand(program);
registerProjectCommands(program);
registerPlanCommands(program);
registerEvaluateCommand(program);
registerExportCommand(program);
registerEvalCommand(program);
registerReportCommand(program);

program.parseAsync(process.argv).catch(reportError);
