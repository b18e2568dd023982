/**
 * Media in automatic backups and safety copies (#18): they refer to pictures and videos by content
 * hash, and the bytes are kept ONCE in the backup store (the desktop's backups/media folder, the web's
 * `cadence-backups` database) through the bridge. Before a backup is written, only the hashes the
 * store lacks are sent, so an hourly backup with unchanged media copies none.
 *
 * TRAP (order): bytes first, then the backup listing them (the store refuses a backup that lists a
 * hash it lacks, and spares bytes sent for a backup still being written).
 */
import type { BackupInfo, BackupReason, CadenceBridge } from '../../../shared/bridge/contract';
import type { Backup } from '../../../shared/serializers/backup';
import type { CadenceDb } from '../../db/database';
import { StorageError, toStorageError } from '../../db/errors';
import { getMedia } from '../../db/media';
import { mediaRowsFromZip, type BackupMedia } from '../../db/mediaBackup';

/**
 * A backup that could not be written for lack of space, as the storage layer says it: IndexedDB's
 * QuotaExceededError (web), or the disk's ENOSPC / EDQUOT that crosses IPC as a message (desktop).
 */
export const backupStorageError = (error: unknown): unknown => {
  const mapped = toStorageError(error);
  if (mapped !== error) return mapped;
  const message = error instanceof Error ? error.message : String(error);
  return /\b(ENOSPC|EDQUOT)\b|no space left/i.test(message)
    ? new StorageError('storage-full', 'The disk is full: the backup was not saved.')
    : error;
};

/** Sends the store the bytes of `hashes` it lacks; returns how many files were sent. */
export const sendBackupMedia = async (db: CadenceDb, bridge: CadenceBridge, hashes: readonly string[]): Promise<number> => {
  if (hashes.length === 0) return 0;
  const missing = await bridge.missingBackupMedia([...hashes]);
  for (const hash of missing) {
    const row = await getMedia(db, hash);
    // Listed by the snapshot a moment ago: only an unused-media cleanup in between removes it.
    if (!row) throw new Error(`A picture or video of this backup (${hash.slice(0, 12)}…) is no longer stored: the backup was not saved.`);
    await bridge.writeBackupMedia({ hash, bytes: new Uint8Array(await row.blob.arrayBuffer()) });
  }
  return missing.length;
};

/** Writes one automatic backup or safety copy with its media: the bytes the store lacks, then the JSON. */
export const writeBackupWithMedia = async (
  db: CadenceDb,
  bridge: CadenceBridge,
  request: { json: string; reason: BackupReason; media: readonly string[] },
): Promise<BackupInfo> => {
  try {
    await sendBackupMedia(db, bridge, request.media);
    return await bridge.writeAutoBackup({
      json: request.json,
      reason: request.reason,
      ...(request.media.length > 0 ? { media: [...request.media] } : {}),
    });
  } catch (error) {
    throw backupStorageError(error);
  }
};

/**
 * The media rows a restore of an automatic backup (or safety copy) needs: the bytes of every manifest
 * hash the database lacks, read from the backup store and checked (size, SHA-256) like a zip's, naming
 * the post and file when one is missing or damaged. Previews are not kept in the store: a row restored
 * this way has none until the picture is attached again.
 */
export const mediaRowsFromBackups = async (db: CadenceDb, bridge: CadenceBridge, backup: Backup, now: Date): Promise<BackupMedia> => {
  const manifest = backup.data.media ?? [];
  const wanted = manifest.map((m) => m.hash);
  const stored = new Set((await db.media.where('hash').anyOf(wanted).primaryKeys()) as string[]);
  const media = new Map<string, Uint8Array>();
  for (const hash of wanted) {
    if (stored.has(hash)) continue;
    const bytes = await bridge.readBackupMedia(hash);
    if (bytes) media.set(hash, bytes);
  }
  return mediaRowsFromZip(db, backup, { media, thumbs: new Map() }, now);
};
