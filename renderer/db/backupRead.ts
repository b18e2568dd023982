/**
 * The automatic backup's read: everything in one read transaction, its fingerprint, and whether a
 * backup is due. Run in a Web Worker (`readForBackupFrom`, its own connection to the app's database)
 * so the 100,000 rows of a big agency are read and checked off the UI thread (on it, the read and the
 * copy to the worker froze the window for most of a second, five seconds after each start); on the
 * page (`readForBackup`) only where a worker cannot read IndexedDB.
 *
 * TRAP (versions): the page opens, upgrades and vets the database first (openDb refuses a newer
 * one); the worker only runs after that, with the same schema, so its open never upgrades anything.
 * It reads in one transaction and closes at once, so it never holds up a later upgrade by a newer
 * Cadence.
 */
import type { BackupData } from '../../shared/serializers/backup';
import { createDb, type CadenceDb } from './database';
import { dataFingerprint, readAll } from './snapshot';

/** When no backup is due: the data still has the last backup's fingerprint, or is empty and may be skipped. */
export type BackupAsk = { unchangedIf: string | null; skipIfEmpty: boolean };
/** `data` is null when no backup is due. */
export type BackupRead = { fingerprint: string; empty: boolean; data: BackupData | null };

export const readForBackup = async (db: CadenceDb, ask: BackupAsk): Promise<BackupRead> => {
  const data = await readAll(db);
  const fingerprint = dataFingerprint(data);
  const empty = data.clients.length === 0 && data.posts.length === 0 && data.unreadable.length === 0;
  const due = fingerprint !== ask.unchangedIf && !(empty && ask.skipIfEmpty);
  return { fingerprint, empty, data: due ? data : null };
};

/** The same through a connection of its own to the database `name` (for a worker). */
export const readForBackupFrom = async (name: string, ask: BackupAsk): Promise<BackupRead> => {
  const db = createDb(name);
  try {
    await db.open();
    return await readForBackup(db, ask);
  } finally {
    db.close();
  }
};
