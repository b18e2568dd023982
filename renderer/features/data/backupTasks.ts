import { format } from 'date-fns';
import type { BackupInfo, BackupReason, CadenceBridge } from '../../../shared/bridge/contract';
import { packBackupZip } from '../../../shared/serializers/backupZip';
import type { CadenceDb } from '../../db/database';
import { readMediaFiles } from '../../db/mediaBackup';
import { readAll, type DatabaseSnapshot } from '../../db/snapshot';
import { DATA_VERSION } from '../../db/schema';
import { writeBackupWithMedia } from './autoBackupMedia';
import { backupFileName } from './exporting';
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

/**
 * The saved backup's file: a zip with the JSON, media/<hash> and thumbs/<hash> when the posts refer
 * to media; plain JSON when they refer to none (the format every earlier Cadence and the CLI read,
 * and a file a person can open and diff).
 */
export const buildBackupFile = async (
  db: CadenceDb,
  now: Date = new Date(),
): Promise<{ name: string; data: string | Uint8Array; snapshot: DatabaseSnapshot }> => {
  const { json, snapshot } = await buildBackupJson(db, now);
  const day = format(now, 'yyyy-MM-dd');
  if (snapshot.media.length === 0) return { name: backupFileName(now), data: json, snapshot };
  const files = await readMediaFiles(db, snapshot.media);
  return { name: `cadence-backup-${day}.zip`, data: packBackupZip(json, files), snapshot };
};

/** Stores the current state among the automatic backups (before a restore: so it can be undone). */
export const storeBackup = async (db: CadenceDb, bridge: CadenceBridge, reason: BackupReason): Promise<BackupInfo> => {
  const { json, snapshot } = await buildBackupJson(db);
  // Its media by hash, kept once in the backup store (#18), so the Undo of a restore gets them back.
  return writeBackupWithMedia(db, bridge, { json, reason, media: snapshot.media.map((m) => m.hash) });
};
