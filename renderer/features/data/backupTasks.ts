import type { BackupInfo, BackupReason, CadenceBridge } from '../../../shared/bridge/contract';
import type { CadenceDb } from '../../db/database';
import { readAll, type DatabaseSnapshot } from '../../db/snapshot';
import { DATA_VERSION } from '../../db/schema';
import { runInBackground } from './workerClient';

/** The whole database as a backup file's text, serialised off the UI thread. */
export const buildBackupJson = async (
  db: CadenceDb,
  now: Date = new Date(),
): Promise<{ json: string; snapshot: DatabaseSnapshot }> => {
  // Every backed-up table, results and kept unreadable rows included (see snapshot.ts).
  const snapshot = await readAll(db);
  const json = await runInBackground({
    kind: 'toBackup',
    data: snapshot,
    dataVersion: DATA_VERSION,
    now: now.toISOString(),
  });
  return { json, snapshot };
};

/** Stores the current state among the automatic backups (before a restore: so it can be undone). */
export const storeBackup = async (db: CadenceDb, bridge: CadenceBridge, reason: BackupReason): Promise<BackupInfo> => {
  const { json } = await buildBackupJson(db);
  return bridge.writeAutoBackup({ json, reason });
};
