/**
 * Automatic backups in web mode: the browser has no backup folder, so they live in their own
 * IndexedDB database, `cadence-backups`, apart from the calendar's (a damaged or replaced calendar
 * database leaves them alone). Same names and same rotation as the desktop's folder
 * (shared/bridge/backupRotation.ts); each write and its rotation is one transaction.
 *
 * MEDIA (#18): pictures and videos are kept ONCE per content hash (`media`, the bytes as a Blob),
 * whatever the number of backups that refer to them, and each backup's hashes are kept apart
 * (`lists`), so rotation knows what a kept backup needs without reading any backup's JSON. A media row
 * no kept backup lists goes in the same transaction as the rotation that made it unused.
 * TRAP (order): a backup's bytes arrive BEFORE the backup that lists them (writeMedia, then write), so
 * a row no backup lists yet is `pending` (this page) and spared by the cleanup; a backup listing a hash
 * the store lacks is refused, so a kept backup never refers to bytes that are not here.
 * TRAP (pins): `pending` counts, per hash, the backups on their way that rely on it: asking which are
 * missing pins every hash asked, the write listing them releases one pin each (written or refused), so
 * one backup's failure never unpins what another still needs. Pins live in this page only: another
 * tab's rotation may still remove a hash this one found present, so a refusal for a hash not in the
 * store is sent again and retried once by the caller (renderer/features/data/autoBackupMedia.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import { MAX_BACKUP_MEDIA_BYTES, MEDIA_HASH_RE, type BackupInfo, type BackupReason } from '../../shared/bridge/contract';
import { backupMediaToDelete, backupName, backupsToDelete, newestFirst, parseBackupName } from '../../shared/bridge/backupRotation';
import { utf8Length } from '../../shared/serializers/utf8';
import { toStorageError } from './errors';
import { sha256Hex } from './media';

export const BACKUP_DB_NAME = 'cadence-backups';

// What a backup is and what it holds, apart: listing and rotating read the small rows only.
type PayloadRow = { name: string; json: string };
type MediaListRow = { name: string; hashes: string[] };
type BackupMediaRow = { hash: string; blob: Blob };
type BackupDb = Dexie & {
  backups: EntityTable<BackupInfo, 'name'>;
  payloads: EntityTable<PayloadRow, 'name'>;
  lists: EntityTable<MediaListRow, 'name'>;
  media: EntityTable<BackupMediaRow, 'hash'>;
};

const openBackupDb = (name: string): BackupDb => {
  const db = new Dexie(name) as BackupDb;
  db.version(1).stores({ backups: 'name, createdAt', payloads: 'name' });
  // #18: media kept once by hash, and each backup's list of hashes (a backup without media has none).
  db.version(2).stores({ backups: 'name, createdAt', payloads: 'name', lists: 'name', media: 'hash' });
  return db;
};

export type BackupStore = {
  /** `media`: the content hashes the backup refers to, each already kept (writeMedia). */
  write(json: string, reason: BackupReason, media?: readonly string[]): Promise<BackupInfo>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<string>;
  /** Of `hashes`, those the store does not keep yet. */
  missingMedia(hashes: readonly string[]): Promise<string[]>;
  /** Keeps one media file by its content hash, checked against the bytes; a kept hash is left alone. */
  writeMedia(hash: string, bytes: Uint8Array): Promise<void>;
  /** The kept bytes of a hash, or null. */
  readMedia(hash: string): Promise<Uint8Array | null>;
  /** The hashes a backup lists ([] for one without media). */
  mediaOf(name: string): Promise<string[]>;
  close(): void;
};

export const createBackupStore = (options: { name?: string; now?: () => Date } = {}): BackupStore => {
  const db = openBackupDb(options.name ?? BACKUP_DB_NAME);
  const now = options.now ?? (() => new Date());
  const pending = new Map<string, number>();
  const pin = (hash: string): void => void pending.set(hash, (pending.get(hash) ?? 0) + 1);
  const release = (hashes: readonly string[]): void => {
    for (const hash of hashes) {
      const count = (pending.get(hash) ?? 0) - 1;
      if (count > 0) pending.set(hash, count);
      else pending.delete(hash);
    }
  };

  const list = async (): Promise<BackupInfo[]> => (await db.backups.toArray()).sort(newestFirst);

  /** Inside a transaction on every table: drops lists of gone backups and media no kept backup lists. */
  const collect = async (): Promise<void> => {
    const kept = new Set((await db.backups.toCollection().primaryKeys()) as string[]);
    const lists = await db.lists.toArray();
    await db.lists.bulkDelete(lists.filter((l) => !kept.has(l.name)).map((l) => l.name));
    const stored = (await db.media.toCollection().primaryKeys()) as string[];
    const gone = backupMediaToDelete(stored, lists.filter((l) => kept.has(l.name)).map((l) => l.hashes), pending.keys());
    await db.media.bulkDelete(gone);
  };

  return {
    list,
    write: async (json, reason, media = []) => {
      const at = now();
      // PERF: counted, not `new Blob([json]).size`, which copies the whole backup to measure it (~1 s
      // for 37 MB of JSON, on the page's thread).
      const size = utf8Length(json);
      const hashes = [...new Set(media)];
      if (hashes.some((h) => !MEDIA_HASH_RE.test(h))) {
        release(hashes);
        throw new Error('Refused writeAutoBackup: not a media hash');
      }
      try {
        const row = await db.transaction('rw', [db.backups, db.payloads, db.lists, db.media], async () => {
          const stored = new Set((await db.media.where('hash').anyOf(hashes).primaryKeys()) as string[]);
          const absent = hashes.filter((h) => !stored.has(h));
          if (absent.length > 0) throw new Error(`Refused writeAutoBackup: ${absent.length} media file(s) are not in the backup store`);
          let attempt = 1;
          while (await db.backups.get(backupName(reason, at, attempt))) attempt += 1;
          const name = backupName(reason, at, attempt);
          const info: BackupInfo = { name, createdAt: parseBackupName(name)!.createdAt, reason, size };
          await db.backups.add(info);
          await db.payloads.add({ name, json });
          if (hashes.length > 0) await db.lists.add({ name, hashes });
          const gone = backupsToDelete(await db.backups.toArray(), at, [name]);
          await db.backups.bulkDelete(gone);
          await db.payloads.bulkDelete(gone);
          await collect();
          return info;
        });
        release(hashes);
        return row;
      } catch (error) {
        // Nothing of this backup was kept (one transaction); the bytes sent for it go again, unless
        // another backup on its way pinned them too.
        release(hashes);
        await db.transaction('rw', [db.backups, db.lists, db.media], collect).catch(() => undefined);
        throw toStorageError(error);
      }
    },
    read: async (name) => {
      const row = await db.payloads.get(name);
      if (!row) throw new Error(`No backup named ${name}`);
      return row.json;
    },
    missingMedia: async (hashes) => {
      const wanted = [...new Set(hashes)].filter((h) => MEDIA_HASH_RE.test(h));
      for (const hash of wanted) pin(hash);
      const stored = new Set((await db.media.where('hash').anyOf(wanted).primaryKeys()) as string[]);
      return wanted.filter((h) => !stored.has(h));
    },
    writeMedia: async (hash, bytes) => {
      if (!MEDIA_HASH_RE.test(hash)) throw new Error('Refused writeBackupMedia: not a media hash');
      if (bytes.byteLength > MAX_BACKUP_MEDIA_BYTES) throw new Error('Refused writeBackupMedia: the file is too large');
      if ((await sha256Hex(bytes)) !== hash) throw new Error('Refused writeBackupMedia: the bytes do not match their hash');
      // Sent without asking first: pinned here, so the cleanup spares it until a backup lists it.
      if (!pending.has(hash)) pin(hash);
      try {
        await db.transaction('rw', db.media, async () => {
          if (!(await db.media.get(hash))) await db.media.add({ hash, blob: new Blob([bytes as BlobPart]) });
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
    readMedia: async (hash) => {
      const row = await db.media.get(hash);
      return row ? new Uint8Array(await row.blob.arrayBuffer()) : null;
    },
    mediaOf: async (name) => (await db.lists.get(name))?.hashes ?? [],
    close: () => db.close(),
  };
};
