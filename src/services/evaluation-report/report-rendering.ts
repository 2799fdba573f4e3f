/**
 * Reports for the web and the API, rendered off the main thread (render-worker.ts in a WorkerPool) under bounds:
 * each person may have two reports waiting or rendering (a third gets 429), the server as many as it
 * has workers plus a queue of eight (beyond that 503), both with Retry-After. A report already
 * rendered from the same data and parameters is served from a cache of its bytes.
 *
 * The cache key is a fingerprint of the report's whole input — plan, ledger values and their
 * evaluation, the office's narrative, the project library — rather than the plan's data_version:
 * narratives and projects do not move that counter, and a fingerprint cannot be forgotten by a
 * writer added later. Only the time of generation is left out, so the same data gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { ReportInput } from '../../io/report-model/report-input';
import type { ReportRenderer } from '../report-renderer';
import { WorkSlots } from '../work-slots';
import { defaultWorkers, WorkerPool, workerEntry } from '../worker-pool/worker-pool';
import { buildReportModel } from './build-report-model';
import type { ReportFormat } from './render-report';
import type { RenderJob } from './render-worker';

/** Rendered reports kept, by total size: a few dozen PDFs and Word files of a plan. */
const cacheBytes = 64 * 1024 * 1024;
const queueLength = 8;

export class ReportRendering implements ReportRenderer {
  readonly pool: WorkerPool<RenderJob, Uint8Array>;
  readonly slots: WorkSlots;
  private readonly cache = new Map<string, Buffer>();
  private cached = 0;

  constructor(workers = defaultWorkers()) {
    this.pool = new WorkerPool(workers, workerEntry(import.meta.url, 'render-worker'), (f) => {
      return new Error(`report rendering failed in its worker: ${f.message}`);
    });
    this.slots = new WorkSlots(
      { perUser: 2, overall: workers + queueLength, retryAfterSeconds: 15 },
      { what: { zh: '报告生成', en: 'report generation' } },
    );
  }

  /** The report's bytes: from the cache, or rendered in a worker once the person's slot is taken. */
  async render(
    userId: number,
    scope: string,
    input: () => Promise<ReportInput>,
    format: ReportFormat,
  ): Promise<Buffer> {
    const release = this.slots.acquire(userId);
    try {
      const data = await input();
      const key = fingerprint(scope, data, format);
      const hit = this.cache.get(key);
      if (hit) {
        // Refreshed as the most recently used.
        this.cache.delete(key);
        this.cache.set(key, hit);
        return hit;
      }
      const rendered = await this.pool.run({ model: buildReportModel(data), format });
      const bytes = Buffer.from(rendered.buffer, rendered.byteOffset, rendered.byteLength);
      this.remember(key, bytes);
      return bytes;
    } finally {
      release();
    }
  }

  /** Stops the workers (the server's close). */
  close(): Promise<void> {
    return this.pool.close();
  }

  private remember(key: string, bytes: Buffer): void {
    this.cache.set(key, bytes);
    this.cached += bytes.length;
    for (const [oldKey, old] of this.cache) {
      if (this.cached <= cacheBytes) break;
      this.cache.delete(oldKey);
      this.cached -= old.length;
    }
  }
}

function fingerprint(scope: string, input: ReportInput, format: ReportFormat): string {
  const { generatedAt: _, ...data } = input;
  return createHash('sha256').update(scope).update(format).update(JSON.stringify(data)).digest('hex');
}

let shared: ReportRendering | null = null;

/** The process's own set of report workers, started on first use, for callers without a server's. */
export function reportRendering(): ReportRendering {
  shared ??= new ReportRendering();
  return shared;
}
