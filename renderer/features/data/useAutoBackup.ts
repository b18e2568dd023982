import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import { getBridge } from '../../bridge/bridge';
import type { CadenceDb } from '../../db/database';
import { useDb } from '../../db/hooks';
import { readForBackup, type BackupAsk } from '../../db/backupRead';
import { readAutoBackupMark, writeAutoBackupMark } from '../../db/snapshot';
import { DATA_VERSION } from '../../db/schema';
import { useToast } from '../toasts/Toasts';
import { storageErrorText } from '../toasts/useStorageErrors';
import { writeBackupWithMedia } from './autoBackupMedia';
import type { JobOutputs } from './jobs';
import { JobCancelled, runInBackground } from './workerClient';

export const AUTO_BACKUP_INTERVAL_MS = 60 * 60 * 1000;
/** After start, once the first screen is drawn. */
export const AUTO_BACKUP_START_DELAY_MS = 5_000;

export type AutoBackupOutcome = 'written' | 'unchanged' | 'empty';

/**
 * One automatic backup check: writes a backup (through the bridge, which keeps 24 hourly and 14 daily
 * copies) when the data changed since the last one, or when there is none yet. `force` is the user's
 * "Back up now": always written, as a 'manual' copy, which the hourly rotation never pushes out. Its media go by hash
 * (autoBackupMedia.ts): bytes the backup store keeps already are not sent again. An empty database
 * with no backup yet is left alone: there is nothing to keep.
 *
 * PERF: a worker reads the database and writes the backup's JSON; the page only hands the text to
 * the bridge. Should the worker fail to read (a browser without IndexedDB in workers), the page reads
 * and the worker still writes: a backup must not stop for lack of speed.
 */
export const runAutoBackup = async (
  db: CadenceDb,
  bridge: CadenceBridge,
  options: { now?: Date; force?: boolean } = {},
): Promise<AutoBackupOutcome> => {
  const now = options.now ?? new Date();
  const mark = await readAutoBackupMark(db);
  // The mark stands for a copy of the data as it was: unchanged data needs no new copy while one is kept.
  const hasAuto = !options.force && mark !== null && (await bridge.listBackups()).some((b) => b.reason !== 'pre-restore');
  const ask: BackupAsk = { unchangedIf: hasAuto ? mark.fingerprint : null, skipIfEmpty: !options.force && mark === null };
  let result: JobOutputs['autoBackup'];
  try {
    result = await runInBackground({ kind: 'autoBackup', dbName: db.name, dataVersion: DATA_VERSION, now: now.toISOString(), ...ask });
  } catch (error) {
    if (error instanceof JobCancelled) throw error;
    // Said in the console (the backup itself is not at risk): a window freezing at every backup has a cause to find.
    console.warn('Automatic backup: the worker could not read the database; reading it on the page.', error);
    result = await backupFromPage(db, now, ask);
  }
  if (result.json === null) return result.empty && ask.skipIfEmpty ? 'empty' : 'unchanged';
  // Media by hash (#18): only the bytes the backup store lacks are sent, before the backup listing them.
  await writeBackupWithMedia(db, bridge, { json: result.json, reason: options.force ? 'manual' : 'auto', media: result.media });
  await writeAutoBackupMark(db, { fingerprint: result.fingerprint, at: now.toISOString() });
  return 'written';
};

/** The same check with the database read on the page (the worker only writes the JSON). */
const backupFromPage = async (db: CadenceDb, now: Date, ask: BackupAsk): Promise<JobOutputs['autoBackup']> => {
  const { fingerprint, empty, data } = await readForBackup(db, ask);
  const json = data && (await runInBackground({ kind: 'toBackup', data, dataVersion: DATA_VERSION, now: now.toISOString() }));
  return { fingerprint, empty, json, media: (data?.media ?? []).map((m) => m.hash) };
};

/**
 * Automatic backups while the app runs: a check shortly after start, then every hour. Mount it once,
 * inside DbProvider and ToastProvider (e.g. `useAutoBackup()` in App, or `<AutoBackup />`). A failure
 * is reported once per session, not every hour.
 */
export const useAutoBackup = ({
  intervalMs = AUTO_BACKUP_INTERVAL_MS,
  startDelayMs = AUTO_BACKUP_START_DELAY_MS,
}: { intervalMs?: number; startDelayMs?: number } = {}): void => {
  const db = useDb();
  const { t } = useTranslation();
  const toast = useToast();
  // The latest translator and toast, without restarting the timers when the language changes.
  const report = useRef<(error: unknown) => void>(() => undefined);
  useEffect(() => {
    report.current = (error) => {
      toast.show({ message: t('data.backups.autoFailed', { message: storageErrorText(t, error) }), tone: 'error' });
    };
  }, [t, toast]);

  useEffect(() => {
    const bridge = getBridge();
    let stopped = false;
    let running = false;
    let reported = false;
    const check = async () => {
      if (stopped || running) return;
      running = true;
      try {
        await runAutoBackup(db, bridge);
      } catch (error) {
        if (!stopped && !reported) {
          reported = true;
          report.current(error);
        }
      } finally {
        running = false;
      }
    };
    const first = window.setTimeout(() => void check(), startDelayMs);
    const hourly = window.setInterval(() => void check(), intervalMs);
    return () => {
      stopped = true;
      window.clearTimeout(first);
      window.clearInterval(hourly);
    };
  }, [db, intervalMs, startDelayMs]);
};

/** The same as a component that renders nothing: `<AutoBackup />`. */
export const AutoBackup = () => {
  useAutoBackup();
  return null;
};
