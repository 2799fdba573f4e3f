/**
 * `lantu evaluate <plan> --as-of 2023` — the indicator table a plan officer reads: status, ratio,
 * trend and warnings for every indicator at the evaluation date.
 */
import type { Command } from 'commander';
import { openPlan } from '../../services/plan-package/plan-catalog';
import { evaluatePlanPackage } from '../../services/plans/plan-evaluation';
import { langOf, parseAsOf, parseDataset, parseFormat, print } from '../context';
import { evaluationColumns, renderEvaluation } from '../evaluation-view';
import { renderCsv, renderJson } from '../output';

export function registerEvaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .argument('<plan>', '规划编号或规划包目录 / plan code or package folder')
    .requiredOption('--as-of <period>', '评估期间 2023 | 2023-Q3 | 2023-09 / evaluation date')
    .option('--dataset <set>', '数据集 all | published | demo / which observations to use', 'all')
    .option('--format <format>', 'table | json | csv', 'table')
    .option('--data-as-of <date>', '只用此日期(YYYY-MM-DD)前发布的数据 / only data published by this date')
    .option('--explain', '每个指标附一行说明 / add the one-line explanation of each indicator')
    .description('按评估期间评估全部指标 / evaluate every indicator at a date')
    .action(
      (
        planArg: string,
        opts: { asOf: string; dataset: string; format: string; explain?: boolean; dataAsOf?: string },
        command: Command,
      ) => {
        const format = parseFormat(opts.format, ['table', 'json', 'csv'] as const);
        const dataset = parseDataset(opts.dataset);
        const plan = openPlan(planArg);
        const report = evaluatePlanPackage(plan, parseAsOf(opts.asOf), dataset, opts.dataAsOf ?? null);
        const lang = langOf(command);
        if (format === 'json') return print(renderJson(report));
        if (format === 'csv')
          return print(renderCsv(evaluationColumns(plan, report, lang, true), report.evaluation.results));
        print(renderEvaluation(plan, report, lang, opts.explain ?? false));
      },
    );
}
