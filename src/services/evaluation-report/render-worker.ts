/**
 * The worker thread a report is rendered in (render-pool.ts): Word, PDF and HTML rendering take
 * seconds of CPU each (fonts, charts, layout), which on the main thread would stall every request.
 * One job at a time; the bytes go back in a fresh buffer whose memory is transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import type { ReportModel } from '../../io/report-model/report-model';
import { type ReportFormat, renderReport } from './render-report';

export interface RenderJob {
  id: number;
  model: ReportModel;
  format: ReportFormat;
}

export type RenderAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (job: RenderJob) => {
    renderReport(job.model, job.format).then(
      (bytes) => {
        // Node's small Buffers share a pooled slab; a copy of its own can be transferred safely.
        const own = new Uint8Array(bytes);
        port.postMessage({ id: job.id, bytes: own } satisfies RenderAnswer, [own.buffer]);
      },
      (error: unknown) => {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        port.postMessage({ id: job.id, error: message } satisfies RenderAnswer);
      },
    );
  });
}
