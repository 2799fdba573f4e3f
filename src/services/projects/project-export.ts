/**
 * The project library as a table (项目库台账) for Excel: one row per project the actor may see, with
 * its attributes, stage, the year's plan and completion against 序时进度, the investment to date and
 * its warnings. Rows and column definitions here; io/xlsx/table-export writes the workbook.
 */

import { formatPeriodZh } from '../../core/period';
import { chainNames, investorNames, natureNames } from '../../core/project-codes';
import type { ProjectWarning } from '../../core/project-warnings';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { type TableExport, writeTableXlsx } from '../../io/xlsx/table-export';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { resolveAsOf } from './project-dates';
import { loadProjectFacts, type ProjectView, projectView, visibleProjects } from './project-facts';
import { warningSettings, warningsOf } from './project-warnings';

export interface ProjectExportRow {
  view: ProjectView;
  warnings: ProjectWarning[];
}

const name = (names: Record<string, { zh: string }>, code: string | null) =>
  code === null ? null : (names[code]?.zh ?? code);
const amount = '#,##0.##';
const percent = '0.0';

async function projectExportTable(
  ctx: ServiceContext,
  plan: StoredPlan,
  options: { asOf?: string | undefined; marginPoints?: number | undefined } = {},
): Promise<TableExport<ProjectExportRow>> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, options.asOf);
  const facts = await loadProjectFacts(ctx, plan);
  const projects = visibleProjects(actor, facts);
  const warnings = warningsOf(facts, projects, asOf, warningSettings(options.marginPoints));
  const rows = projects.map((p) => ({
    view: projectView(facts, p, asOf),
    warnings: warnings.filter((w) => w.subject === p.code),
  }));
  const year = asOf.slice(0, 4);
  return {
    title: `${plan.shortName}重大项目库`,
    sheetName: '项目库',
    subtitle: `截至 ${asOf};金额单位:万元 / as of ${asOf}; amounts in 万元 (10,000 yuan)`,
    columns: [
      { header: '项目编号', value: (r) => r.view.code },
      { header: '项目名称', value: (r) => r.view.name, width: 36 },
      { header: '所属专栏', value: (r) => r.view.columnTitle },
      { header: '所属章', value: (r) => r.view.chapterTitle },
      { header: '来源', value: (r) => (r.view.origin === 'plan' ? '规划纲要' : '新增') },
      { header: '责任单位', value: (r) => r.view.responsibleUnit?.name ?? null },
      { header: '配合单位', value: (r) => r.view.coUnits.map((u) => u.name).join('、') || null },
      { header: '包保领导', value: (r) => r.view.leader },
      { header: '所属园区', value: (r) => r.view.park?.name ?? null },
      { header: '产业链', value: (r) => name(chainNames, r.view.chain) },
      { header: '业主单位', value: (r) => r.view.owner },
      { header: '建设性质', value: (r) => name(natureNames, r.view.nature) },
      { header: '投资主体', value: (r) => name(investorNames, r.view.investor) },
      { header: '总投资', value: (r) => r.view.totalInvestment, numFmt: amount },
      { header: '计划开工', value: (r) => r.view.plannedStart },
      { header: '计划竣工', value: (r) => r.view.plannedFinish },
      { header: '阶段', value: (r) => r.view.stageName.zh },
      { header: '实际开工', value: (r) => r.view.actualStart },
      { header: '实际竣工', value: (r) => r.view.actualFinish },
      { header: `${year}年计划投资`, value: (r) => r.view.investment.annualPlan, numFmt: amount },
      {
        header: '累计截至',
        value: (r) => (r.view.investment.ytd ? formatPeriodZh(r.view.investment.ytd.period, true) : null),
      },
      { header: `${year}年累计完成投资`, value: (r) => r.view.investment.ytd?.value ?? null, numFmt: amount },
      {
        header: '完成年度计划(%)',
        value: (r) => r.view.investment.completion?.completionPercent ?? null,
        numFmt: percent,
      },
      {
        header: '序时进度(%)',
        value: (r) => r.view.investment.completion?.timeElapsedPercent ?? null,
        numFmt: percent,
      },
      {
        header: '高于(+)/低于(−)序时进度(百分点)',
        value: (r) => r.view.investment.completion?.gapPoints ?? null,
        numFmt: percent,
      },
      { header: '累计完成投资', value: (r) => r.view.investment.completedToDate, numFmt: amount },
      {
        header: '预警',
        value: (r) =>
          r.warnings.map((w) => `[${w.level === 'red' ? '红' : '黄'}] ${w.reason.zh}`).join(';') || null,
        width: 48,
      },
    ],
    rows,
  };
}

/** The project library as an .xlsx file for Excel and WPS, named after the plan. */
export async function projectExportXlsx(
  ctx: ServiceContext,
  plan: StoredPlan,
  options: { asOf?: string | undefined; marginPoints?: number | undefined } = {},
): Promise<{ fileName: string; bytes: Buffer }> {
  const table = await projectExportTable(ctx, plan, options);
  return { fileName: `${plan.code}-projects.xlsx`, bytes: await writeTableXlsx(table) };
}
