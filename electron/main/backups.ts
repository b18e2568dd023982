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
import { backupMediaToDelete, backupName, backupsToDelete, newestFirst, parseBackupName } from '../../shared/bridge/backupRotation';
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
 * TRAP (pins): `pending` counts, per hash, the backups on their way that rely on it. Asking which
 * hashes are missing pins every hash asked (one the store has must not be rotated away by another
 * window's write before this backup lists it); the write that lists them releases one pin each, written
 * or refused. A Set would let one backup's failure unpin what another, still in flight, relies on. A
 * pin never released (the renderer gave up between the two calls) only spares files until restart.
 * TRAP (cleanup): deleting media is the one step that can lose data, so it deletes nothing unless it
 * read everything it decides from (the folder's names, every kept list); any error skips it, and a
 * cleanup error never fails a backup already written (logged, tried again after the next one).
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
      } catch (error) {
        // Removed meanwhile: not listed. Anything else (EACCES, EIO…) is not "gone": said, not hidden.
        if (!isMissing(error)) throw error;
      }
    }
    return infos.sort(newestFirst);
  };

  const mediaDir = join(dir, BACKUP_MEDIA_FOLDER);
  const mediaPath = (hash: string): string => {
    // Checked by the contract already; checked again here, as this joins it to a folder.
    if (!MEDIA_HASH_RE.test(hash)) throw new Error('Refused: not a media hash');
    return join(mediaDir, hash);
  };
  const listPath = (name: string): string => join(mediaDir, `${name}${LIST_SUFFIX}`);
  /** Per hash, how many backups on their way rely on it (see the TRAP on pins above). */
  const pending = new Map<string, number>();
  const pin = (hash: string): void => void pending.set(hash, (pending.get(hash) ?? 0) + 1);
  const release = (hash: string): void => {
    const count = (pending.get(hash) ?? 0) - 1;
    if (count > 0) pending.set(hash, count);
    else pending.delete(hash);
  };

  const readMediaDir = async (): Promise<string[]> => {
    try {
      return await fs.readdir(mediaDir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };
  /** One stat per file (PERF: the folder may hold thousands of pictures; no listing per file). */
  const hasMedia = async (hash: string): Promise<boolean> => {
    try {
      await fs.stat(mediaPath(hash));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };
  const absentOf = async (hashes: readonly string[]): Promise<string[]> => {
    const absent: string[] = [];
    for (const hash of hashes) if (!(await hasMedia(hash))) absent.push(hash);
    return absent;
  };

  const readList = async (name: string): Promise<string[]> => {
    try {
      const text = new TextDecoder().decode(await fs.readFile(listPath(name)));
      return text.split('\n').filter((line) => MEDIA_HASH_RE.test(line));
    } catch (error) {
      if (isMissing(error)) return []; // a backup without media, or one from before #18
      throw error;
    }
  };

  /** Temporary files of a write a crash interrupted (writeFileAtomic's `.<name>.<random>.tmp`). */
  const STALE_TEMP_MS = 60 * 60 * 1000;
  const isTemp = (file: string): boolean => file.startsWith('.') && file.endsWith('.tmp');

  /**
   * Deletes media files no kept backup lists, lists whose backup is gone, and temporary files older
   * than an hour. Which backups are kept is read from the folder's names (a backup whose stat fails is
   * still kept); everything is read before anything is deleted, and any read error deletes nothing.
   */
  const collectMedia = async (): Promise<void> => {
    const names = await readMediaDir();
    if (names.length === 0) return;
    const kept = (await fs.readdir(dir)).filter((name) => parseBackupName(name) !== null);
    const keptSet = new Set(kept);
    const lists = await Promise.all(kept.map(readList));
    const orphanLists = names.filter((file) => {
      if (!file.endsWith(LIST_SUFFIX)) return false;
      const owner = file.slice(0, -LIST_SUFFIX.length);
      return parseBackupName(owner) !== null && !keptSet.has(owner);
    });
    const stored = names.filter((n) => MEDIA_HASH_RE.test(n));
    const gone = backupMediaToDelete(stored, lists, pending.keys());
    const staleTemps: string[] = [];
    for (const file of names.filter(isTemp)) {
      const { mtimeMs } = await fs.stat(join(mediaDir, file)).catch(() => ({ mtimeMs: Number.NaN }));
      if (now().getTime() - mtimeMs > STALE_TEMP_MS) staleTemps.push(file);
    }
    for (const file of [...orphanLists, ...gone, ...staleTemps]) {
      await fs.rm(join(mediaDir, file), { force: true }).catch(() => undefined);
    }
  };
  /** Best effort: the backup is written already; a cleanup that failed is tried again after the next. */
  const collectQuietly = async (): Promise<void> => {
    try {
      await collectMedia();
    } catch (error) {
      console.warn('Backups: the media cleanup was skipped; it runs again after the next backup.', error);
    }
  };

  const writeNow = async (json: string, reason: BackupReason, media: readonly string[]): Promise<BackupInfo> => {
    const hashes = [...new Set(media)];
    // Written or refused, this backup no longer relies on its pins (see the TRAP on pins).
    let written: BackupInfo;
    try {
      written = await writeListed(json, reason, hashes);
    } catch (error) {
      for (const hash of hashes) release(hash);
      // The bytes sent for it go again next time, unless another backup on its way pinned them.
      await collectQuietly();
      throw error;
    }
    for (const hash of hashes) release(hash);
    return written;
  };

  const writeListed = async (json: string, reason: BackupReason, hashes: string[]): Promise<BackupInfo> => {
    if (!looksLikeBackup(json)) throw new Error('Refused writeAutoBackup: this is not a Cadence backup');
    const bytes = new TextEncoder().encode(json);
    if (bytes.byteLength > MAX_FILE_BYTES) throw new Error('Refused writeAutoBackup: the backup is too large');
    if (hashes.some((h) => !MEDIA_HASH_RE.test(h))) throw new Error('Refused writeAutoBackup: not a media hash');
    const absent = await absentOf(hashes);
    // The renderer sends again and retries once on this message (renderer/features/data/autoBackupMedia.ts).
    if (absent.length > 0) throw new Error(`Refused writeAutoBackup: ${absent.length} media file(s) are not in the backup store`);
    await fs.mkdir(dir, { recursive: true });
    // Names only: a backup whose stat fails must not stop every later one.
    const existing = new Set(await fs.readdir(dir));
    const at = now();
    let attempt = 1;
    while (existing.has(backupName(reason, at, attempt))) attempt += 1;
    const name = backupName(reason, at, attempt);
    try {
      // The list before the backup: a backup never exists without the list of what it needs.
      if (hashes.length > 0) await writeFileAtomic(listPath(name), `${hashes.join('\n')}\n`, fs);
      await writeFileAtomic(join(dir, name), bytes, fs);
    } catch (error) {
      // A full disk: the store as it was (no list; writeNow then lets the bytes sent for it go).
      await fs.rm(listPath(name), { force: true }).catch(() => undefined);
      throw error;
    }
    // Rotation after the write: the new copy exists before any old one goes; then its media. Best
    // effort, like the cleanup: the backup is written, and a failure here must not say it was not.
    try {
      for (const old of backupsToDelete(await list(), at, [name])) {
        await fs.rm(join(dir, old), { force: true }).catch(() => undefined);
      }
    } catch (error) {
      console.warn('Backups: the rotation was skipped; it runs again after the next backup.', error);
    }
    await collectQuietly();
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

  /** Of `hashes`, those not kept; every one asked is pinned until the backup listing it is written. */
  const missingMedia = async (hashes: readonly string[]): Promise<string[]> => {
    const wanted = [...new Set(hashes)];
    for (const hash of wanted) mediaPath(hash); // refuses a name that is not a hash before pinning it
    for (const hash of wanted) pin(hash);
    return absentOf(wanted);
  };

  /** Keeps one media file, checked against its hash; a hash kept already is not written again. */
  const writeMedia = (hash: string, bytes: Uint8Array): Promise<void> =>
    serial(async () => {
      const target = mediaPath(hash);
      if (bytes.byteLength > MAX_BACKUP_MEDIA_BYTES) throw new Error('Refused writeBackupMedia: the file is too large');
      if (sha256(bytes) !== hash) throw new Error('Refused writeBackupMedia: the bytes do not match their hash');
      // Sent without asking first: pinned here, so the cleanup spares it until a backup lists it.
      if (!pending.has(hash)) pin(hash);
      if (await hasMedia(hash)) return;
      await fs.mkdir(mediaDir, { recursive: true });
      await writeFileAtomic(target, bytes, fs);
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
