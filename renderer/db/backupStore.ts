/**
 * Automatic backups in web mode: the browser has no backup folder, so they live in their own
 * IndexedDB database, `cadence-backups`, apart from the calendar's (a damaged or replaced calendar
 * database leaves them alone). Same names and same rotation as the desktop's folder
 * (shared/bridge/backupRotation.ts); each write and its rotation is one transaction.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { BackupInfo, BackupReason } from '../../shared/bridge/contract';
import { backupName, backupsToDelete, parseBackupName } from '../../shared/bridge/backupRotation';
import { utf8Length } from '../../shared/serializers/utf8';
import { toStorageError } from './errors';

export const BACKUP_DB_NAME = 'cadence-backups';

// What a backup is and what it holds, apart: listing and rotating read the small rows only.
type PayloadRow = { name: string; json: string };
type BackupDb = Dexie & { backups: EntityTable<BackupInfo, 'name'>; payloads: EntityTable<PayloadRow, 'name'> };

const openBackupDb = (name: string): BackupDb => {
  const db = new Dexie(name) as BackupDb;
  db.version(1).stores({ backups: 'name, createdAt', payloads: 'name' });
  return db;
};

export type BackupStore = {
  write(json: string, reason: BackupReason): Promise<BackupInfo>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<string>;
  close(): void;
};

export const createBackupStore = (options: { name?: string; now?: () => Date } = {}): BackupStore => {
  const db = openBackupDb(options.name ?? BACKUP_DB_NAME);
  const now = options.now ?? (() => new Date());

  const list = async (): Promise<BackupInfo[]> => db.backups.orderBy('createdAt').reverse().toArray();

  return {
    list,
    write: async (json, reason) => {
      const at = now();
      // PERF: counted, not `new Blob([json]).size`, which copies the whole backup to measure it (~1 s
      // for 37 MB of JSON, on the page's thread).
      const size = utf8Length(json);
      try {
        return await db.transaction('rw', db.backups, db.payloads, async () => {
          let attempt = 1;
          while (await db.backups.get(backupName(reason, at, attempt))) attempt += 1;
          const name = backupName(reason, at, attempt);
          const row: BackupInfo = { name, createdAt: parseBackupName(name)!.createdAt, reason, size };
          await db.backups.add(row);
          await db.payloads.add({ name, json });
          const gone = backupsToDelete(await db.backups.toArray(), at, [name]);
          await db.backups.bulkDelete(gone);
          await db.payloads.bulkDelete(gone);
          return row;
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
    read: async (name) => {
      const row = await db.payloads.get(name);
      if (!row) throw new Error(`No backup named ${name}`);
      return row.json;
    },
    close: () => db.close(),
  };
};
