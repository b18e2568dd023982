import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import {
  BackupNameSchema,
  MAX_FILE_BYTES,
  type BackupInfo,
  type BackupReason,
  type CadenceBridge,
} from '../../shared/bridge/contract';
import { backupName, backupsToDelete, parseBackupName } from '../../shared/bridge/backupRotation';
import { readTextFile, writeFileAtomic, type FsLike } from './files';

/**
 * Automatic backups of the calendar, in `<userData>/backups` (a folder the main process picks; the
 * renderer only ever names a backup by its file name, checked against the contract's pattern).
 *
 * The renderer builds the backup (it owns the database) and hands over its JSON: at start, every hour
 * while something changed, and just before a restore. Each one is written atomically, then the
 * rotation (shared/bridge/backupRotation.ts: 24 hourly, 14 daily, 10 pre-restore copies) removes the
 * rest. Files whose names do not follow the pattern are never touched. The clock is a parameter so
 * the rotation is tested with a fake one.
 */

export const BACKUP_FOLDER = 'backups';
export const backupFolderPath = (userDataDir: string): string => join(userDataDir, BACKUP_FOLDER);

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

  const writeNow = async (json: string, reason: BackupReason): Promise<BackupInfo> => {
    if (!looksLikeBackup(json)) throw new Error('Refused writeAutoBackup: this is not a Cadence backup');
    const bytes = new TextEncoder().encode(json);
    if (bytes.byteLength > MAX_FILE_BYTES) throw new Error('Refused writeAutoBackup: the backup is too large');
    await fs.mkdir(dir, { recursive: true });
    const existing = new Set((await list()).map((b) => b.name));
    const at = now();
    let attempt = 1;
    while (existing.has(backupName(reason, at, attempt))) attempt += 1;
    const name = backupName(reason, at, attempt);
    await writeFileAtomic(join(dir, name), bytes, fs);
    // Rotation after the write: the new copy exists before any old one goes.
    const all = await list();
    for (const old of backupsToDelete(all, at, [name])) {
      await fs.rm(join(dir, old), { force: true }).catch(() => undefined);
    }
    return { name, createdAt: parseBackupName(name)!.createdAt, reason, size: bytes.byteLength };
  };

  // One write at a time: two at the same millisecond must not pick the same name or rotate each other.
  let queue: Promise<unknown> = Promise.resolve();
  const write = (json: string, reason: BackupReason): Promise<BackupInfo> => {
    const next = queue.then(() => writeNow(json, reason));
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (name: string): Promise<string> => {
    // The contract checked the name already; checked again here, as this joins it to a folder.
    if (!BackupNameSchema.safeParse(name).success) throw new Error('Refused readBackup: not a backup name');
    if (!(await list()).some((b) => b.name === name)) throw new Error(`No backup named ${name}`);
    return readTextFile(join(dir, name), MAX_FILE_BYTES, fs);
  };

  return { list, write, read };
};

export type BackupFolder = ReturnType<typeof createBackupFolder>;

/** The bridge calls for automatic backups. */
export const createBackupHandlers = (
  folder: BackupFolder,
): Pick<CadenceBridge, 'writeAutoBackup' | 'listBackups' | 'readBackup'> => ({
  writeAutoBackup: ({ json, reason }) => folder.write(json, reason),
  listBackups: () => folder.list(),
  readBackup: (name) => folder.read(name),
});
