// Two backups on their way at once (#18 review): the web store pins what a page asked for with a
// count (one backup's failure does not unpin what another needs), a refusal because another tab's
// rotation removed a picture in between is answered by sending again once, and what still fails is
// said in the user's language without a hash. Mapping a media row for a restore goes through the
// media repository (renderer/db/media.ts), not Dexie.
import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import { ROTATION } from '../../../shared/bridge/backupRotation';
import type { MediaItem } from '../../../shared/model/media';
import { createBackupStore, type BackupStore } from '../../../renderer/db/backupStore';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import type { MediaRow } from '../../../renderer/db/media';
import { writeBackupWithMedia } from '../../../renderer/features/data/autoBackupMedia';
import { storageErrorText } from '../../../renderer/features/toasts/useStorageErrors';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from './fixtures';

vi.stubGlobal('Blob', NodeBlob);

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-11-24T08:00:00.000Z');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const picture = (seed: number) => Uint8Array.from({ length: 1500 }, (_, i) => (i * 17 + seed * 13) % 256);
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
const A = picture(1);
const B = picture(2);

let counter = 0;
let db: CadenceDb;
let storeName: string;
let tab1: BackupStore;
let tab2: BackupStore;
let now = START;

const bridgeOver = (s: BackupStore, overrides: Partial<CadenceBridge> = {}) =>
  ({
    writeAutoBackup: ({ json, reason, media }: { json: string; reason: 'auto' | 'pre-restore'; media?: string[] }) => s.write(json, reason, media),
    listBackups: () => s.list(),
    readBackup: (name: string) => s.read(name),
    missingBackupMedia: (hashes: string[]) => s.missingMedia(hashes),
    writeBackupMedia: ({ hash, bytes }: { hash: string; bytes: Uint8Array }) => s.writeMedia(hash, bytes),
    readBackupMedia: (hash: string) => s.readMedia(hash),
    ...overrides,
  }) as unknown as CadenceBridge;

/** Another tab writes safety copies without A until every copy listing A has rotated out. */
const rotateAOut = async () => {
  for (let i = 0; i < ROTATION.preRestore; i += 1) {
    now += 1000;
    await tab2.write(backupJson(100 + i), 'pre-restore', []);
  }
};

beforeEach(async () => {
  counter += 1;
  now = START;
  db = createDb(`cadence-race-${counter}`);
  await openDb(db);
  storeName = `cadence-backups-race-${counter}`;
  tab1 = createBackupStore({ name: storeName, now: () => new Date(now) });
  tab2 = createBackupStore({ name: storeName, now: () => new Date(now) });
  await db.clients.put(client('c1', 'Bloom Bakery'));
  await db.media.bulkPut([rowOf(A), rowOf(B)]);
  await db.posts.put(post('p1', 'c1', '2026-11-26', { media: [itemOf(A, 'a.png')] }));
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
  tab1.close();
  tab2.close();
});

describe('web backup store: pins', () => {
  it('a hash found present stays until the backup listing it, whatever this page rotates meanwhile', async () => {
    await tab1.writeMedia(sha(A), A);
    await tab1.write(backupJson(0), 'pre-restore', [sha(A)]);
    expect(await tab1.missingMedia([sha(A)])).toEqual([]); // the automatic backup on its way will not send A
    for (let i = 1; i <= ROTATION.preRestore; i += 1) {
      now += HOUR;
      await tab1.write(backupJson(i), 'pre-restore', []); // the safety copies of restores, meanwhile
    }
    now += HOUR;
    await expect(tab1.write(backupJson(50), 'auto', [sha(A)])).resolves.toMatchObject({ reason: 'auto' });
    expect(await tab1.readMedia(sha(A))).toEqual(A);
  });

  it('a failed backup releases only its own pin: bytes another backup on its way needs stay', async () => {
    expect(await tab1.missingMedia([sha(B)])).toEqual([sha(B)]);
    expect(await tab1.missingMedia([sha(B)])).toEqual([sha(B)]);
    await tab1.writeMedia(sha(B), B);
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'payloads') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    await expect(tab1.write(backupJson(1), 'auto', [sha(B)])).rejects.toBeInstanceOf(StorageError);
    spy.mockRestore();
    expect(await tab1.readMedia(sha(B))).toEqual(B);
    now += 1;
    await expect(tab1.write(backupJson(2), 'auto', [sha(B)])).resolves.toMatchObject({ reason: 'auto' });
  });
});

describe('writing a backup with media while another tab rotates', () => {
  it('sends again and retries once when another tab removed a picture this one found present', async () => {
    await tab1.writeMedia(sha(A), A);
    await tab1.write(backupJson(0), 'pre-restore', [sha(A)]);
    let raced = false;
    const bridge = bridgeOver(tab1, {
      missingBackupMedia: async (hashes: string[]) => {
        const missing = await tab1.missingMedia(hashes);
        if (!raced) {
          raced = true;
          await rotateAOut(); // between "A is there" and the backup listing A
        }
        return missing;
      },
    });
    now += HOUR;
    const written = await writeBackupWithMedia(db, bridge, { json: backupJson(1), reason: 'auto', media: [sha(A)] });
    expect(await tab1.mediaOf(written.name)).toEqual([sha(A)]);
    expect(await tab1.readMedia(sha(A))).toEqual(A);
  });

  it('when the retry is refused too, says so in the user\'s language, with no hash', async () => {
    const refusing = bridgeOver(tab1, {
      writeAutoBackup: async () => {
        throw new Error('Refused writeAutoBackup: 1 media file(s) are not in the backup store');
      },
    });
    const error = await writeBackupWithMedia(db, refusing, { json: backupJson(1), reason: 'auto', media: [sha(A)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    const fr = await createI18n('fr');
    const en = await createI18n('en');
    const french = storageErrorText(fr.t, error);
    expect(french).toBe('Une image ou une vidéo a été supprimée pendant l’écriture de cette sauvegarde\u00a0: la sauvegarde n’a pas été enregistrée. Réessayez.');
    expect(storageErrorText(en.t, error)).toMatch(/^A picture or video was removed while this backup was being written/);
    expect(String((error as Error).message)).not.toMatch(/[0-9a-f]{12}/);
  });

  it('a picture the database lost before it was sent: the same sentence, no hash', async () => {
    await db.media.delete(sha(A));
    const error = await writeBackupWithMedia(db, bridgeOver(tab1), { json: backupJson(1), reason: 'auto', media: [sha(A)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('backup-media');
    expect((error as Error).message).not.toMatch(/[0-9a-f]{12}/);
  });
});

describe('layering', () => {
  it('reads the calendar\'s media through renderer/db/media.ts, never Dexie tables directly', () => {
    const source = readFileSync(path.resolve(__dirname, '../../../renderer/features/data/autoBackupMedia.ts'), 'utf8');
    expect(source).not.toMatch(/\bdb\.(media|posts)\./);
  });
});
