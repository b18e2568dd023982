/**
 * A saved backup with pictures and videos (issue 18): one zip holding
 *
 *   backup.json        the backup JSON (backup.ts), whose data.media lists {hash, kind, size} per file
 *   media/<hash>       the bytes of every media row the posts refer to, once per content hash
 *   thumbs/<hash>      its preview, when it has one (a restore then needs no decoding)
 *
 * Entries are STORED, not deflated: pictures and videos are compressed already, and deflating them
 * would cost time for nothing. fflate is pure JavaScript, so the app and the CLI read the same zip.
 *
 * TRAP (trust): a zip's entry names and sizes are the file's word, nothing more. checkBackupMedia
 * checks every manifest entry against the bytes (SHA-256 equals its name, size equals the manifest's)
 * before anything is restored; a file in the zip that the manifest does not list is ignored.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Backup } from './backup';
import type { ImportError } from './types';
import { problem } from './types';

export const BACKUP_JSON_ENTRY = 'backup.json';
const HASH = /^[0-9a-f]{64}$/;

export type MediaFile = { hash: string; bytes: Uint8Array; thumb: Uint8Array | null };
export type UnpackedBackup = { text: string; media: Map<string, Uint8Array>; thumbs: Map<string, Uint8Array> };

/** A zip starts with a local file header, "PK\3\4" (an empty zip, "PK\5\6", holds no backup). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The saved backup's bytes: the JSON (deflated: text shrinks well) and every file stored as it is. */
export const packBackupZip = (json: string, files: readonly MediaFile[]): Uint8Array => {
  const entries: Zippable = { [BACKUP_JSON_ENTRY]: [strToU8(json), { level: 6 }] };
  for (const file of files) {
    entries[`media/${file.hash}`] = [file.bytes, { level: 0 }];
    if (file.thumb) entries[`thumbs/${file.hash}`] = [file.thumb, { level: 0 }];
  }
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') });
};

/** The JSON and the files of a backup zip, or why it cannot be read. Never throws. */
export const unpackBackupZip = (bytes: Uint8Array): { ok: true; backup: UnpackedBackup } | { ok: false; error: ImportError } => {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: problem('backup.badZip', undefined, `this zip file is damaged and cannot be read (${reason})`) };
  }
  const json = entries[BACKUP_JSON_ENTRY];
  if (!json) {
    return { ok: false, error: problem('backup.badZip', undefined, `this zip file holds no ${BACKUP_JSON_ENTRY}, so it is not a Cadence backup`) };
  }
  const media = new Map<string, Uint8Array>();
  const thumbs = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    const [folder, hash, ...rest] = name.split('/');
    if (rest.length > 0 || !hash || !HASH.test(hash)) continue;
    if (folder === 'media') media.set(hash, data);
    else if (folder === 'thumbs') thumbs.set(hash, data);
  }
  return { ok: true, backup: { text: strFromU8(json), media, thumbs } };
};

/** Which post and file a media hash belongs to, for a message the user can act on. */
const whose = (backup: Backup, hash: string): { post: string; file: string } => {
  for (const post of backup.data.posts) {
    const item = (post.media ?? []).find((m) => m.hash === hash);
    if (item) return { post: post.title || post.id, file: item.name };
  }
  return { post: '(no post)', file: hash };
};

/**
 * Every manifest entry's bytes are there, hash to their name and have the manifest's size: null when
 * they all do, else the first problem, naming the post and the file. `hashOf` is the caller's SHA-256
 * (WebCrypto in the app, node:crypto in the CLI: the pure one in sha256.ts is too slow for videos).
 * `present`: hashes the caller already holds (a restore into a database that has the bytes).
 */
export const checkBackupMedia = async (
  backup: Backup,
  media: ReadonlyMap<string, Uint8Array>,
  hashOf: (bytes: Uint8Array) => Promise<string> | string,
  present: ReadonlySet<string> = new Set(),
): Promise<ImportError | null> => {
  for (const entry of backup.data.media ?? []) {
    const { post, file } = whose(backup, entry.hash);
    const bytes = media.get(entry.hash);
    const params = { post, file, hash: entry.hash };
    if (!bytes) {
      if (present.has(entry.hash)) continue;
      return problem('backup.mediaMissing', undefined, `the file ${file} of the post “${post}” is missing from this backup (media/${entry.hash})`, { params });
    }
    if (bytes.length !== entry.size) {
      const text = `the file ${file} of the post “${post}” is damaged in this backup: ${bytes.length} bytes instead of ${entry.size}`;
      return problem('backup.mediaDamaged', undefined, text, { params });
    }
    if ((await hashOf(bytes)) !== entry.hash) {
      const text = `the file ${file} of the post “${post}” is damaged in this backup: its bytes do not match its fingerprint`;
      return problem('backup.mediaDamaged', undefined, text, { params });
    }
  }
  return null;
};
