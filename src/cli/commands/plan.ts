/**
 * `lantu plan show|validate|export|list|draft` — read, check, pass on and draft plan packages.
 */
import type { Command } from 'commander';
import { DomainError } from '../../contracts/domain-error';
import { formatIssue } from '../../contracts/issue';
import { t } from '../../i18n/translate';
import { hasErrors, loadPlanPackage } from '../../io/importers/plan-package-load';
import { listBundledPlans, openPlan, resolvePlanDir } from '../../services/plan-package/plan-catalog';
import { langOf, parseFormat, print } from '../context';
import { renderJson } from '../output';
import { renderPlan, type ShowSection } from '../plan-show-view';
import { registerPlanDraftCommand } from './plan-draft';

const sections: readonly ShowSection[] = ['summary', 'outline', 'indicators', 'columns', 'units'];

export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('规划纲要 / plan packages');

  plan
    .command('list')
    .description('列出内置规划 / list the bundled plans')
    .action(() => print(listBundledPlans().join('\n')));

  plan
    .command('show')
    .argument('<plan>', '规划编号或规划包目录 / plan code or package folder')
    .option('--section <names>', `只显示某些部分 / sections: ${sections.join(',')}`, sections.join(','))
    .option('--format <format>', 'table | json', 'table')
    .description('显示纲要结构、主要指标、专栏和责任单位 / show outline, indicators, columns and units')
    .action((planArg: string, opts: { section: string; format: string }, command: Command) => {
      const format = parseFormat(opts.format, ['table', 'json'] as const);
      const pkg = openPlan(planArg);
      if (format === 'json') return print(renderJson(pkg));
      const chosen = opts.section.split(',').map((s) => s.trim());
      const unknown = chosen.filter((s) => !(sections as readonly string[]).includes(s));
      if (unknown.length > 0) {
        throw new DomainError('bad_option', {
          zh: `未知部分 ${unknown.join(',')},可选 ${sections.join(',')}`,
          en: `unknown section(s) ${unknown.join(',')}; choose from ${sections.join(',')}`,
        });
      }
      print(renderPlan(pkg, langOf(command), chosen as ShowSection[]));
    });

  plan
    .command('validate')
    .argument('<dir>', '规划包目录或规划编号 / package folder or plan code')
    .description('校验规划包,列出全部问题 / check a plan package and list every problem')
    .action((dir: string, _opts: unknown, command: Command) => {
      const lang = langOf(command);
      const resolved = resolvePlanDir(dir);
      const { issues } = loadPlanPackage(resolved);
      const errors = issues.filter((i) => i.severity === 'error');
      for (const warning of issues.filter((i) => i.severity === 'warning')) print(formatIssue(warning));
      if (hasErrors(issues)) {
        process.stderr.write(`${t(lang, 'validate.failed', { count: errors.length })}\n`);
        for (const issue of errors) process.stderr.write(`  - ${formatIssue(issue)}\n`);
        process.exitCode = 1;
        return;
      }
      print(t(lang, 'validate.ok', { dir: resolved }));
    });

  plan
    .command('export')
    .argument('<plan>', '规划编号或规划包目录 / plan code or package folder')
    .description('把整个规划包输出为一个 JSON 文档 / print the whole package as one JSON document')
    .action((planArg: string) => print(renderJson(openPlan(planArg))));

  registerPlanDraftCommand(plan);
}
