/**
 * The bundled Hebi plan as report tests use it: its package, the report input and model at a date,
 * and helpers to find tables and rows in a model.
 */
import type { PlanPackage } from '../../../contracts/plan-package';
import type { DatasetChoice } from '../../../core/observation-layers';
import type {
  ReportInput,
  ReportKind,
  ReportLang,
  ReportNarrative,
} from '../../../io/report-model/report-input';
import type { ReportModel, ReportTable } from '../../../io/report-model/report-model';
import { openPlan } from '../../plan-package/plan-catalog';
import { buildReportModel } from '../build-report-model';
import { reportInputFromPackage } from '../report-input-from-package';

let cached: PlanPackage | undefined;

export function hebiPackage(): PlanPackage {
  cached ??= openPlan('hebi-etdz-14th');
  return cached;
}

export const GENERATED_AT = '2026-01-15T08:00:00.000Z';

export function hebiInput(
  asOf = '2023',
  options: {
    kind?: ReportKind;
    lang?: ReportLang;
    dataset?: DatasetChoice;
    narrative?: ReportNarrative;
  } = {},
): ReportInput {
  return reportInputFromPackage(
    hebiPackage(),
    asOf,
    options.kind ?? 'midterm',
    options.lang ?? 'zh',
    options.narrative ?? { problems: '', nextSteps: '' },
    GENERATED_AT,
    options.dataset ?? 'all',
  );
}

export function hebiModel(asOf = '2023', options: Parameters<typeof hebiInput>[1] = {}): ReportModel {
  return buildReportModel(hebiInput(asOf, options));
}

export function tableById(model: ReportModel, id: string): ReportTable {
  for (const section of model.sections) {
    for (const block of section.blocks) if (block.type === 'table' && block.id === id) return block;
  }
  throw new Error(`no table ${id} in the report`);
}

export function allText(model: ReportModel): string {
  const parts: string[] = [model.title, model.subtitle, ...model.meta, model.demoNotice ?? ''];
  for (const section of model.sections) {
    parts.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') parts.push(block.text);
      if (block.type === 'table') {
        parts.push(block.caption, ...block.columns.map((c) => c.header));
        for (const row of block.rows) parts.push(...row.cells.map((c) => c.text));
      }
      if (block.type === 'charts') parts.push(block.lead, ...block.charts.map((c) => c.caption));
    }
  }
  return parts.join('\n');
}
