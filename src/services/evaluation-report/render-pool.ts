/**
 * Worker threads that render reports, with a FIFO queue in front of them. Admission (how many jobs a
 * person and the server may have waiting or running) is the caller's, through WorkSlots; the pool
 * only runs what was admitted, one job per worker at a time.
 *
 * The worker is TypeScript. Run from sources (tsx for `npm start` and the CLI, vitest in tests) the
 * worker registers tsx itself before importing its entry, because a worker thread inherits neither
 * tsx's hooks nor vitest's transform; run from compiled JavaScript it is started directly.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '../../io/report-model/report-model';
import type { ReportFormat } from './render-report';
import type { RenderAnswer, RenderJob } from './render-worker';

interface Pending {
  job: RenderJob;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './render-worker.ts' : './render-worker.js', import.meta.url);
  if (!fromSources) return new Worker(entry);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

export class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private readonly workers: Worker[] = [];
  private nextId = 1;
  /** Reports rendered since start, for tests and figures. */
  rendered = 0;

  constructor(readonly size: number) {}

  render(model: ReportModel, format: ReportFormat): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, model, format }, resolve, reject });
      this.dispatch();
    });
  }

  /** Jobs waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const next = this.queue.shift();
      if (!next) {
        this.idle.push(worker);
        return;
      }
      this.busy.set(worker, next);
      // A busy worker keeps the process alive until its answer arrives; an idle one does not.
      worker.ref();
      worker.postMessage(next.job);
    }
  }

  private spawn(): Worker {
    const worker = startWorker();
    this.workers.push(worker);
    worker.on('message', (answer: RenderAnswer) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (pending) {
        if ('bytes' in answer) {
          this.rendered += 1;
          pending.resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
        } else pending.reject(new Error(`report rendering failed in its worker: ${answer.error}`));
      }
      this.dispatch();
    });
    // A worker that dies fails its job, leaves the pool and is replaced by the next dispatch.
    const lost = (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.workers.includes(worker)) lost(new Error(`report worker exited with code ${code}`));
    });
    return worker;
  }
}

/** One core stays with the main thread; at most four render at once. */
export function defaultRenderWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
