// Backups hold everything: every table of the schema (results and any table added later), the rows
// that no longer read (kept as stored), in the manual backup, the automatic one, the safety copy taken
// before a restore, and the restore itself (replace clears, merge merges).
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/src/main';
import { insights } from '../../../shared/insights/lift';
import type { BackupInfo, BackupReason, CadenceBridge } from '../../../shared/bridge/contract';
import { backupChecksum, parseBackup, type BackupData } from '../../../shared/serializers/backup';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { writeSetting } from '../../../renderer/db/settings';
import { BACKED_UP, NOT_BACKED_UP, planRestore, readAll, restoreBackup, tablesLeftOut } from '../../../renderer/db/snapshot';
import { buildBackupFile, buildBackupJson, storeBackup } from '../../../renderer/features/data/backupTasks';
import { mediaRowsFromZip } from '../../../renderer/db/mediaBackup';
import type { MediaRow } from '../../../renderer/db/media';
import { isZip, unpackBackupZip } from '../../../shared/serializers/backupZip';
import { undoRestore } from '../../../renderer/features/data/RestoreConfirm';
import { runAutoBackup } from '../../../renderer/features/data/useAutoBackup';
import { mediaRowsFromBackups } from '../../../renderer/features/data/autoBackupMedia';
import { makeSnapshot } from '../../unit/insights/fixtures';
import { client, post } from './fixtures';

// jsdom's Blob does not survive fake-indexeddb's structured clone (it comes back as an empty object);
// Node's does, as Chromium's does in the app, so the media rows here and the restore's are Node Blobs.
vi.stubGlobal('Blob', NodeBlob);

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
/** Some bytes of every value (a PNG's signature, then 0..255 twice): zip and restore must keep each one. */
const PICTURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 512 }, (_, i) => i % 256)]);
const THUMB = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 9, 8, 7]);
const PICTURE_HASH = sha(PICTURE);
const PREVIEW = 'data:image/webp;base64,UklGRhAAAABXRUJQ';
const mediaRow: MediaRow = {
  hash: PICTURE_HASH,
  kind: 'png',
  size: PICTURE.length,
  blob: new Blob([PICTURE], { type: 'image/png' }),
  thumb: new Blob([THUMB], { type: 'image/webp' }),
  width: 1080,
  height: 1350,
  addedAt: '2026-11-02T10:00:00.000Z',
};
const withPicture = { media: [{ hash: PICTURE_HASH, name: 'croissant.png', kind: 'png' as const, size: PICTURE.length, alt: 'A croissant' }] };

/** One row per table the app knows; a table without one here fails the first test (add it to backups, then here). */
const SAMPLE_ROWS: Record<string, unknown[]> = {
  clients: [client('c1', 'Bloom Bakery')],
  posts: [post('p1', 'c1', '2026-11-03', { status: 'published', ...withPicture }), post('p2', 'c1', '2026-11-05')],
  media: [mediaRow],
  // The card-sized preview of the picture, by hash (schema v5: previews left the posts).
  previews: [{ hash: PICTURE_HASH, preview: PREVIEW }],
  settings: [{ key: 'language', value: 'fr' }],
  results: [makeSnapshot('p1', { id: 'r1', reach: 120, reactions: 9 })],
  meta: [{ key: 'note', value: 'bookkeeping' }],
};

const DAMAGED_POST = { id: 'broken', clientId: 'c1', title: 42 };
const DAMAGED_RESULT = { id: 'r-broken', postId: 'p1', reach: 'lots' };

const bytesOf = async (blob: Blob | null): Promise<string | null> => (blob ? sha(new Uint8Array(await blob.arrayBuffer())) : null);

/**
 * Every row of every table, in key order: two equal dumps mean nothing was lost or changed. A media
 * row's Blobs are compared by the SHA-256 of their bytes (toEqual sees no difference between two Blobs).
 */
const dump = async (db: CadenceDb): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'meta') continue;
    const rows = await table.orderBy(':id').toArray();
    out[table.name] =
      table.name === 'media'
        ? await Promise.all((rows as MediaRow[]).map(async (row) => ({ ...row, blob: await bytesOf(row.blob), thumb: await bytesOf(row.thumb), type: row.blob.type })))
        : rows;
  }
  return out;
};

const seed = async (db: CadenceDb) => {
  for (const table of db.tables) {
    const rows = SAMPLE_ROWS[table.name];
    if (!rows) throw new Error(`no sample rows for table '${table.name}': add it to the backups (renderer/db/snapshot.ts) and here`);
    await table.bulkPut(rows);
  }
  await db.posts.put(DAMAGED_POST as never);
  await db.results.put(DAMAGED_RESULT as never);
};

const parse = (json: string): BackupData => {
  const parsed = parseBackup(json, { maxDataVersion: DATA_VERSION });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.backup.data;
};

/** A bridge keeping automatic backups in memory. */
const memoryBridge = () => {
  const stored: Array<BackupInfo & { json: string }> = [];
  const media = new Map<string, Uint8Array>();
  const bridge = {
    writeAutoBackup: async ({ json, reason }: { json: string; reason: BackupReason }) => {
      const info = { name: `cadence-${reason}-${stored.length}.json`, createdAt: new Date().toISOString(), reason, size: json.length };
      stored.unshift({ ...info, json });
      return info;
    },
    listBackups: async () => stored.map(({ json: _json, ...info }) => info),
    readBackup: async (name: string) => stored.find((b) => b.name === name)?.json ?? '',
    // Media kept once by hash beside the backups (#18).
    missingBackupMedia: async (hashes: string[]) => hashes.filter((h) => !media.has(h)),
    writeBackupMedia: async ({ hash, bytes }: { hash: string; bytes: Uint8Array }) => void media.set(hash, bytes),
    readBackupMedia: async (hash: string) => media.get(hash) ?? null,
  } as unknown as CadenceBridge;
  return { bridge, stored };
};

let db: CadenceDb;
let other: CadenceDb;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = createDb(`cadence-tables-${counter}`);
  other = createDb(`cadence-tables-other-${counter}`);
  await Promise.all([openDb(db), openDb(other)]);
  await seed(db);
});

afterEach(() => {
  db.close();
  other.close();
});

describe('every table travels in backups', () => {
  it('each table of the schema is backed up or left out with a reason', () => {
    const names = db.tables.map((t) => t.name).sort();
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(tablesLeftOut(db)).toEqual([]);
    for (const name of names) expect((BACKED_UP as readonly string[]).includes(name) || name in NOT_BACKED_UP, name).toBe(true);
  });

  it('a manual backup restored into an empty database gives back every row of every table, kept rows included', async () => {
    const { json } = await buildBackupJson(db, new Date('2026-11-24T09:00:00Z'));
    const data = parse(json);
    expect(data.results?.map((r) => r.id)).toEqual(['r1']);
    expect(data.unreadable).toEqual([
      { table: 'posts', row: DAMAGED_POST },
      { table: 'results', row: DAMAGED_RESULT },
    ]);
    // The JSON alone lists the picture but carries no bytes: into a database without them, refused, nothing written.
    const empty = await dump(other);
    await expect(restoreBackup(other, data, 'replace')).rejects.toThrow(/croissant\.png of the post “Post p1” is not in this backup/);
    expect(await dump(other)).toEqual(empty);
    // With the bytes there (as a zip's restore gives them), every row comes back.
    const plan = await restoreBackup(other, data, 'replace', [mediaRow]);
    expect(plan.results).toEqual({ added: 1, replaced: 0, removed: 0 });
    expect(plan.unreadable).toBe(2);
    expect(await dump(other)).toEqual(await dump(db));
  });

  it('a saved backup is a zip whose restore into an empty database gives back every row and identical media bytes', async () => {
    const now = new Date('2026-11-24T09:00:00Z');
    const { name, data } = await buildBackupFile(db, now);
    expect(name).toBe('cadence-backup-2026-11-24.zip');
    if (typeof data === 'string') throw new Error('a backup with media must be a zip');
    expect(isZip(data)).toBe(true);
    const zip = unpackBackupZip(data);
    if (!zip.ok) throw new Error(zip.error.message);
    expect(sha(zip.backup.media.get(PICTURE_HASH)!)).toBe(PICTURE_HASH);
    expect(sha(zip.backup.thumbs.get(PICTURE_HASH)!)).toBe(sha(THUMB));
    const parsed = parseBackup(zip.backup.text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.backup.data.media).toEqual([{ hash: PICTURE_HASH, kind: 'png', size: PICTURE.length, width: 1080, height: 1350, addedAt: mediaRow.addedAt, preview: PREVIEW }]);
    const media = await mediaRowsFromZip(other, parsed.backup, zip.backup, now);
    if (!media.ok) throw new Error(media.error.message);
    await restoreBackup(other, parsed.backup.data, 'replace', media.rows);
    const restored = await other.media.get(PICTURE_HASH);
    expect(await bytesOf(restored!.blob)).toBe(PICTURE_HASH);
    expect(await dump(other)).toEqual(await dump(db));
  });

  it('an automatic backup holds the results too, and a logged result alone makes one due', async () => {
    const { bridge, stored } = memoryBridge();
    expect(await runAutoBackup(db, bridge, { now: new Date('2026-11-24T09:00:00Z') })).toBe('written');
    expect(parse(stored[0]!.json).results).toHaveLength(1);
    expect(await runAutoBackup(db, bridge, { now: new Date('2026-11-24T10:00:00Z') })).toBe('unchanged');
    await db.results.put(makeSnapshot('p2', { id: 'r2' }));
    expect(await runAutoBackup(db, bridge, { now: new Date('2026-11-24T11:00:00Z') })).toBe('written');
    expect(parse(stored[0]!.json).results?.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
  });

  it('a replace-restore then its Undo (the safety copy) bring back every row, damaged ones included', async () => {
    const { bridge } = memoryBridge();
    const before = await dump(db);
    const safety = await storeBackup(db, bridge, 'pre-restore');
    await restoreBackup(db, { clients: [client('c9', 'Cedar')], posts: [], results: [] }, 'replace');
    expect(await db.posts.count()).toBe(0);
    expect(await db.results.count()).toBe(0);
    await undoRestore(db, bridge, safety.name);
    expect(await dump(db)).toEqual(before);
  });

  it('merge adds the backup’s results and never lets a kept row overwrite a row that is there', async () => {
    const data: BackupData = {
      clients: [client('c1', 'Bloom Bakery')],
      posts: [post('p1', 'c1', '2026-11-03', { status: 'published' })],
      results: [makeSnapshot('p1', { id: 'r1', reach: 500 }), makeSnapshot('p1', { id: 'r3' })],
      unreadable: [
        { table: 'posts', row: { id: 'p2', title: 'damaged copy' } },
        { table: 'posts', row: { id: 'kept-2', title: null } },
      ],
    };
    await expect(planRestore(db, data, 'merge')).resolves.toMatchObject({ results: { added: 1, replaced: 1, removed: 0 }, unreadable: 2 });
    await restoreBackup(db, data, 'merge');
    expect((await db.results.get('r1'))?.reach).toBe(500);
    expect(await db.results.get('r3')).toBeDefined();
    expect((await db.posts.get('p2'))?.title).toBe('Post p2');
    expect(await db.posts.get('kept-2')).toEqual({ id: 'kept-2', title: null });
    // Still hidden from the app and kept in the next backup.
    const all = await readAll(db);
    expect(all.unreadable.map((k) => k.row.id).sort()).toEqual(['broken', 'kept-2', 'r-broken']);
  });

  it('replace with an older backup (no results) leaves no results, and says so in its plan', async () => {
    await writeSetting(db, 'language', 'en');
    const plan = await restoreBackup(db, { clients: [client('c1', 'Bloom Bakery')], posts: [] }, 'replace');
    expect(plan.results).toEqual({ added: 0, replaced: 0, removed: 2 });
    expect(await db.results.count()).toBe(0);
  });
});

describe('the command line reads the backups the app writes', () => {
  it('cadence report finds the logged results of an app-made backup', async () => {
    const { json } = await buildBackupJson(db, new Date('2026-11-24T09:00:00Z'));
    const path = join(mkdtempSync(join(tmpdir(), 'cadence-app-backup-')), 'backup.json');
    writeFileSync(path, json);
    let stdout = '';
    let stderr = '';
    const code = await main(['report', path, '--client', 'Bloom Bakery', '--json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as Array<{ insights: ReturnType<typeof insights> }>;
    const readable = await readAll(db);
    expect(report!.insights).toEqual(JSON.parse(JSON.stringify(insights(readable.posts, readable.results, { clientId: 'c1' }))));
    expect(report!.insights).toMatchObject({ posts: 1, withResults: 1 });
  });
});

describe('kept rows in a backup file', () => {
  const file = (unreadable: unknown[]) => {
    const data = { clients: [], posts: [], unreadable };
    return JSON.stringify({ app: 'cadence', kind: 'backup', dataVersion: DATA_VERSION, exportedAt: '2026-11-24T09:00:00.000Z', checksum: backupChecksum(data), data });
  };

  it('refuses a kept row without an id or from an unknown table, naming it', () => {
    const noId = parseBackup(file([{ table: 'posts', row: { title: 'x' } }]), { maxDataVersion: DATA_VERSION });
    expect(noId.ok).toBe(false);
    if (!noId.ok) expect(noId.error.message).toMatch(/kept row #1 \(posts\): it has no id/);
    const table = parseBackup(file([{ table: 'secrets', row: { id: 'a' } }]), { maxDataVersion: DATA_VERSION });
    expect(table.ok).toBe(false);
    if (!table.ok) expect(table.error.message).toMatch(/kept row #1: its table secrets is not one of clients, posts, results/);
  });
});

describe('card previews in backups (data version 5: previews by hash, off the posts)', () => {
  const OLD_PREVIEW = 'data:image/webp;base64,UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=';
  /** A backup file as data version 4 wrote it: the preview on the post's media item, none in the manifest. */
  const v4File = () => {
    const data = {
      clients: [client('c1', 'Bloom Bakery')],
      posts: [post('p1', 'c1', '2026-11-03', { media: [{ ...withPicture.media[0]!, preview: OLD_PREVIEW }] })],
      media: [{ hash: PICTURE_HASH, kind: 'png', size: PICTURE.length, width: 1080, height: 1350, addedAt: mediaRow.addedAt }],
    };
    return JSON.stringify({ app: 'cadence', kind: 'backup', dataVersion: 4, exportedAt: '2026-11-24T09:00:00.000Z', checksum: backupChecksum(data), data });
  };

  it('an older backup (previews on the posts) restores its pictures: the post without them, the same preview in the previews table', async () => {
    const parsed = parseBackup(v4File(), { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    await restoreBackup(other, parsed.backup.data, 'replace', [mediaRow]);
    const restored = await other.posts.get('p1');
    expect(restored?.media).toEqual(withPicture.media);
    expect(await other.previews.toArray()).toEqual([{ hash: PICTURE_HASH, preview: OLD_PREVIEW }]);
    // And the next backup carries it in its manifest.
    expect((await readAll(other)).media).toEqual([expect.objectContaining({ hash: PICTURE_HASH, preview: OLD_PREVIEW })]);
  });

  it('a restore never replaces a preview already stored (a preview never changes for its hash)', async () => {
    const parsed = parseBackup(v4File(), { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    await restoreBackup(db, parsed.backup.data, 'merge');
    expect(await db.previews.toArray()).toEqual([{ hash: PICTURE_HASH, preview: PREVIEW }]);
    expect((await db.posts.get('p1'))?.media).toEqual(withPicture.media);
  });

  it('an automatic backup carries the previews in its manifest, and restoring it into another database brings back the same strings', async () => {
    const { bridge, stored } = memoryBridge();
    expect(await runAutoBackup(db, bridge, { now: new Date('2026-11-24T09:00:00Z') })).toBe('written');
    const parsed = parseBackup(stored[0]!.json, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.backup.data.media?.[0]?.preview).toBe(PREVIEW);
    const media = await mediaRowsFromBackups(other, bridge, parsed.backup, new Date('2026-11-24T09:05:00Z'));
    if (!media.ok) throw new Error(media.error.message);
    await restoreBackup(other, parsed.backup.data, 'replace', media.rows);
    expect(await other.previews.toArray()).toEqual(await db.previews.toArray());
    expect(await bytesOf((await other.media.get(PICTURE_HASH))!.blob)).toBe(PICTURE_HASH);
  });

  it('restores a backup whose manifest preview is not a raster data URL, without that preview (decoration is never a reason to refuse the posts)', async () => {
    const data = {
      clients: [client('c1', 'Bloom Bakery')],
      posts: [post('p1', 'c1', '2026-11-03', { media: withPicture.media })],
      media: [{ hash: PICTURE_HASH, kind: 'png', size: PICTURE.length, preview: 'data:image/svg+xml;base64,PHN2Zz4=' }],
    };
    const text = JSON.stringify({ app: 'cadence', kind: 'backup', dataVersion: DATA_VERSION, exportedAt: '2026-11-24T09:00:00.000Z', checksum: backupChecksum(data), data });
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    await restoreBackup(other, parsed.backup.data, 'replace', [mediaRow]);
    expect((await other.posts.get('p1'))?.media).toEqual(withPicture.media);
    expect(await other.previews.count()).toBe(0);
  });
});
