/**
 * Uploaded spreadsheets read in worker threads, so that reading them never stalls the main thread:
 * /api/health and every other request keep their turn while a 100,000-row table is parsed. How many
 * uploads run at once is bounded before this (the server's upload slots); here one worker per slot.
 */

import type { ListedImportResult } from '../../io/importers/observation-file-import';
import { SpreadsheetRefusal } from '../../io/spreadsheet-safety/spreadsheet-refusal';
import type { TemplateLimits } from '../../io/xlsx/report-template-limits';
import type { TemplateUpload } from '../../io/xlsx/report-template-read';
import type { PlainImportOptions, SpreadsheetReader } from '../spreadsheet-reader';
import { WorkerPool, workerEntry } from '../worker-pool/worker-pool';
import type { SpreadsheetJob } from './spreadsheet-worker';

export class SpreadsheetReading implements SpreadsheetReader {
  readonly pool: WorkerPool<SpreadsheetJob, TemplateUpload | ListedImportResult>;

  constructor(workers: number) {
    this.pool = new WorkerPool(workers, workerEntry(import.meta.url, 'spreadsheet-worker'), (f) =>
      // A refusal of the gate or the limits is the same refusal here, with its code and both languages.
      f.name === 'SpreadsheetRefusal' && f.code && f.messages
        ? new SpreadsheetRefusal(f.code, f.messages)
        : new Error(`reading the spreadsheet failed in its worker: ${f.message}`),
    );
  }

  async readTemplate(bytes: Buffer, limits: TemplateLimits): Promise<TemplateUpload> {
    const own = new Uint8Array(bytes);
    return (await this.pool.run({ kind: 'template', bytes: own, limits }, [own.buffer])) as TemplateUpload;
  }

  async importObservations(path: string, options: PlainImportOptions): Promise<ListedImportResult> {
    return (await this.pool.run({ kind: 'observations', path, options })) as ListedImportResult;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
