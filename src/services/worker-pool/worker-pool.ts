/**
 * Worker threads for CPU-heavy work (rendering reports, reading spreadsheets), with a FIFO queue in
 * front of them. Admission — how many jobs a person and the server may have waiting or running — is
 * the caller's, through WorkSlots; the pool only runs what was admitted, one job per worker at a time.
 *
 * Workers are TypeScript. Run from sources (tsx for `npm start` and the CLI, vitest in tests) a worker
 * registers tsx itself before importing its entry, because a worker thread inherits neither tsx's
 * hooks nor vitest's transform; run from compiled JavaScript the `.js` entry is started directly.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobAnswer, JobFailure } from './serve-jobs';

interface Pending<R> {
  message: { id: number; job: unknown; transfer: ArrayBuffer[] };
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/** The entry `name` next to the module at `callerUrl`, in the caller's own extension (.ts or .js). */
export function workerEntry(callerUrl: string, name: string): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}

function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

export class WorkerPool<J, R> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending<R>>();
  private readonly queue: Pending<R>[] = [];
  private readonly workers: Worker[] = [];
  private nextId = 1;
  /** Jobs finished since start, for tests and figures. */
  done = 0;

  constructor(
    readonly size: number,
    private readonly entry: URL,
    /** Turns a failure the worker reported back into the error it stood for. */
    private readonly failure: (f: JobFailure) => unknown,
  ) {}

  run(job: J, transfer: ArrayBuffer[] = []): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { id: this.nextId++, job, transfer }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const all = [...this.workers];
    this.workers.length = 0;
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
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
      const { id, job, transfer } = next.message;
      worker.postMessage({ id, job }, transfer);
    }
  }

  private spawn(): Worker {
    const worker = startWorker(this.entry);
    this.workers.push(worker);
    worker.on('message', (answer: JobAnswer<R>) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (pending) {
        this.done += 1;
        if ('result' in answer) pending.resolve(answer.result);
        else pending.reject(this.failure(answer.failure));
      }
      this.dispatch();
    });
    // A worker that dies fails its job, leaves the pool and is replaced by the next dispatch.
    const lost = (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (this.workers.includes(worker)) this.workers.splice(this.workers.indexOf(worker), 1);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.workers.includes(worker)) lost(new Error(`worker exited with code ${code}`));
    });
    return worker;
  }
}

/** One core stays with the main thread; at most four workers of a kind. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
