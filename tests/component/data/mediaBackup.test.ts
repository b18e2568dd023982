// A saved backup with media (#18): the zip keeps every byte, a missing or damaged file refuses the
// whole restore (naming the post and the file) with nothing written, an old JSON backup still restores,
// and the command line reads the zip too.
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/src/main';
import { parseBackup, toBackup, type Backup } from '../../../shared/serializers/backup';
import { packBackupZip, unpackBackupZip, type MediaFile } from '../../../shared/serializers/backupZip';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import type { MediaRow } from '../../../renderer/db/media';
import { mediaRowsFromZip } from '../../../renderer/db/mediaBackup';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { restoreBackup } from '../../../renderer/db/snapshot';
import { buildBackupFile } from '../../../renderer/features/data/backupTasks';
import { describeImportError } from '../../../renderer/features/data/importErrors';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from './fixtures';

// jsdom's Blob does not survive fake-indexeddb's structured clone; Node's does (as Chromium's does).
vi.stubGlobal('Blob', NodeBlob);

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const NOW = new Date('2026-11-24T09:00:00Z');
const picture = (seed: number, length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
const A = picture(1, 4096);
const B = picture(2, 70_000);
const item = (bytes: Uint8Array, name: string) => ({ hash: sha(bytes), name, kind: 'jpeg' as const, size: bytes.length, alt: '' });
const row = (bytes: Uint8Array): MediaRow => ({
  hash: sha(bytes),
  kind: 'jpeg',
  size: bytes.length,
  blob: new Blob([bytes as BlobPart], { type: 'image/jpeg' }),
  thumb: null,
  width: 800,
  height: 600,
  addedAt: '2026-11-01T08:00:00.000Z',
});

let db: CadenceDb;
let other: CadenceDb;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = createDb(`cadence-media-backup-${counter}`);
  other = createDb(`cadence-media-backup-other-${counter}`);
  await Promise.all([openDb(db), openDb(other)]);
  await db.clients.put(client('c1', 'Bloom Bakery'));
  await db.posts.bulkPut([
    post('p1', 'c1', '2026-11-03', { title: 'Croissant week', media: [item(A, 'croissant.jpg'), item(B, 'oven.jpg')] }),
    post('p2', 'c1', '2026-11-05', { media: [item(A, 'croissant-again.jpg')] }),
  ]);
  await db.media.bulkPut([row(A), row(B)]);
});

afterEach(() => {
  db.close();
  other.close();
});

const savedZip = async (): Promise<Uint8Array> => {
  const { data } = await buildBackupFile(db, NOW);
  if (typeof data === 'string') throw new Error('expected a zip');
  return data;
};

const parsed = (text: string): Backup => {
  const result = parseBackup(text, { maxDataVersion: DATA_VERSION });
  if (!result.ok) throw new Error(result.error.message);
  return result.backup;
};

/** The zip's JSON with its files, some of them changed by `edit`. */
const tampered = (zip: Uint8Array, edit: (files: Map<string, Uint8Array>) => void): Uint8Array => {
  const unpacked = unpackBackupZip(zip);
  if (!unpacked.ok) throw new Error(unpacked.error.message);
  edit(unpacked.backup.media);
  const files: MediaFile[] = [...unpacked.backup.media].map(([hash, bytes]) => ({ hash, bytes, thumb: null }));
  return packBackupZip(unpacked.backup.text, files);
};

const restoreZip = async (zip: Uint8Array) => {
  const unpacked = unpackBackupZip(zip);
  if (!unpacked.ok) return unpacked;
  const backup = parsed(unpacked.backup.text);
  const media = await mediaRowsFromZip(other, backup, unpacked.backup, NOW);
  if (media.ok) await restoreBackup(other, backup.data, 'replace', media.rows);
  return media;
};

const nothingWritten = async () => {
  expect(await other.posts.count()).toBe(0);
  expect(await other.clients.count()).toBe(0);
  expect(await other.media.count()).toBe(0);
};

describe('a saved backup with media', () => {
  it('lists each content hash once and stores the files uncompressed, byte for byte', async () => {
    const zip = await savedZip();
    const unpacked = unpackBackupZip(zip);
    if (!unpacked.ok) throw new Error(unpacked.error.message);
    expect(parsed(unpacked.backup.text).data.media?.map((m) => m.hash).sort()).toEqual([sha(A), sha(B)].sort());
    expect([...unpacked.backup.media.keys()].sort()).toEqual([sha(A), sha(B)].sort());
    // Stored, not deflated: the zip is at least as large as the files it holds.
    expect(zip.length).toBeGreaterThan(A.length + B.length);
    const restored = await restoreZip(zip);
    expect(restored.ok).toBe(true);
    for (const bytes of [A, B]) {
      const stored = await other.media.get(sha(bytes));
      expect(sha(new Uint8Array(await stored!.blob.arrayBuffer()))).toBe(sha(bytes));
      expect(stored).toMatchObject({ kind: 'jpeg', size: bytes.length, width: 800, height: 600, addedAt: '2026-11-01T08:00:00.000Z' });
    }
    expect((await other.posts.get('p1'))?.media?.map((m) => m.name)).toEqual(['croissant.jpg', 'oven.jpg']);
  });

  it('refuses a zip missing a file, naming the post and the file, and writes nothing', async () => {
    const zip = tampered(await savedZip(), (files) => files.delete(sha(B)));
    const result = await restoreZip(zip);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/the file oven\.jpg of the post “Croissant week” is missing from this backup/);
    await nothingWritten();
  });

  it('says which file of which post is missing in French too', async () => {
    const result = await restoreZip(tampered(await savedZip(), (files) => files.delete(sha(B))));
    if (result.ok) throw new Error('expected a refusal');
    const i18n = await createI18n('fr');
    expect(describeImportError(result.error, i18n.t, 'fr')).toBe(
      'Le fichier oven.jpg de la publication «\u00a0Croissant week\u00a0» manque dans cette sauvegarde\u00a0: rien n’a été restauré.',
    );
  });

  it('refuses a file whose bytes changed (same size) or whose size changed, and writes nothing', async () => {
    const flipped = tampered(await savedZip(), (files) => {
      const bytes = files.get(sha(A))!.slice();
      bytes[100] = (bytes[100]! + 1) % 256;
      files.set(sha(A), bytes);
    });
    const flip = await restoreZip(flipped);
    expect(flip.ok).toBe(false);
    if (!flip.ok) expect(flip.error.message).toMatch(/the file croissant\.jpg of the post “Croissant week” is damaged in this backup: its bytes do not match/);
    const cut = tampered(await savedZip(), (files) => files.set(sha(B), files.get(sha(B))!.slice(0, 100)));
    const short = await restoreZip(cut);
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.error.message).toMatch(/oven\.jpg .* damaged in this backup: 100 bytes instead of 70000/);
    await nothingWritten();
  });

  it('on a full disk, fails with the storage message and writes nothing (media and posts in one transaction)', async () => {
    const zip = await savedZip();
    const unpacked = unpackBackupZip(zip);
    if (!unpacked.ok) throw new Error(unpacked.error.message);
    const backup = parsed(unpacked.backup.text);
    const media = await mediaRowsFromZip(other, backup, unpacked.backup, NOW);
    if (!media.ok) throw new Error(media.error.message);
    // The media rows are written last: the quota error takes back the posts and clients written before them.
    const full = vi.spyOn(other.media, 'bulkAdd').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(restoreBackup(other, backup.data, 'replace', media.rows)).rejects.toMatchObject({ code: 'storage-full', message: 'The disk is full: the change was not saved.' });
    full.mockRestore();
    await nothingWritten();
  });

  it('refuses a damaged zip with a clear message', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const result = unpackBackupZip(zip);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/this zip file is damaged and cannot be read/);
  });

  it('still restores an old JSON backup without a media list', async () => {
    const old = toBackup({ clients: [client('c1', 'Bloom Bakery')], posts: [post('p9', 'c1', '2026-10-01')] }, { dataVersion: 3, now: NOW });
    const backup = parsed(old);
    expect(backup.data.media).toBeUndefined();
    const media = await mediaRowsFromZip(other, backup, { media: new Map(), thumbs: new Map() }, NOW);
    expect(media).toEqual({ ok: true, rows: [] });
    await restoreBackup(other, backup.data, 'replace');
    expect((await other.posts.get('p9'))?.date).toBe('2026-10-01');
  });

  it('refuses a manifest entry that is not a hash, naming it', () => {
    const data = { clients: [], posts: [], media: [{ hash: 'nope', kind: 'jpeg', size: 3 }] };
    const result = parseBackup(toBackup(data as never, { dataVersion: DATA_VERSION, now: NOW }), { maxDataVersion: DATA_VERSION });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/media file #1 nope: its hash is not 64 hexadecimal digits/);
  });
});

describe('the command line reads a backup zip', () => {
  const run = async (bytes: Uint8Array) => {
    const path = join(mkdtempSync(join(tmpdir(), 'cadence-zip-')), 'cadence-backup-2026-11-24.zip');
    writeFileSync(path, bytes);
    let stdout = '';
    let stderr = '';
    const code = await main(['report', path, '--client', 'Bloom Bakery', '--json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };

  it('reports on the posts of a zip', async () => {
    const { code, stdout, stderr } = await run(await savedZip());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('refuses a zip with a damaged media file, naming it', async () => {
    const zip = tampered(await savedZip(), (files) => files.set(sha(A), files.get(sha(A))!.slice(0, 10)));
    const { code, stderr } = await run(zip);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/croissant\.jpg of the post “Croissant week” is damaged in this backup: 10 bytes instead of 4096/);
  });
});
