/**
 * Evaluation reports from the database (web and API): the same ReportInput the CLI builds from a
 * package, filled from the stored plan, its ledger, the office's narrative and the project library —
 * so a report's numbers equal the API's for the same date (architecture.md rule 10).
 */

import { type DatasetChoice, layersFor } from '../../core/observation-layers';
import { ObservationRepository } from '../../db/repositories/observation-repository';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import type {
  ChartObservation,
  ReportDataset,
  ReportInput,
  ReportKind,
  ReportLang,
} from '../../io/report-model/report-input';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { evaluateStoredPlan } from '../plans/stored-plan';
import { projectsSummary } from '../projects/project-summary';
import { getNarrative } from '../reporting/report-narratives';
import { type ReportFormat, reportMediaTypes } from './index';
import { projectsReportSection } from './projects-section-input';
import { reportRendering } from './report-rendering';
import { tasksReportSection } from './tasks-section-input';

const layerLabels: Record<
  string,
  { label: string; labelEn: string; description: string; descriptionEn: string }
> = {
  reported: {
    label: '填报数据',
    labelEn: 'Reported data',
    description: '各责任单位填报并经审核的数值,以及规划办直接录入的数值。',
    descriptionEn:
      'Values reported by the responsible units and approved, and values entered by the plan office.',
  },
  published: {
    label: '公开数据',
    labelEn: 'Published data',
    description: '有出处的公开统计数据。',
    descriptionEn: 'Published statistics with their sources.',
  },
  demo: {
    label: '示例数据(模拟)',
    labelEn: 'Demo data (simulated)',
    description: '为演示生成的模拟数据,不是真实统计数据,不得引用。',
    descriptionEn: 'Simulated data generated for demonstration; NOT real statistics.',
  },
};

export async function storedReportInput(
  ctx: ServiceContext,
  plan: StoredPlan,
  options: { asOf: string; kind: ReportKind; lang: ReportLang; dataset: DatasetChoice },
): Promise<ReportInput> {
  authorize(ctx.actor, 'plan.read');
  const ev = await evaluateStoredPlan(ctx, plan, options.asOf, options.dataset);
  const current = await new ObservationRepository(ctx.database.db, ctx.tenantId).current(
    plan.id,
    layersFor(options.dataset),
  );
  const observations: Record<string, ChartObservation[]> = {};
  for (const o of current) {
    const list = observations[o.indicatorCode] ?? [];
    list.push({ period: o.period, measure: o.measure, value: o.value });
    observations[o.indicatorCode] = list;
  }
  const datasets: ReportDataset[] = ev.layersUsed.map((layer) => {
    const rows = current.filter((o) => o.layer === layer);
    const text = layerLabels[layer] ?? layerLabels.reported;
    return {
      dataset: layer === 'demo' ? 'demo' : 'published',
      label: text?.label ?? layer,
      labelEn: text?.labelEn ?? layer,
      description: text?.description ?? '',
      descriptionEn: text?.descriptionEn ?? '',
      sources: [...new Set(rows.flatMap((o) => (o.source ? [o.source] : [])))].slice(0, 20),
      observationCount: rows.length,
    };
  });
  const narrative = await getNarrative(ctx, plan, options.kind, options.asOf);
  const projects = projectsReportSection(await projectsSummary(ctx, plan, options.asOf), options.lang);
  const tasks = await tasksReportSection(ctx, plan, options.asOf, options.lang);
  return {
    meta: plan.meta,
    indicators: ev.definition.indicators,
    categories: plan.meta.categories,
    annualTargets: ev.annualTargets,
    observations,
    evaluation: ev.evaluation,
    datasets,
    kind: options.kind,
    asOf: options.asOf,
    lang: options.lang,
    demo: ev.layersUsed.includes('demo'),
    narrative: { problems: narrative.problems, nextSteps: narrative.nextSteps },
    projects,
    ...(tasks ? { tasks } : {}),
    generatedAt: ctx.clock().toISOString(),
  };
}

const kindNames: Record<ReportKind, string> = {
  annual: '年度监测报告',
  midterm: '中期评估报告',
  final: '总结评估报告',
};

export async function storedReport(
  ctx: ServiceContext,
  plan: StoredPlan,
  options: { asOf: string; kind: ReportKind; lang: ReportLang; dataset: DatasetChoice; format: ReportFormat },
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const bytes = await (ctx.reportRendering ?? reportRendering()).render(
    ctx.actor?.id ?? 0,
    `${ctx.tenantId}:${plan.id}`,
    () => storedReportInput(ctx, plan, options),
    options.format,
  );
  return {
    fileName: `${plan.shortName}${kindNames[options.kind]}(${options.asOf})${options.lang === 'en' ? '-en' : ''}.${options.format}`,
    contentType: reportMediaTypes[options.format],
    bytes,
  };
}
