// Automatic backups in web mode keep their media once by content hash (#18): an hourly backup with
// unchanged media sends none, rotation never deletes media a kept backup lists and deletes the rest,
// a full disk leaves the store as it was, and restoring an automatic backup gets the same bytes back.
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import { ROTATION } from '../../../shared/bridge/backupRotation';
import { parseBackup } from '../../../shared/serializers/backup';
import type { MediaItem } from '../../../shared/model/media';
import { createBackupStore, type BackupStore } from '../../../renderer/db/backupStore';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import type { MediaRow } from '../../../renderer/db/media';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { restoreBackup } from '../../../renderer/db/snapshot';
import { mediaRowsFromBackups } from '../../../renderer/features/data/autoBackupMedia';
import { storeBackup } from '../../../renderer/features/data/backupTasks';
import { runAutoBackup } from '../../../renderer/features/data/useAutoBackup';
import { client, post } from './fixtures';

// jsdom's Blob does not survive fake-indexeddb's structured clone; Node's does (as Chromium's does).
vi.stubGlobal('Blob', NodeBlob);

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-11-24T08:00:00.000Z');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const picture = (seed: number) => Uint8Array.from({ length: 3000 }, (_, i) => (i * 13 + seed * 31) % 256);
const rowOf = (bytes: Uint8Array): MediaRow => ({
  hash: sha(bytes),
  kind: 'png',
  size: bytes.length,
  blob: new Blob([bytes as BlobPart], { type: 'image/png' }),
  thumb: null,
  width: 10,
  height: 10,
  addedAt: '2026-11-01T08:00:00.000Z',
});
const itemOf = (bytes: Uint8Array, name: string): MediaItem => ({ hash: sha(bytes), name, kind: 'png', size: bytes.length, alt: '' });
const backupJson = (n: number) => `{\n  "app": "cadence",\n  "kind": "backup",\n  "n": ${n}\n}\n`;

let counter = 0;
let db: CadenceDb;
let store: BackupStore;
let now = START;

/** The web bridge's backup calls over `store`, each a spy so a test counts what crossed. */
const bridgeOver = (s: BackupStore) =>
  ({
    writeAutoBackup: vi.fn(({ json, reason, media }: { json: string; reason: 'auto' | 'pre-restore'; media?: string[] }) => s.write(json, reason, media)),
    listBackups: vi.fn(() => s.list()),
    readBackup: vi.fn((name: string) => s.read(name)),
    missingBackupMedia: vi.fn((hashes: string[]) => s.missingMedia(hashes)),
    writeBackupMedia: vi.fn(({ hash, bytes }: { hash: string; bytes: Uint8Array }) => s.writeMedia(hash, bytes)),
    readBackupMedia: vi.fn((hash: string) => s.readMedia(hash)),
  }) as unknown as CadenceBridge & Record<'writeBackupMedia' | 'missingBackupMedia', ReturnType<typeof vi.fn>>;

beforeEach(async () => {
  counter += 1;
  now = START;
  db = createDb(`cadence-auto-media-${counter}`);
  await openDb(db);
  store = createBackupStore({ name: `cadence-backups-media-${counter}`, now: () => new Date(now) });
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
  store.close();
});

const A = picture(1);
const B = picture(2);
const C = picture(3);

describe('automatic backups with media (web store)', () => {
  it('send each picture once: an hourly backup with unchanged media copies none', async () => {
    const bridge = bridgeOver(store);
    await db.clients.put(client('c1', 'Bloom Bakery'));
    await db.media.bulkPut([rowOf(A), rowOf(B)]);
    await db.posts.put(post('p1', 'c1', '2026-11-26', { title: 'Croissants', media: [itemOf(A, 'a.png'), itemOf(B, 'b.png')] }));

    await expect(runAutoBackup(db, bridge, { now: new Date(now) })).resolves.toBe('written');
    expect(bridge.writeBackupMedia).toHaveBeenCalledTimes(2);
    expect(sha((await store.readMedia(sha(A)))!)).toBe(sha(A));
    expect(sha((await store.readMedia(sha(B)))!)).toBe(sha(B));

    // An hour later, the text changed, the pictures did not: a new backup, no media sent.
    now += HOUR;
    await db.posts.update('p1', { title: 'Croissants au beurre', updatedAt: new Date(now).toISOString() });
    await expect(runAutoBackup(db, bridge, { now: new Date(now) })).resolves.toBe('written');
    expect(await store.list()).toHaveLength(2);
    expect(bridge.writeBackupMedia).toHaveBeenCalledTimes(2);
    const [latest] = await store.list();
    expect((await store.mediaOf(latest!.name)).sort()).toEqual([sha(A), sha(B)].sort());

    // A third picture: only its bytes go.
    now += HOUR;
    await db.media.put(rowOf(C));
    await db.posts.update('p1', { media: [itemOf(A, 'a.png'), itemOf(B, 'b.png'), itemOf(C, 'c.png')], updatedAt: new Date(now).toISOString() });
    await runAutoBackup(db, bridge, { now: new Date(now) });
    expect(bridge.writeBackupMedia).toHaveBeenCalledTimes(3);
    expect(bridge.writeBackupMedia.mock.calls[2]![0].hash).toBe(sha(C));
  });

  it('the safety copy before a restore lists its media too', async () => {
    const bridge = bridgeOver(store);
    await db.clients.put(client('c1', 'Bloom Bakery'));
    await db.media.put(rowOf(A));
    await db.posts.put(post('p1', 'c1', '2026-11-26', { media: [itemOf(A, 'a.png')] }));
    const safety = await storeBackup(db, bridge, 'pre-restore');
    expect(await store.mediaOf(safety.name)).toEqual([sha(A)]);
    expect(await store.readMedia(sha(A))).toEqual(A);
  });

  it('rotation deletes a picture once no kept backup lists it, never before', async () => {
    await store.writeMedia(sha(A), A);
    await store.writeMedia(sha(B), B);
    const first = await store.write(backupJson(0), 'pre-restore', [sha(A), sha(B)]);
    for (let i = 1; i < ROTATION.preRestore; i += 1) {
      now += HOUR;
      await store.write(backupJson(i), 'pre-restore', [sha(B)]);
      // The first copy is still kept, so its picture A is too.
      expect(await store.readMedia(sha(A))).toEqual(A);
    }
    now += HOUR;
    await store.write(backupJson(99), 'pre-restore', [sha(B)]);
    expect((await store.list()).some((b) => b.name === first.name)).toBe(false);
    expect(await store.readMedia(sha(A))).toBeNull();
    expect(await store.mediaOf(first.name)).toEqual([]);
    expect(await store.readMedia(sha(B))).toEqual(B);
  });

  it('over 60 hourly backups with changing pictures, every kept backup finds its bytes and nothing else is kept', async () => {
    const pictures = Array.from({ length: 8 }, (_, i) => picture(10 + i));
    for (let hour = 0; hour < 60; hour += 1) {
      // A deterministic, changing selection: 1 to 3 pictures per backup.
      const used = pictures.filter((_, i) => (hour * 5 + i * 3) % 8 < 1 + (hour % 3));
      for (const bytes of used) if ((await store.missingMedia([sha(bytes)])).length > 0) await store.writeMedia(sha(bytes), bytes);
      await store.write(backupJson(hour), 'auto', used.map(sha));
      now += HOUR;
      const kept = await store.list();
      const needed = new Set<string>();
      for (const backup of kept) for (const hash of await store.mediaOf(backup.name)) needed.add(hash);
      for (const hash of needed) expect(await store.readMedia(hash), `hour ${hour}`).not.toBeNull();
      expect(await store.missingMedia(pictures.map(sha))).toEqual(pictures.map(sha).filter((h) => !needed.has(h)));
    }
  });

  it('spares bytes sent for a backup not written yet', async () => {
    await store.writeMedia(sha(A), A);
    await store.write(backupJson(1), 'auto', []);
    expect(await store.readMedia(sha(A))).toEqual(A);
  });

  it('refuses a backup listing a hash it lacks, bytes that do not match their hash, and a malformed hash, keeping nothing', async () => {
    await expect(store.write(backupJson(1), 'auto', [sha(A)])).rejects.toThrow(/not in the backup store/);
    await expect(store.writeMedia(sha(A), B)).rejects.toThrow(/do not match/);
    await expect(store.writeMedia('../' + sha(A).slice(3), A)).rejects.toThrow(/not a media hash/);
    expect(await store.list()).toEqual([]);
    expect(await store.missingMedia([sha(A)])).toEqual([sha(A)]);
  });

  it('a full disk while the backup is written: storage-full, and the store as it was', async () => {
    await store.writeMedia(sha(A), A);
    const kept = await store.write(backupJson(1), 'auto', [sha(A)]);
    now += HOUR;
    await store.writeMedia(sha(B), B);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'payloads') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const error = await store.write(backupJson(2), 'auto', [sha(A), sha(B)]).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('storage-full');
    expect((await store.list()).map((b) => b.name)).toEqual([kept.name]);
    // B was sent for the backup that failed: gone with it. A, listed by the kept backup, stays.
    expect(await store.missingMedia([sha(A), sha(B)])).toEqual([sha(B)]);
  });

  it('restoring an automatic backup into a database without its pictures brings back the same bytes', async () => {
    const bridge = bridgeOver(store);
    await db.clients.put(client('c1', 'Bloom Bakery'));
    await db.media.bulkPut([rowOf(A), rowOf(B)]);
    await db.posts.put(post('p1', 'c1', '2026-11-26', { title: 'Croissants', media: [itemOf(A, 'a.png'), itemOf(B, 'b.png')] }));
    await runAutoBackup(db, bridge, { now: new Date(now) });
    const [info] = await store.list();
    const parsed = parseBackup(await store.read(info!.name), { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);

    const fresh = createDb(`cadence-auto-media-fresh-${counter}`);
    await openDb(fresh);
    try {
      const media = await mediaRowsFromBackups(fresh, bridge, parsed.backup, new Date(now));
      if (!media.ok) throw new Error(media.error.message);
      await restoreBackup(fresh, parsed.backup.data, 'replace', media.rows);
      const rows = await fresh.media.toArray();
      const hashes = await Promise.all(rows.map(async (row) => sha(new Uint8Array(await row.blob.arrayBuffer()))));
      expect(hashes.sort()).toEqual([sha(A), sha(B)].sort());
      expect((await fresh.posts.get('p1'))?.media?.map((m) => m.name)).toEqual(['a.png', 'b.png']);

      // The store lacking a picture: refused, naming the post and file.
      const other = createDb(`cadence-auto-media-other-${counter}`);
      await openDb(other);
      const lacking = { ...bridge, readBackupMedia: async (hash: string) => (hash === sha(B) ? null : store.readMedia(hash)) } as CadenceBridge;
      const refused = await mediaRowsFromBackups(other, lacking, parsed.backup, new Date(now));
      other.close();
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/b\.png.*Croissants/);
    } finally {
      fresh.close();
    }
  });
});
