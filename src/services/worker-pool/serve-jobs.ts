/**
 * The worker side of WorkerPool: answers each job with its result, or with a failure that carries the
 * error's code and bilingual messages when it had them (a SpreadsheetRefusal, a DomainError), so the
 * pool can raise the same error on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { Bilingual } from '../../contracts/issue';

export interface JobFailure {
  name: string;
  message: string;
  code?: string;
  messages?: Bilingual;
}

export type JobAnswer<R> = { id: number; result: R } | { id: number; failure: JobFailure };

export interface Handled<R> {
  result: R;
  /** Buffers moved, not copied, to the main thread. */
  transfer?: ArrayBuffer[];
}

function failureOf(error: unknown): JobFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const known = error as Error & { code?: unknown; messages?: Bilingual };
  return {
    name: error.name,
    message: error.stack ?? error.message,
    ...(typeof known.code === 'string' ? { code: known.code } : {}),
    ...(known.messages ? { messages: known.messages } : {}),
  };
}

export function serveJobs<J, R>(handle: (job: J) => Promise<Handled<R>>): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, job }: { id: number; job: J }) => {
    handle(job).then(
      ({ result, transfer }) => port.postMessage({ id, result } satisfies JobAnswer<R>, transfer ?? []),
      (error: unknown) => port.postMessage({ id, failure: failureOf(error) } satisfies JobAnswer<R>),
    );
  });
}
