/**
 * `lantu workbook export|import|template` — the plan package as one Excel workbook, for offices that
 * work in Excel and WPS. Import checks a filled workbook exactly like `plan validate` checks a folder
 * and writes a package folder only when nothing is wrong.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { formatIssue } from '../../contracts/issue';
import { hasErrors } from '../../io/importers/plan-package-load';
import { exportPlanWorkbook, importPlanWorkbook } from '../../io/importers/plan-workbook';
import { defaultSpreadsheetLimits } from '../../io/spreadsheet-safety/limits';
import { readUpload } from '../../io/spreadsheet-safety/read-upload';
import { SpreadsheetRefusal } from '../../io/spreadsheet-safety/spreadsheet-refusal';
import { writePlanTemplate } from '../../io/xlsx/plan-workbook-write';
import { openPlan } from '../../services/plan-package/plan-catalog';
import { writePlanPackageFolder } from '../../services/plan-package/plan-package-write';
import { langOf, print } from '../context';

function say(command: Command, zh: string, en: string): string {
  return langOf(command) === 'en' ? en : zh;
}

export function registerWorkbookCommands(program: Command): void {
  const workbook = program
    .command('workbook')
    .description('规划包工作簿(Excel)/ the plan package as an Excel workbook');

  workbook
    .command('export')
    .argument('<plan>', '规划编号或规划包目录 / plan code or package folder')
    .requiredOption('--out <file>', '输出的 .xlsx 文件 / the .xlsx file to write')
    .description('把规划包导出为一个工作簿 / export a plan package as one workbook')
    .action(async (planArg: string, opts: { out: string }, command: Command) => {
      const pkg = openPlan(planArg);
      writeFileSync(opts.out, await exportPlanWorkbook(pkg));
      print(
        say(
          command,
          `已导出 ${opts.out}:${pkg.indicators.length} 个指标、${pkg.projects.length} 个项目、${pkg.observationSets.length} 个观测数据集`,
          `exported ${opts.out}: ${pkg.indicators.length} indicators, ${pkg.projects.length} projects, ${pkg.observationSets.length} observation sets`,
        ),
      );
    });

  workbook
    .command('import')
    .argument('<file>', '填好的规划包工作簿 .xlsx / a filled plan workbook')
    .requiredOption('--out <dir>', '写出规划包的目录(须为空)/ folder for the package (must be empty)')
    .description(
      '校验工作簿并写出规划包目录;有错误时列出全部问题 / check a workbook and write a package folder',
    )
    .action(async (file: string, opts: { out: string }, command: Command) => {
      let bytes: Buffer;
      try {
        bytes = readUpload(file, defaultSpreadsheetLimits);
      } catch (error) {
        if (!(error instanceof SpreadsheetRefusal)) throw error;
        process.stderr.write(`${formatIssue(error.toIssue(basename(file)))}\n`);
        process.exitCode = 1;
        return;
      }
      const { plan, issues } = await importPlanWorkbook(bytes, { file: basename(file) });
      for (const warning of issues.filter((i) => i.severity === 'warning')) print(formatIssue(warning));
      const errors = issues.filter((i) => i.severity === 'error');
      if (!plan || hasErrors(issues)) {
        process.stderr.write(
          `${say(command, `工作簿有 ${errors.length} 个问题,未写出规划包:`, `the workbook has ${errors.length} problem(s); no package was written:`)}\n`,
        );
        for (const issue of errors) process.stderr.write(`  - ${formatIssue(issue)}\n`);
        process.exitCode = 1;
        return;
      }
      const written = writePlanPackageFolder(plan, opts.out);
      print(
        say(
          command,
          `规划包已写入 ${opts.out}:${written.join('、')}`,
          `package written to ${opts.out}: ${written.join(', ')}`,
        ),
      );
    });

  workbook
    .command('template')
    .requiredOption('--out <file>', '输出的 .xlsx 文件 / the .xlsx file to write')
    .description('生成空白规划包工作簿(含填写说明)/ write the empty plan workbook with instructions')
    .action(async (opts: { out: string }, command: Command) => {
      writeFileSync(opts.out, await writePlanTemplate());
      print(say(command, `空白模板已写入 ${opts.out}`, `empty template written to ${opts.out}`));
    });
}
