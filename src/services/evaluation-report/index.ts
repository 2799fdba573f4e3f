/**
 * Evaluation reports (年度监测报告 / 中期评估报告 / 总结评估报告): inputs, the document model and its
 * builders; renderReport picks the Word, PDF or HTML renderer of src/io (docs/reports.md).
 */

export type {
  ChartObservation,
  ReportDataset,
  ReportInput,
  ReportKind,
  ReportLang,
  ReportNarrative,
  ReportProjectsSummary,
} from '../../io/report-model/report-input';
export type { ReportModel } from '../../io/report-model/report-model';
export { buildReportModel } from './build-report-model';
export { type ReportFormat, renderReport, reportFormats, reportMediaTypes } from './render-report';
export { reportInputFromPackage } from './report-input-from-package';
