import type { Job, JobMessage, JobOutput, JobRequest } from './jobs';

/** The job was cancelled (its worker terminated): nothing came of it. */
export class JobCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelled';
  }
}

export type RunOptions = {
  /** Share done, 0 to 1. */
  onProgress?: (done: number) => void;
  /** Aborting terminates the worker at once. */
  signal?: AbortSignal;
};

/** Where there is no Worker (jsdom in tests), the same code on this thread, pausing between pieces. */
const runHere = async <J extends Job>(job: J, { onProgress, signal }: RunOptions): Promise<JobOutput<J>> => {
  const check = () => {
    if (signal?.aborted) throw new JobCancelled();
  };
  check();
  // Loaded here only (PERF): the serializers (ICS, CSV, backups) stay out of the code read at start;
  // the worker has its own copy.
  const { runJob } = await import('./jobs');
  const output = await runJob(job, {
    progress: onProgress,
    pause: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      check();
    },
  });
  check();
  return output;
};

let nextId = 1;

/** Runs a job in a Web Worker (importWorker.ts), off the UI thread. */
export const runInBackground = <J extends Job>(job: J, options: RunOptions = {}): Promise<JobOutput<J>> => {
  if (typeof Worker === 'undefined') return runHere(job, options);
  const { onProgress, signal } = options;
  if (signal?.aborted) return Promise.reject(new JobCancelled());
  let worker: Worker;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'cadence-import' });
  } catch {
    return runHere(job, options);
  }
  return new Promise((resolve, reject) => {
    const id = nextId++;
    let heard = false;
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new JobCancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<JobMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      heard = true;
      if (message.type === 'progress') onProgress?.(message.done);
      else {
        stop();
        if (message.type === 'result') resolve(message.output as JobOutput<J>);
        else reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      stop();
      // The worker never started (its script refused by a policy, say): the same work, here, still
      // all or nothing; only slower for the page.
      if (!heard) runHere(job, options).then(resolve, reject);
      else reject(new Error(event.message || 'The background reader failed'));
    });
    worker.postMessage({ id, job } satisfies JobRequest);
  });
};
