/**
 * The Web Worker that reads and writes files off the UI thread (see jobs.ts). Started by
 * workerClient.ts with `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`:
 * Vite bundles it as its own file under the app's origin, which the CSP's `script-src 'self'` allows.
 * One worker per job; Cancel terminates it, so nothing it was doing can still land.
 */
import { runJob, type JobMessage, type JobRequest } from './jobs';

const post = (message: JobMessage): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<JobRequest>) => {
  const { id, job } = event.data;
  let reported = 0;
  const progress = (done: number) => {
    // At most a hundred messages: the page only redraws a progress bar.
    if (done - reported >= 0.01 || done >= 1) {
      reported = done;
      post({ id, type: 'progress', done });
    }
  };
  runJob(job, { progress }).then(
    (output) => post({ id, type: 'result', output }),
    (error: unknown) => post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
