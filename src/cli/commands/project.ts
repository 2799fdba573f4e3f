/**
 * `lantu project list|pipeline <plan>` — the project library and the 谋划一批、储备一批、建设一批
 * picture of LANTU_DB, from the same services as the API (docs/projects.md).
 */
import type { Command } from 'commander';
import { findPlan } from '../../services/plans/stored-plan';
import type { ProjectView } from '../../services/projects/project-facts';
import { listProjects } from '../../services/projects/project-library';
import { projectPipeline } from '../../services/projects/project-pipeline';
import { langOf, parseFormat, print } from '../context';
import { withOperator } from '../operator-context';
import { type Column, formatNumber, renderCsv, renderJson, renderTable } from '../output';

interface ListOptions {
  asOf?: string;
  stage?: string;
  column?: string;
  chain?: string;
  park?: string;
  unit?: string;
  format: string;
}

export function registerProjectCommands(program: Command): void {
  const project = program.command('project').description('重大项目库 / the major-project library');

  project
    .command('list')
    .argument('<plan>', '规划编号 / plan code')
    .option('--as-of <date>', '评估日期 YYYY-MM-DD(默认今天)/ evaluation date (default today)')
    .option('--stage <stage>', '阶段 / stage: conceived … in_operation')
    .option('--column <code>', '专栏 / column, e.g. C3')
    .option('--chain <code>', '产业链 / industry chain')
    .option('--park <code>', '园区单位 / park unit')
    .option('--unit <code>', '责任单位 / responsible unit')
    .option('--format <format>', 'table | json | csv', 'table')
    .description('列出项目库及年度投资完成情况 / list the library with the year’s investment progress')
    .action(async (planCode: string, opts: ListOptions, command: Command) => {
      const format = parseFormat(opts.format, ['table', 'json', 'csv'] as const);
      const lang = langOf(command);
      await withOperator(async ({ ctx }) => {
        const { projects } = await listProjects(ctx, await findPlan(ctx, planCode), {
          asOf: opts.asOf,
          stage: opts.stage,
          column: opts.column,
          chain: opts.chain,
          park: opts.park,
          unit: opts.unit,
        });
        if (format === 'json') return print(renderJson(projects));
        const columns: Column<ProjectView>[] = [
          { header: '编号 code', value: (p) => p.code },
          { header: '项目 project', value: (p) => p.name, max: 30 },
          { header: '专栏 column', value: (p) => p.column ?? '' },
          { header: '阶段 stage', value: (p) => p.stageName[lang] },
          {
            header: '责任单位 unit',
            value: (p) => p.responsibleUnit?.name ?? '',
          },
          {
            header: '总投资 total(万元)',
            value: (p) => formatNumber(p.totalInvestment, 2, ''),
            align: 'right',
          },
          {
            header: '年度计划 plan',
            value: (p) => formatNumber(p.investment.annualPlan, 2, ''),
            align: 'right',
          },
          {
            header: '累计 ytd',
            value: (p) => formatNumber(p.investment.ytd?.value, 2, ''),
            align: 'right',
          },
          {
            header: '完成 %',
            value: (p) => formatNumber(p.investment.completion?.completionPercent, 1, ''),
            align: 'right',
          },
          {
            header: '较序时 pp',
            value: (p) => formatNumber(p.investment.completion?.gapPoints, 1, ''),
            align: 'right',
          },
        ];
        print(format === 'csv' ? renderCsv(columns, projects) : renderTable(columns, projects));
      });
    });

  project
    .command('pipeline')
    .argument('<plan>', '规划编号 / plan code')
    .option('--as-of <date>', '评估日期 YYYY-MM-DD(默认今天)/ evaluation date (default today)')
    .option('--format <format>', 'table | json', 'table')
    .description('谋划一批、储备一批、建设一批:按阶段统计项目数与总投资 / projects and investment by stage')
    .action(async (planCode: string, opts: { asOf?: string; format: string }, command: Command) => {
      const format = parseFormat(opts.format, ['table', 'json'] as const);
      const lang = langOf(command);
      await withOperator(async ({ ctx }) => {
        const pipeline = await projectPipeline(ctx, await findPlan(ctx, planCode), opts.asOf);
        if (format === 'json') return print(renderJson(pipeline));
        type Row = { name: string; count: number; investment: number; withoutInvestment: number };
        const rows: Row[] = [
          ...pipeline.batches.map((b) => ({ ...b, name: b.name[lang] })),
          { ...pipeline.total, name: lang === 'zh' ? '合计' : 'total' },
          ...pipeline.byStage.map((s) => ({ ...s, name: `· ${s.name[lang]}` })),
        ];
        print(
          renderTable<Row>(
            [
              { header: lang === 'zh' ? '阶段' : 'stage', value: (r) => r.name },
              {
                header: lang === 'zh' ? '项目数' : 'projects',
                value: (r) => String(r.count),
                align: 'right',
              },
              {
                header: lang === 'zh' ? '总投资(万元)' : 'investment (万元)',
                value: (r) => formatNumber(r.investment, 2, '0'),
                align: 'right',
              },
              {
                header: lang === 'zh' ? '未填总投资' : 'no total',
                value: (r) => String(r.withoutInvestment),
                align: 'right',
              },
            ],
            rows,
          ),
        );
        print(lang === 'zh' ? `截至 ${pipeline.asOf}` : `as of ${pipeline.asOf}`);
      });
    });
}
