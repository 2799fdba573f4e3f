/**
 * The worker thread uploaded spreadsheets are read in (worker-pool.ts): the zip gate, ExcelJS's
 * parsing and the row checks of a 100,000-row table take seconds of CPU and hundreds of MB of
 * short-lived objects, whose collection on the main thread would pause every other request.
 */

import {
  importObservationFile,
  type ListedImportResult,
  listFirstRows,
} from '../../io/importers/observation-file-import';
import type { TemplateLimits } from '../../io/xlsx/report-template-limits';
import { readReportTemplate, type TemplateUpload } from '../../io/xlsx/report-template-read';
import type { PlainImportOptions } from '../spreadsheet-reader';
import { serveJobs } from '../worker-pool/serve-jobs';

export type SpreadsheetJob =
  | { kind: 'template'; bytes: Uint8Array; limits: TemplateLimits }
  | { kind: 'observations'; path: string; options: PlainImportOptions };

serveJobs<SpreadsheetJob, TemplateUpload | ListedImportResult>(async (job) => {
  if (job.kind === 'template') {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    return { result: await readReportTemplate(bytes, job.limits) };
  }
  // Only the listed rows cross back: copying 100,000 row outcomes would pause the main thread.
  return { result: listFirstRows(await importObservationFile(job.path, job.options)) };
});
