/**
 * Response shapes of spreadsheets in and out, evaluation reports and direct ledger entry, taken as
 * TYPES from the services.
 */
import type { LedgerEntry } from '../../../src/db/repositories/observation-repository';
import type { ReportNarrativeRevision } from '../../../src/db/repositories/report-narrative-repository';
import type { RowProblem } from '../../../src/io/importers/observation-row';
import type { HistoricUploadResult } from '../../../src/services/ledger/observation-upload';
import type { NarrativeView, ReportKindName } from '../../../src/services/reporting/report-narratives';
import type { TemplateUploadResult } from '../../../src/services/reporting/report-template';

export type {
  HistoricUploadResult,
  LedgerEntry,
  NarrativeView,
  ReportKindName,
  ReportNarrativeRevision,
  RowProblem,
  TemplateUploadResult,
};
export type TemplateRowOutcome = TemplateUploadResult['rows'][number];
