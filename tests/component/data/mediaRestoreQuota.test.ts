// A restore with media (#18) is one transaction with the posts: a full disk while the pictures are
// written, or a failure after they were written (the posts'), leaves the database exactly as it was,
// reported as the StorageError the app shows for a full disk.
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupData } from '../../../shared/serializers/backup';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import type { MediaRow } from '../../../renderer/db/media';
import { restoreBackup } from '../../../renderer/db/snapshot';
import { client, post } from './fixtures';

// jsdom's Blob does not survive fake-indexeddb's structured clone; Node's does (as Chromium's does).
vi.stubGlobal('Blob', NodeBlob);

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const picture = (seed: number) => Uint8Array.from({ length: 2048 }, (_, i) => (i * 7 + seed) % 256);
const PICTURES = [picture(1), picture(2), picture(3), picture(4)];
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

const data: BackupData = {
  clients: [client('c1', 'Bloom Bakery')],
  posts: [
    post('p1', 'c1', '2026-11-03', {
      title: 'Croissant carousel',
      media: PICTURES.map((bytes, i) => ({ hash: sha(bytes), name: `slide-${i + 1}.png`, kind: 'png' as const, size: bytes.length, alt: '' })),
    }),
  ],
  results: [],
  media: PICTURES.map((bytes) => ({ hash: sha(bytes), kind: 'png' as const, size: bytes.length })),
};

let db: CadenceDb;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = createDb(`cadence-media-restore-quota-${counter}`);
  await openDb(db);
  // What is there before: another client with a post and its own picture.
  const own = rowOf(picture(9));
  await db.clients.put(client('c2', 'Acme'));
  await db.posts.put(post('p9', 'c2', '2026-11-10', { media: [{ hash: own.hash, name: 'logo.png', kind: 'png', size: own.size, alt: 'Logo' }] }));
  await db.media.put(own);
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const dump = async () => ({
  clients: (await db.clients.toArray()).map((c) => c.id).sort(),
  posts: (await db.posts.toArray()).map((p) => p.id).sort(),
  media: (await db.media.toCollection().primaryKeys()).sort(),
});

const quota = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

describe('a restore with media on a full disk', () => {
  it('writes every picture and post when there is room (the control case)', async () => {
    await restoreBackup(db, data, 'replace', PICTURES.map(rowOf));
    expect(await dump()).toEqual({
      clients: ['c1'],
      posts: ['p1'],
      // 'replace' never deletes a media row: the safety copy's post p9 may come back and needs its picture.
      media: [...PICTURES.map(sha), sha(picture(9))].sort(),
    });
  });

  it('half the pictures written then the disk full: StorageError storage-full, nothing restored, nothing lost', async () => {
    const before = await dump();
    const original = db.media.bulkAdd.bind(db.media);
    vi.spyOn(db.media, 'bulkAdd').mockImplementation((async (rows: readonly MediaRow[]) => {
      await original(rows.slice(0, 2));
      throw quota();
    }) as never);
    const error = await restoreBackup(db, data, 'replace', PICTURES.map(rowOf)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('storage-full');
    expect(await dump()).toEqual(before);
  });

  it('the pictures written, then the posts fail: the pictures are taken back with them (one transaction)', async () => {
    const before = await dump();
    vi.spyOn(db.posts, 'bulkPut').mockImplementation((async () => {
      throw quota();
    }) as never);
    const error = await restoreBackup(db, data, 'merge', PICTURES.map(rowOf)).catch((e: unknown) => e);
    expect((error as StorageError).code).toBe('storage-full');
    expect(await dump()).toEqual(before);
  });
});
