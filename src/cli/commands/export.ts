/**
 * `lantu export indicators <plan>` — the plan's indicator table for other programs and spreadsheets.
 */
import type { Command } from 'commander';
import { t } from '../../i18n/translate';
import { openPlan } from '../../services/plan-package/plan-catalog';
import { type IndicatorRow, listIndicators } from '../../services/plans/indicator-list';
import { langOf, parseFormat, print } from '../context';
import { type Column, formatNumber, renderCsv, renderJson, renderTable } from '../output';

export function registerExportCommand(program: Command): void {
  const exp = program.command('export').description('导出 / export data');
  exp
    .command('indicators')
    .argument('<plan>', '规划编号或规划包目录 / plan code or package folder')
    .option('--format <format>', 'json | csv | table', 'table')
    .description('导出主要指标表 / export the indicator table')
    .action((planArg: string, opts: { format: string }, command: Command) => {
      const format = parseFormat(opts.format, ['json', 'csv', 'table'] as const);
      const rows = listIndicators(openPlan(planArg));
      if (format === 'json') return print(renderJson(rows));
      const lang = langOf(command);
      const columns: Column<IndicatorRow>[] = [
        { header: t(lang, 'col.code'), value: (r) => r.code },
        { header: t(lang, 'col.no'), value: (r) => (r.tableNo === null ? '' : String(r.tableNo)) },
        { header: t(lang, 'col.category'), value: (r) => r.category },
        { header: t(lang, 'col.name'), value: (r) => r.name, max: 40 },
        { header: t(lang, 'col.unit'), value: (r) => r.unit },
        {
          header: t(lang, 'col.baseline'),
          value: (r) => (r.baseline ? formatNumber(r.baseline.value, 4) : ''),
        },
        { header: `${t(lang, 'col.baseline')}年`, value: (r) => (r.baseline ? String(r.baseline.year) : '') },
        { header: t(lang, 'col.target'), value: (r) => r.target?.text ?? '' },
        { header: `${t(lang, 'col.target')}年`, value: (r) => (r.target ? String(r.target.year) : '') },
        { header: t(lang, 'col.growth'), value: (r) => formatNumber(r.annualGrowth ?? r.cumulative, 4, '') },
        { header: t(lang, 'col.attribute'), value: (r) => t(lang, `attribute.${r.attribute}`) },
        { header: t(lang, 'col.kind'), value: (r) => r.kind },
        { header: t(lang, 'col.source'), value: (r) => r.source },
      ];
      if (format === 'csv') return print(renderCsv(columns, rows));
      print(renderTable(columns, rows));
    });
}
