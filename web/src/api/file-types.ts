/**
 * Response shapes of spreadsheets in and out, evaluation reports and direct ledger entry, as the
 * contracts describe them.
 */
export type {
  NarrativeView,
  ReportKindName,
  ReportNarrativeRevision,
} from '../../../src/contracts/evaluation-report-api';
export type {
  HistoricUploadResult,
  RowProblem,
  TemplateRowOutcome,
  TemplateUploadResult,
} from '../../../src/contracts/files-api';
export type { LedgerEntry } from '../../../src/contracts/plans-api';
