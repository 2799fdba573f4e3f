/**
 * The worker thread a report is rendered in (worker-pool.ts): Word, PDF and HTML rendering take
 * seconds of CPU each (fonts, charts, layout), which on the main thread would stall every request.
 * The bytes go back in a fresh buffer whose memory is transferred, not copied.
 */
import type { ReportModel } from '../../io/report-model/report-model';
import { serveJobs } from '../worker-pool/serve-jobs';
import { type ReportFormat, renderReport } from './render-report';

export interface RenderJob {
  model: ReportModel;
  format: ReportFormat;
}

serveJobs<RenderJob, Uint8Array>(async (job) => {
  const bytes = await renderReport(job.model, job.format);
  // Node's small Buffers share a pooled slab; a copy of its own can be transferred safely.
  const own = new Uint8Array(bytes);
  return { result: own, transfer: [own.buffer] };
});
