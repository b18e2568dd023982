// "Remove unused media" must not remove what an editor not saved yet holds (#18 review): a row stored
// or stored again in the last 24 hours is spared, and so is one it cannot date; damaged post rows
// (a `media` that is not a list, or holds null) count as users without making the removal throw.
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaItem } from '../../../shared/model/media';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { storeMedia, type MediaRow } from '../../../renderer/db/media';
import { findUnusedMedia, MEDIA_GRACE_MS, removeUnusedMedia } from '../../../renderer/db/unusedMedia';
import { client, post } from '../data/fixtures';

vi.stubGlobal('Blob', NodeBlob);

const HOUR = 60 * 60 * 1000;
const NOW = new Date('2026-11-24T09:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const hash = (c: string) => c.repeat(64);
const row = (h: string, addedAt: string): MediaRow => ({
  hash: h,
  kind: 'png',
  size: 100,
  blob: new Blob([new Uint8Array(4)]),
  thumb: null,
  width: 10,
  height: 10,
  addedAt,
});
const item = (h: string): MediaItem => ({ hash: h, name: `${h[0]}.png`, kind: 'png', size: 100, alt: '' });

let counter = 0;
let db: CadenceDb;
beforeEach(async () => {
  counter += 1;
  db = createDb(`cadence-unused-safety-${counter}`);
  await openDb(db);
  await db.clients.put(client('c1', 'Bloom Bakery'));
});
afterEach(() => db.close());

const stored = async () => ((await db.media.toCollection().primaryKeys()) as string[]).sort();

describe('unused media: the grace period', () => {
  it('spares a file stored an hour ago (an editor holds it, not saved yet) and removes one stored 25 hours ago', async () => {
    await db.media.bulkAdd([row(hash('a'), ago(HOUR)), row(hash('b'), ago(25 * HOUR))]);
    expect(await findUnusedMedia(db, { now: NOW })).toEqual({ hashes: [hash('b')], bytes: 100 });
    // Even when the caller confirms it (a list read in another window, a stale one): the removal re-checks.
    const removed = await removeUnusedMedia(db, [hash('a'), hash('b')], { now: NOW });
    expect(removed.hashes).toEqual([hash('b')]);
    expect(await stored()).toEqual([hash('a')]);
    expect(MEDIA_GRACE_MS).toBe(24 * HOUR);
  });

  it('an old unused file attached again in an editor is dated again, so it is spared until the day has passed', async () => {
    await db.media.add(row(hash('c'), ago(30 * 24 * HOUR)));
    expect((await findUnusedMedia(db, { now: NOW })).hashes).toEqual([hash('c')]);
    // The editor stores the same bytes again (storeMedia keeps the row, dates it with this attach).
    await storeMedia(db, [row(hash('c'), ago(HOUR))]);
    expect((await db.media.get(hash('c')))?.addedAt).toBe(ago(30 * 24 * HOUR)); // the first attach, as backups carry it
    await removeUnusedMedia(db, [hash('c')], { now: NOW });
    expect(await stored()).toEqual([hash('c')]);
    expect((await findUnusedMedia(db, { now: new Date(NOW.getTime() + 24 * HOUR) })).hashes).toEqual([hash('c')]);
  });

  it('keeps a file it cannot date (a damaged row), rather than guess its age', async () => {
    await db.media.add(row(hash('d'), 'not a date'));
    await removeUnusedMedia(db, [hash('d')], { now: NOW });
    expect(await stored()).toEqual([hash('d')]);
  });
});

describe('unused media: damaged post rows', () => {
  it('a post whose media is not a list, or holds null, does not make the removal throw; its readable hashes count', async () => {
    await db.media.bulkAdd([row(hash('e'), ago(48 * HOUR)), row(hash('f'), ago(48 * HOUR))]);
    const base = post('p1', 'c1', '2026-11-26');
    await db.posts.bulkPut([
      { ...base, id: 'p1', media: {} } as never,
      { ...base, id: 'p2', media: [null, item(hash('e'))] } as never,
    ]);
    expect(await findUnusedMedia(db, { now: NOW })).toEqual({ hashes: [hash('f')], bytes: 100 });
    expect((await removeUnusedMedia(db, [hash('e'), hash('f')], { now: NOW })).hashes).toEqual([hash('f')]);
    expect(await stored()).toEqual([hash('e')]);
  });
});

describe('unused media: previews', () => {
  it('removes the previews of the files it removes and those left without a file, and keeps the others', async () => {
    const preview = 'data:image/webp;base64,UklGRgAA';
    await db.media.bulkAdd([row(hash('1'), ago(48 * HOUR)), row(hash('2'), ago(48 * HOUR))]);
    await db.posts.put({ ...post('p1', 'c1', '2026-11-26'), media: [item(hash('2'))] });
    await db.previews.bulkAdd([hash('1'), hash('2'), hash('3')].map((h) => ({ hash: h, preview })));
    expect((await removeUnusedMedia(db, [hash('1')], { now: NOW })).hashes).toEqual([hash('1')]);
    expect(await db.previews.toCollection().primaryKeys()).toEqual([hash('2')]);
  });
});
