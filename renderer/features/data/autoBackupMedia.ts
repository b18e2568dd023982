/**
 * Media in automatic backups and safety copies (#18): they refer to pictures and videos by content
 * hash, and the bytes are kept ONCE in the backup store (the desktop's backups/media folder, the web's
 * `cadence-backups` database) through the bridge. Before a backup is written, only the hashes the
 * store lacks are sent, so an hourly backup with unchanged media copies none.
 *
 * TRAP (order): bytes first, then the backup listing them (the store refuses a backup that lists a
 * hash it lacks, and spares bytes sent for a backup still being written).
 * TRAP (another window): the store pins what this page asked for, but on the web another tab has its
 * own pins, and its rotation may remove a hash this page found present before the backup listing it
 * arrives. Such a refusal ("not in the backup store") is answered by asking and sending again, once.
 */
import type { BackupInfo, BackupReason, CadenceBridge } from '../../../shared/bridge/contract';
import type { Backup } from '../../../shared/serializers/backup';
import type { CadenceDb } from '../../db/database';
import { StorageError, toStorageError } from '../../db/errors';
import { getMedia, missingMedia } from '../../db/media';
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

/** The store's refusal of a backup listing a hash it lacks (its message crosses IPC as text). */
const isNotInStore = (error: unknown): boolean => /not in the backup store/.test(error instanceof Error ? error.message : String(error));

/** A picture or video of the backup went missing while it was written: said in the user's language, no hash. */
const mediaGone = (): StorageError => new StorageError('backup-media', 'A picture or video was removed while this backup was written: the backup was not saved.');

/** Sends the store the bytes of `hashes` it lacks; returns how many files were sent. */
export const sendBackupMedia = async (db: CadenceDb, bridge: CadenceBridge, hashes: readonly string[]): Promise<number> => {
  if (hashes.length === 0) return 0;
  const missing = await bridge.missingBackupMedia([...hashes]);
  for (const hash of missing) {
    const row = await getMedia(db, hash);
    // Listed by the snapshot a moment ago: only an unused-media cleanup in between removes it.
    if (!row) throw mediaGone();
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
  const attempt = async (): Promise<BackupInfo> => {
    await sendBackupMedia(db, bridge, request.media);
    return bridge.writeAutoBackup({
      json: request.json,
      reason: request.reason,
      ...(request.media.length > 0 ? { media: [...request.media] } : {}),
    });
  };
  try {
    try {
      return await attempt();
    } catch (error) {
      // Another window's rotation removed a hash in between (see the TRAP above): ask and send again, once.
      if (!isNotInStore(error)) throw error;
      return await attempt();
    }
  } catch (error) {
    if (isNotInStore(error)) throw mediaGone();
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
  const media = new Map<string, Uint8Array>();
  for (const hash of await missingMedia(db, wanted)) {
    const bytes = await bridge.readBackupMedia(hash);
    if (bytes) media.set(hash, bytes);
  }
  return mediaRowsFromZip(db, backup, { media, thumbs: new Map() }, now);
};

/**
 * Of `candidates`, the hashes a kept automatic backup or safety copy still refers to: their pictures
 * must stay in the calendar's database (the unused-media removal spares them). Needed for backups
 * written before #18 (no list of hashes beside them, bytes never copied to the backup store: a restore
 * finds them only in the database), and kept simple and safe for all: every kept backup's text is
 * searched for the candidates (a hash is 64 hex digits, so a match is a reference, or at worst a file
 * kept a little longer). Reads backups only when there are candidates; a backup that cannot be read
 * throws, so the caller removes nothing rather than guess.
 */
export const hashesInBackups = async (bridge: CadenceBridge, candidates: readonly string[]): Promise<Set<string>> => {
  const found = new Set<string>();
  if (candidates.length === 0) return found;
  for (const backup of await bridge.listBackups()) {
    const json = await bridge.readBackup(backup.name);
    for (const hash of candidates) if (!found.has(hash) && json.includes(hash)) found.add(hash);
    if (found.size === candidates.length) break;
  }
  return found;
};
