/**
 * One entry for every face that hands out a report file — the CLI now, the API and the web later:
 * the format's renderer, its media type and file extension.
 */
import { renderDocx } from '../../io/docx/render-docx';
import { renderHtml } from '../../io/html/render-html';
import { renderPdf } from '../../io/pdf/render-pdf';
import type { ReportModel } from '../../io/report-model/report-model';

export const reportFormats = ['docx', 'pdf', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportMediaTypes: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  if (format === 'docx') return renderDocx(model);
  if (format === 'pdf') return renderPdf(model);
  return Buffer.from(renderHtml(model), 'utf8');
}
