import { useCallback, useEffect, useRef, useState } from 'react';
import type { Job, JobOutput } from './jobs';
import { runInBackground } from './workerClient';

/** What a panel of the data dialog tells it: a job is running (Escape then cancels it rather than closing). */
export type PanelHost = {
  /** Registers the running job's cancel, or null when nothing runs. */
  setCancel: (cancel: (() => void) | null) => void;
  /** Closes the dialog (after an import or a restore, whose toast offers Undo). */
  close: () => void;
};

export type JobProgressState = { label: string; done: number | null };

/**
 * Runs background jobs for a panel: progress for the bar, Cancel (the button, Escape, or leaving the
 * panel) terminates the worker. `hold` marks work that cannot be cancelled (a write in progress).
 */
export const useJob = (host: PanelHost) => {
  const [progress, setProgress] = useState<JobProgressState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const { setCancel } = host;
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async <J extends Job>(label: string, job: J): Promise<JobOutput<J>> => {
      const abort = new AbortController();
      controller.current = abort;
      setCancel(() => abort.abort());
      setProgress({ label, done: 0 });
      try {
        return await runInBackground(job, { signal: abort.signal, onProgress: (done) => setProgress({ label, done }) });
      } finally {
        if (controller.current === abort) controller.current = null;
        setCancel(null);
        setProgress(null);
      }
    },
    [setCancel],
  );

  const hold = useCallback(
    async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      setCancel(() => undefined);
      setProgress({ label, done: null });
      try {
        return await work();
      } finally {
        setCancel(null);
        setProgress(null);
      }
    },
    [setCancel],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { run, hold, progress, cancel };
};
