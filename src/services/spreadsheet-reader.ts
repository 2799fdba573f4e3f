/**
 * What the upload services need of the server's spreadsheet reading (spreadsheet-reading.ts), as a
 * type with no reader behind it, so the service context stays light for the web app's compiler.
 */

import type { FileImportOptions, ListedImportResult } from '../io/importers/observation-file-import';
import type { TemplateLimits } from '../io/xlsx/report-template-limits';
import type { TemplateUpload } from '../io/xlsx/report-template-read';

/** Options that can cross to a worker thread: plain data, no progress callbacks. */
export type PlainImportOptions = Omit<FileImportOptions, 'onStart' | 'onRow'>;

export interface SpreadsheetReader {
  readTemplate(bytes: Buffer, limits: TemplateLimits): Promise<TemplateUpload>;
  /** The import's result with its first rejected and skipped rows listed and all of them counted. */
  importObservations(path: string, options: PlainImportOptions): Promise<ListedImportResult>;
}
