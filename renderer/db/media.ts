/**
 * Pictures and videos (issue 18), stored once per content: a row is keyed by the SHA-256 of the
 * file's bytes, and posts refer to it by that hash (Post.media, shared/model/media.ts). The same
 * picture on ten posts is one row; removing it from a post leaves the row (undo brings the post's
 * reference back, and the bytes are still there).
 *
 * TRAP (order of writes): the bytes are stored BEFORE any post refers to them (storeMedia, then the
 * post's change), so a post never points at bytes that are not there; a failure in between leaves an
 * unused row, never a broken post. Unused rows are only removed by removeUnusedMedia, on request,
 * and never within a day of being stored (an editor may hold them, not saved yet).
 * TRAP (Blob in IndexedDB): rows hold Blobs (Chromium keeps them as files, so a 500 MB video is not
 * held in memory to be stored or read); read their bytes with `await blob.arrayBuffer()`.
 */
import type { MediaKind } from '../../shared/media/sniff';
import { MEDIA_MIME } from '../../shared/media/sniff';
import type { CadenceDb } from './database';
import { isClosedByUpgrade } from './database';
import { StorageError, toStorageError } from './errors';
import { putPreviews, readPreviews, rememberPreviews } from './previews';

export type MediaRow = {
  hash: string;
  kind: MediaKind;
  size: number;
  blob: Blob;
  /** A small preview (WebP or JPEG, ≤ 480 px wide); null when the platform could not decode it (HEIC). */
  thumb: Blob | null;
  width: number | null;
  height: number | null;
  /** ISO instant of the first attach. */
  addedAt: string;
  /**
   * ISO instant of the latest attach of bytes already stored (storeMedia), absent until a second one.
   * Not indexed, so no schema version: the unused-media removal spares a row stored again recently
   * (an editor holding it, not saved yet; renderer/db/unusedMedia.ts). Never in backups.
   */
  storedAt?: string;
};

const hex = (buffer: ArrayBuffer): string => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The content hash of some bytes, as Post.media stores it. */
export const sha256Hex = async (bytes: ArrayBuffer | Uint8Array): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', bytes as BufferSource));

export const mimeOf = (kind: MediaKind): string => MEDIA_MIME[kind];

const mediaTx = async <T>(db: CadenceDb, work: () => Promise<T>): Promise<T> => {
  if (isClosedByUpgrade(db)) throw new StorageError('closed', 'Cadence was updated in another window: reload this window. This change was not saved.');
  try {
    return await db.transaction('rw', [db.media, db.previews], work);
  } catch (error) {
    throw toStorageError(error);
  }
};

/**
 * Stores rows whose content is not stored yet, all or none (one transaction): a full disk fails the
 * whole batch with a StorageError ('quota'), nothing half-stored. Rows already there keep their bytes
 * (same hash, same bytes) and are dated again (`storedAt`, the new row's `addedAt`): an old unused
 * row attached again in an editor must not look unused and old to a removal before Save.
 * `previews` (by hash) go to their own table in the same transaction (renderer/db/previews.ts), a
 * preview already stored kept as it is; once stored they are kept in memory for the cards.
 */
export const storeMedia = async (db: CadenceDb, rows: readonly MediaRow[], previews: ReadonlyMap<string, string> = new Map()): Promise<void> => {
  await mediaTx(db, async () => {
    const present = new Set(await db.media.where('hash').anyOf(rows.map((r) => r.hash)).primaryKeys());
    const fresh = rows.filter((row) => !present.has(row.hash));
    if (fresh.length > 0) await db.media.bulkAdd(fresh);
    for (const row of rows) if (present.has(row.hash)) await db.media.update(row.hash, { storedAt: row.addedAt });
    await putPreviews(db, previews);
  });
  // Saved by now: a failed read back only means the cards read the previews themselves later.
  try {
    rememberPreviews(db, (await readPreviews(db, [...previews.keys()])).entries());
  } catch {
    // nothing to undo
  }
};

export const getMedia = async (db: CadenceDb, hash: string): Promise<MediaRow | undefined> => db.media.get(hash);

/** The hashes of `hashes` that are not stored (a backup that lacks them, a damaged database). */
export const missingMedia = async (db: CadenceDb, hashes: Iterable<string>): Promise<string[]> => {
  const wanted = [...new Set(hashes)];
  const present = new Set(await db.media.where('hash').anyOf(wanted).primaryKeys());
  return wanted.filter((hash) => !present.has(hash));
};

/** Every stored row's hash and size, for the storage meter and unused-media cleanup (no bytes read). */
export const mediaSizes = async (db: CadenceDb): Promise<Array<{ hash: string; size: number; addedAt: string }>> => {
  const rows: Array<{ hash: string; size: number; addedAt: string }> = [];
  await db.media.each((row) => void rows.push({ hash: row.hash, size: row.size, addedAt: row.addedAt }));
  return rows;
};

/** Deletes the rows of `hashes`, and their previews, in one transaction (unused media the user chose to remove). */
export const deleteMedia = async (db: CadenceDb, hashes: readonly string[]): Promise<void> => {
  await mediaTx(db, async () => {
    await db.media.bulkDelete([...hashes]);
    await db.previews.bulkDelete([...hashes]);
  });
};
