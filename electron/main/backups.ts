import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import {
  BackupNameSchema,
  MAX_BACKUP_MEDIA_BYTES,
  MAX_FILE_BYTES,
  MEDIA_HASH_RE,
  type BackupInfo,
  type BackupReason,
  type CadenceBridge,
} from '../../shared/bridge/contract';
import { backupMediaToDelete, backupName, backupsToDelete, parseBackupName } from '../../shared/bridge/backupRotation';
import { readFileBytes, readTextFile, writeFileAtomic, type FsLike } from './files';

/**
 * Automatic backups of the calendar, in `<userData>/backups` (a folder the main process picks; the
 * renderer only ever names a backup by its file name, checked against the contract's pattern).
 *
 * The renderer builds the backup (it owns the database) and hands over its JSON: at start, every hour
 * while something changed, and just before a restore. Each one is written atomically, then the
 * rotation (shared/bridge/backupRotation.ts: 24 hourly, 14 daily, 10 pre-restore copies) removes the
 * rest. Files whose names do not follow the pattern are never touched. The clock is a parameter so
 * the rotation is tested with a fake one.
 *
 * MEDIA (#18): pictures and videos are kept ONCE, in `backups/media/<sha256>`, whatever the number of
 * backups that refer to them; an hourly backup with unchanged media copies none. The renderer asks
 * which hashes are missing, sends only those (main re-hashes the bytes and refuses a mismatch), then
 * writes the backup with its list of hashes, kept beside it as `media/<backup name>.hashes` (one hash
 * a line; a backup without media has none). After each rotation, a media file no kept backup lists
 * is deleted.
 * TRAP (order): a backup's bytes arrive BEFORE the backup that lists them, so a media file that no
 * backup lists yet is `pending` (this session) and spared by the cleanup; a backup listing a hash the
 * store lacks is refused, so a kept backup never refers to bytes that are not here.
 */

export const BACKUP_FOLDER = 'backups';
export const BACKUP_MEDIA_FOLDER = 'media';
export const backupFolderPath = (userDataDir: string): string => join(userDataDir, BACKUP_FOLDER);

const LIST_SUFFIX = '.hashes';
const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export type BackupFolderDeps = { dir: string; now?: () => Date; fs?: FsLike };

/** toBackup writes `"app": "cadence"` and `"kind": "backup"` first: a cheap check that needs no parse. */
const looksLikeBackup = (json: string): boolean => {
  const head = json.slice(0, 300);
  return /^\uFEFF?\s*\{/.test(head) && /"app"\s*:\s*"cadence"/.test(head) && /"kind"\s*:\s*"backup"/.test(head);
};

export const createBackupFolder = ({ dir, now = () => new Date(), fs = nodeFs }: BackupFolderDeps) => {
  const list = async (): Promise<BackupInfo[]> => {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      try {
        const { size } = await fs.stat(join(dir, name));
        infos.push({ name, ...parsed, size });
      } catch {
        // Removed meanwhile: not listed.
      }
    }
    return infos.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
  };

  const mediaDir = join(dir, BACKUP_MEDIA_FOLDER);
  const mediaPath = (hash: string): string => {
    // Checked by the contract already; checked again here, as this joins it to a folder.
    if (!MEDIA_HASH_RE.test(hash)) throw new Error('Refused: not a media hash');
    return join(mediaDir, hash);
  };
  const listPath = (name: string): string => join(mediaDir, `${name}${LIST_SUFFIX}`);
  /** Hashes sent this session that no written backup lists yet (see the TRAP above). */
  const pending = new Set<string>();

  const readMediaDir = async (): Promise<string[]> => {
    try {
      return await fs.readdir(mediaDir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };
  const storedMedia = async (): Promise<Set<string>> => new Set((await readMediaDir()).filter((n) => MEDIA_HASH_RE.test(n)));

  const readList = async (name: string): Promise<string[]> => {
    try {
      const text = new TextDecoder().decode(await fs.readFile(listPath(name)));
      return text.split('\n').filter((line) => MEDIA_HASH_RE.test(line));
    } catch (error) {
      if (isMissing(error)) return []; // a backup without media, or one from before #18
      throw error;
    }
  };

  /** Deletes media files no kept backup lists (and lists whose backup is gone); best effort per file. */
  const collectMedia = async (): Promise<void> => {
    const names = await readMediaDir();
    if (names.length === 0) return;
    const kept = (await list()).map((b) => b.name);
    const keptSet = new Set(kept);
    for (const file of names) {
      if (!file.endsWith(LIST_SUFFIX)) continue;
      const owner = file.slice(0, -LIST_SUFFIX.length);
      if (parseBackupName(owner) && !keptSet.has(owner)) await fs.rm(join(mediaDir, file), { force: true }).catch(() => undefined);
    }
    const lists = await Promise.all(kept.map(readList));
    const stored = names.filter((n) => MEDIA_HASH_RE.test(n));
    for (const hash of backupMediaToDelete(stored, lists, pending)) {
      await fs.rm(join(mediaDir, hash), { force: true }).catch(() => undefined);
    }
  };

  const writeNow = async (json: string, reason: BackupReason, media: readonly string[]): Promise<BackupInfo> => {
    if (!looksLikeBackup(json)) throw new Error('Refused writeAutoBackup: this is not a Cadence backup');
    const bytes = new TextEncoder().encode(json);
    if (bytes.byteLength > MAX_FILE_BYTES) throw new Error('Refused writeAutoBackup: the backup is too large');
    const hashes = [...new Set(media)];
    if (hashes.some((h) => !MEDIA_HASH_RE.test(h))) throw new Error('Refused writeAutoBackup: not a media hash');
    if (hashes.length > 0) {
      const stored = await storedMedia();
      const absent = hashes.filter((h) => !stored.has(h));
      if (absent.length > 0) throw new Error(`Refused writeAutoBackup: ${absent.length} media file(s) are not in the backup store (${absent[0]})`);
    }
    await fs.mkdir(dir, { recursive: true });
    const existing = new Set((await list()).map((b) => b.name));
    const at = now();
    let attempt = 1;
    while (existing.has(backupName(reason, at, attempt))) attempt += 1;
    const name = backupName(reason, at, attempt);
    try {
      // The list before the backup: a backup never exists without the list of what it needs.
      if (hashes.length > 0) await writeFileAtomic(listPath(name), `${hashes.join('\n')}\n`, fs);
      await writeFileAtomic(join(dir, name), bytes, fs);
    } catch (error) {
      // A full disk: the store as it was (no list, and the bytes sent for this backup go again).
      await fs.rm(listPath(name), { force: true }).catch(() => undefined);
      for (const hash of hashes) pending.delete(hash);
      await collectMedia().catch(() => undefined);
      throw error;
    }
    for (const hash of hashes) pending.delete(hash);
    // Rotation after the write: the new copy exists before any old one goes; then its media.
    const all = await list();
    for (const old of backupsToDelete(all, at, [name])) {
      await fs.rm(join(dir, old), { force: true }).catch(() => undefined);
    }
    await collectMedia();
    return { name, createdAt: parseBackupName(name)!.createdAt, reason, size: bytes.byteLength };
  };

  // One write at a time: two at the same millisecond must not pick the same name or rotate each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const write = (json: string, reason: BackupReason, media: readonly string[] = []): Promise<BackupInfo> =>
    serial(() => writeNow(json, reason, media));

  const missingMedia = async (hashes: readonly string[]): Promise<string[]> => {
    const stored = await storedMedia();
    return [...new Set(hashes)].filter((h) => !stored.has(h));
  };

  /** Keeps one media file, checked against its hash; a hash kept already is not written again. */
  const writeMedia = (hash: string, bytes: Uint8Array): Promise<void> =>
    serial(async () => {
      const target = mediaPath(hash);
      if (bytes.byteLength > MAX_BACKUP_MEDIA_BYTES) throw new Error('Refused writeBackupMedia: the file is too large');
      if (sha256(bytes) !== hash) throw new Error('Refused writeBackupMedia: the bytes do not match their hash');
      pending.add(hash);
      if ((await storedMedia()).has(hash)) return;
      await fs.mkdir(mediaDir, { recursive: true });
      try {
        await writeFileAtomic(target, bytes, fs);
      } catch (error) {
        pending.delete(hash);
        throw error;
      }
    });

  const readMedia = async (hash: string): Promise<Uint8Array | null> => {
    const target = mediaPath(hash);
    try {
      return await readFileBytes(target, MAX_BACKUP_MEDIA_BYTES, fs);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  const read = async (name: string): Promise<string> => {
    // The contract checked the name already; checked again here, as this joins it to a folder.
    if (!BackupNameSchema.safeParse(name).success) throw new Error('Refused readBackup: not a backup name');
    if (!(await list()).some((b) => b.name === name)) throw new Error(`No backup named ${name}`);
    return readTextFile(join(dir, name), MAX_FILE_BYTES, fs);
  };

  return { list, write, read, missingMedia, writeMedia, readMedia, readList };
};

export type BackupFolder = ReturnType<typeof createBackupFolder>;

/** The bridge calls for automatic backups. */
export const createBackupHandlers = (
  folder: BackupFolder,
): Pick<CadenceBridge, 'writeAutoBackup' | 'listBackups' | 'readBackup' | 'missingBackupMedia' | 'writeBackupMedia' | 'readBackupMedia'> => ({
  writeAutoBackup: ({ json, reason, media }) => folder.write(json, reason, media),
  listBackups: () => folder.list(),
  readBackup: (name) => folder.read(name),
  missingBackupMedia: (hashes) => folder.missingMedia(hashes),
  writeBackupMedia: ({ hash, bytes }) => folder.writeMedia(hash, bytes),
  readBackupMedia: (hash) => folder.readMedia(hash),
});
