/**
 * List views as files (xlsx for Excel and WPS, CSV with a BOM so Excel opens Chinese correctly):
 * the indicator table with statuses, an indicator's ledger, the audit log. Cells that begin with
 * = + - @ are escaped by the writers, so an export never carries a formula into someone's Excel.
 */
import { statusNames, type WarningLevel } from '../../core';
import type { DatasetChoice } from '../../core/observation-layers';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { writeTableCsv } from '../../io/csv/table-csv';
import { type ExportColumn, type TableExport, writeTableXlsx } from '../../io/xlsx/table-export';
import type { ServiceContext } from '../context';
import { indicatorLedger, type LedgerRevision } from '../ledger/ledger';
import { listAudit } from '../system/audit-log';
import { type IndicatorRowView, indicatorRows } from './plan-views';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const trendZh: Record<string, string> = { likely: '可以完成', at_risk: '存在风险', unlikely: '难以完成' };
const warningZh: Record<WarningLevel, string> = { red: '红色', yellow: '黄色', grey: '灰色' };
const layerZh: Record<string, string> = { reported: '填报/录入', published: '公开数据', demo: '示例数据' };

async function file<Row>(spec: TableExport<Row>, format: ExportFormat, name: string): Promise<ExportFile> {
  if (format === 'csv') {
    return { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: writeTableCsv(spec) };
  }
  return {
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await writeTableXlsx(spec),
  };
}

export async function exportIndicatorTable(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOf: string,
  dataset: DatasetChoice,
  format: ExportFormat,
): Promise<ExportFile> {
  const view = await indicatorRows(ctx, plan, asOf, dataset);
  const pace = (r: IndicatorRowView) => {
    const p = r.evaluation.trend.requiredPace;
    return p
      ? p.basis === 'percent_per_year'
        ? `${p.value.toFixed(1)}%/年`
        : `${Number(p.value.toFixed(2))}/年`
      : '';
  };
  const columns: ExportColumn<IndicatorRowView>[] = [
    { header: '表1序号', value: (r) => r.tableNo },
    { header: '编号', value: (r) => r.code },
    { header: '类别', value: (r) => r.categoryName },
    { header: '指标名称', value: (r) => r.name },
    { header: '单位', value: (r) => r.unit },
    { header: '基数', value: (r) => r.baseline?.value },
    { header: '目标', value: (r) => r.target?.text },
    { header: '属性', value: (r) => (r.attribute === 'binding' ? '约束性' : '预期性') },
    { header: '最新值', value: (r) => r.evaluation.actual, numFmt: '0.####' },
    { header: '期间', value: (r) => r.evaluation.actualPeriod },
    { header: '序时应达', value: (r) => r.evaluation.expected, numFmt: '0.##' },
    { header: '进度比', value: (r) => r.evaluation.ratio, numFmt: '0.00' },
    { header: '状态', value: (r) => statusNames[r.evaluation.status].zh },
    {
      header: '趋势判断',
      value: (r) => (r.evaluation.trend.verdict ? trendZh[r.evaluation.trend.verdict] : ''),
    },
    { header: '所需年均进度', value: pace },
    { header: '预警', value: (r) => (r.warning ? warningZh[r.warning] : '') },
    { header: '牵头单位', value: (r) => r.lead },
    { header: '说明', value: (r) => r.evaluation.explanation.zh, width: 60 },
  ];
  return file(
    {
      title: `${plan.shortName} 主要指标监测表`,
      subtitle: `评估期间 ${asOf}年 · 序时进度 ${(view.timeElapsed * 100).toFixed(1)}%`,
      sheetName: '主要指标',
      columns,
      rows: view.indicators,
      containsDemo: view.dataset.demo,
    },
    format,
    `主要指标-${plan.code}-${asOf}`,
  );
}

export async function exportLedger(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const ledger = await indicatorLedger(ctx, plan, code);
  const columns: ExportColumn<LedgerRevision>[] = [
    { header: '期间', value: (e) => e.period },
    { header: '口径', value: (e) => e.measure },
    { header: '数值', value: (e) => e.value },
    { header: '数据层', value: (e) => layerZh[e.layer] ?? e.layer },
    { header: '修订号', value: (e) => e.revision },
    { header: '当前值', value: (e) => (e.current ? '是' : '') },
    { header: '来源', value: (e) => e.source },
    { header: '理由', value: (e) => e.reason, width: 40 },
    { header: '录入人', value: (e) => e.createdByName },
    { header: '时间', value: (e) => e.createdAt },
  ];
  return file(
    {
      title: `${plan.shortName} 指标 ${code} 台账`,
      sheetName: '台账',
      columns,
      rows: ledger,
      containsDemo: ledger.some((e) => e.layer === 'demo'),
    },
    format,
    `台账-${plan.code}-${code}`,
  );
}

export async function exportAudit(ctx: ServiceContext, format: ExportFormat): Promise<ExportFile> {
  const entries = await listAudit(ctx, { limit: 500 });
  return file(
    {
      title: '审计日志',
      sheetName: '审计日志',
      columns: [
        { header: '时间', value: (e) => e.at },
        { header: '操作人', value: (e) => e.actorName },
        { header: '操作', value: (e) => e.action },
        { header: '对象类型', value: (e) => e.entityType },
        { header: '对象', value: (e) => e.entityId },
        { header: '变更前', value: (e) => (e.before === null ? '' : JSON.stringify(e.before)), width: 50 },
        { header: '变更后', value: (e) => (e.after === null ? '' : JSON.stringify(e.after)), width: 50 },
        { header: '请求编号', value: (e) => e.requestId },
      ],
      rows: entries,
    },
    format,
    '审计日志',
  );
}
