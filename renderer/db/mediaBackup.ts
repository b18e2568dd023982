/**
 * The media side of a saved backup (issue 18): the bytes of the media a snapshot lists, read out of
 * the database for the zip, and the zip's bytes checked and turned back into media rows for a restore.
 * The zip format itself is shared/serializers/backupZip.ts (the CLI reads it too).
 *
 * TRAP (memory): a saved backup holds every file's bytes in memory while the zip is built (fflate's
 * zipSync); 500 MB videos make that a large copy. Automatic backups never do this: they refer to the
 * media by hash (NOT_BACKED_UP in snapshot.ts).
 */
import { MEDIA_MIME, sniffMedia } from '../../shared/media/sniff';
import type { Backup, MediaManifestEntry } from '../../shared/serializers/backup';
import { checkBackupMedia, type MediaFile, type UnpackedBackup } from '../../shared/serializers/backupZip';
import type { ImportError } from '../../shared/serializers/types';
import type { CadenceDb } from './database';
import { sha256Hex, type MediaRow } from './media';

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/** The bytes (and preview) of every manifest entry stored in the database, in manifest order. */
export const readMediaFiles = async (db: CadenceDb, manifest: readonly MediaManifestEntry[]): Promise<MediaFile[]> => {
  const rows = await db.media.bulkGet(manifest.map((m) => m.hash));
  const files: MediaFile[] = [];
  for (const row of rows) {
    if (!row) continue; // gone since the snapshot: the manifest was read with the rows, so only a cleanup between
    files.push({ hash: row.hash, bytes: await bytesOf(row.blob), thumb: row.thumb ? await bytesOf(row.thumb) : null });
  }
  return files;
};

export type BackupMedia = { ok: true; rows: MediaRow[] } | { ok: false; error: ImportError };

/**
 * The media rows a restore of `backup` writes, from a zip's files: every manifest entry checked
 * (present, its size, its SHA-256) first; the first problem refuses them all. A hash already stored
 * in `db` may be absent from the zip (the bytes are here already). `now` stamps rows without a date.
 */
export const mediaRowsFromZip = async (
  db: CadenceDb,
  backup: Backup,
  unpacked: Pick<UnpackedBackup, 'media' | 'thumbs'>,
  now: Date,
): Promise<BackupMedia> => {
  const manifest = backup.data.media ?? [];
  const stored = new Set((await db.media.where('hash').anyOf(manifest.map((m) => m.hash)).primaryKeys()) as string[]);
  const error = await checkBackupMedia(backup, unpacked.media, sha256Hex, stored);
  if (error) return { ok: false, error };
  const rows: MediaRow[] = [];
  for (const entry of manifest) {
    const bytes = unpacked.media.get(entry.hash);
    if (!bytes) continue; // stored already (checked above)
    const thumb = unpacked.thumbs.get(entry.hash);
    const thumbKind = thumb ? sniffMedia(thumb) : null;
    rows.push({
      hash: entry.hash,
      kind: entry.kind,
      size: entry.size,
      blob: new Blob([bytes as BlobPart], { type: MEDIA_MIME[entry.kind] }),
      thumb: thumb ? new Blob([thumb as BlobPart], { type: thumbKind ? MEDIA_MIME[thumbKind] : 'image/webp' }) : null,
      width: entry.width ?? null,
      height: entry.height ?? null,
      addedAt: entry.addedAt ?? now.toISOString(),
    });
  }
  return { ok: true, rows };
};
