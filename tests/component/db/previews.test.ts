// Card-sized previews by content hash (issue 18, renderer/db/previews.ts): one bulkGet for what is not
// in memory, read with the window that shows them, kept for the session, and a "none" read again (and
// kept meanwhile) when another window (or this one) writes previews.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceDb } from '../../../renderer/db/database';
import { sharedWindow } from '../../../renderer/db/liveWindows';
import { storeMedia } from '../../../renderer/db/media';
import { peekPreview, requestPreview, subscribePreviews, warmPreviews } from '../../../renderer/db/previews';
import { openTwoWindows } from './twoWindowsFixture';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const previewOf = (n: number) => `data:image/webp;base64,UklGR${'A'.repeat(n)}`;

let a: CadenceDb;
let b: CadenceDb;
let clientId: string;

beforeEach(async () => {
  ({ a, b, client: { id: clientId } } = await openTwoWindows('cadence-previews'));
});
afterEach(() => {
  vi.restoreAllMocks();
  a.close();
  b.close();
});

describe('previews by hash', () => {
  it('reads what is not in memory in one bulkGet, then never again', async () => {
    await a.previews.bulkPut([1, 2].map((n) => ({ hash: hash(n), preview: previewOf(n) })));
    const bulkGet = vi.spyOn(a.previews, 'bulkGet');
    await warmPreviews(a, [hash(1), hash(2), hash(3), hash(1)]);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]![0]).toEqual([hash(1), hash(2), hash(3)]);
    expect(peekPreview(a, hash(1))).toBe(previewOf(1));
    expect(peekPreview(a, hash(3))).toBeNull();
    await warmPreviews(a, [hash(1), hash(2), hash(3)]);
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });

  it('reads the whole table in one request when a window wants a good part of it (PERF: bulkGet is a request per key)', async () => {
    const ns = Array.from({ length: 60 }, (_, i) => 100 + i);
    await a.previews.bulkPut(ns.map((n) => ({ hash: hash(n), preview: previewOf(n % 7) })));
    const bulkGet = vi.spyOn(a.previews, 'bulkGet');
    const toArray = vi.spyOn(a.previews, 'toArray');
    await warmPreviews(a, ns.slice(0, 20).map(hash), ns.slice(20, 40).map(hash));
    expect(bulkGet).not.toHaveBeenCalled();
    expect(toArray).toHaveBeenCalledTimes(1);
    for (const n of ns) expect(peekPreview(a, hash(n))).toBe(previewOf(n % 7));
  });

  it('gathers the requests of one task (a month of cards) into one bulkGet', async () => {
    await a.previews.bulkPut([4, 5, 6].map((n) => ({ hash: hash(n), preview: previewOf(n) })));
    const bulkGet = vi.spyOn(a.previews, 'bulkGet');
    for (const n of [4, 5, 6]) requestPreview(a, hash(n));
    await vi.waitFor(() => expect(peekPreview(a, hash(6))).toBe(previewOf(6)));
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });

  it('a window is shown with its cards’ previews already in memory (card and picture in one render)', async () => {
    const media = [{ hash: hash(7), name: 'a.jpg', kind: 'jpeg' as const, size: 10, alt: '' }];
    await a.previews.put({ hash: hash(7), preview: previewOf(7) });
    const post = (await a.posts.toArray())[0]!;
    await a.posts.put({ ...post, media });
    let seen: string | null | undefined = 'not shown';
    const stop = sharedWindow(a, clientId, '2026-11-01', '2026-11-30').subscribe(() => (seen = peekPreview(a, hash(7))));
    await vi.waitFor(() => expect(seen).not.toBe('not shown'));
    expect(seen).toBe(previewOf(7));
    stop();
  });

  it('the first window of a session reads a small previews table whole, beside its posts, and needs no read by hash', async () => {
    await a.previews.bulkPut([11, 12].map((n) => ({ hash: hash(n), preview: previewOf(n) })));
    const post = (await a.posts.toArray())[0]!;
    await a.posts.put({ ...post, media: [{ hash: hash(11), name: 'a.jpg', kind: 'jpeg' as const, size: 10, alt: '' }] });
    const bulkGet = vi.spyOn(a.previews, 'bulkGet');
    let shown = false;
    const stop = sharedWindow(a, clientId, '2026-11-01', '2026-11-30').subscribe(() => (shown = true));
    await vi.waitFor(() => expect(shown).toBe(true));
    expect(peekPreview(a, hash(11))).toBe(previewOf(11));
    expect(peekPreview(a, hash(12))).toBe(previewOf(12));
    // A hash the table did not hold has none, without another read…
    await warmPreviews(a, [hash(13)]);
    expect(peekPreview(a, hash(13))).toBeNull();
    expect(bulkGet).not.toHaveBeenCalled();
    // …until the table is written: then it is read again, by itself.
    await a.previews.put({ hash: hash(13), preview: previewOf(13) });
    await vi.waitFor(() => expect(peekPreview(a, hash(13))).toBe(previewOf(13)));
    stop();
  });

  it('another window storing a preview makes this one forget its "none" and read it', async () => {
    await warmPreviews(b, [hash(8)]);
    expect(peekPreview(b, hash(8))).toBeNull();
    await storeMedia(a, [{ hash: hash(8), kind: 'jpeg', size: 3, blob: new Blob(['abc']), thumb: null, width: null, height: null, addedAt: '2026-11-20T10:00:00.000Z' }], new Map([[hash(8), previewOf(8)]]));
    // The writer knows it at once; the other window reads its nones again.
    expect(peekPreview(a, hash(8))).toBe(previewOf(8));
    await vi.waitFor(() => expect(peekPreview(b, hash(8))).toBe(previewOf(8)));
  });

  it('a "none" stays one while it is read again after a write (a card without preview does not blink)', async () => {
    await warmPreviews(b, [hash(20), hash(21)]);
    const seen: Array<string | null | undefined> = [];
    const stop = subscribePreviews(b, () => seen.push(peekPreview(b, hash(20))));
    const bulkGet = vi.spyOn(b.previews, 'bulkGet');
    await a.previews.put({ hash: hash(21), preview: previewOf(21) });
    await vi.waitFor(() => expect(peekPreview(b, hash(21))).toBe(previewOf(21)));
    expect(bulkGet).toHaveBeenCalled();
    // hash(20) still has none, and was never "not read yet" (which draws an empty square) meanwhile.
    expect(peekPreview(b, hash(20))).toBeNull();
    expect(seen.every((value) => value === null)).toBe(true);
    stop();
  });

  it('stores only previews Cadence makes (a damaged one is left out, never put in an <img> or a backup)', async () => {
    const row = { hash: hash(22), kind: 'jpeg' as const, size: 3, blob: new Blob(['abc']), thumb: null, width: null, height: null, addedAt: '2026-11-20T10:00:00.000Z' };
    await storeMedia(a, [row, { ...row, hash: hash(23) }], new Map([[hash(22), 'data:image/svg+xml;base64,PHN2Zz4='], [hash(23), previewOf(23)]]));
    expect(await a.media.count()).toBeGreaterThanOrEqual(2);
    expect(await a.previews.get(hash(22))).toBeUndefined();
    expect((await a.previews.get(hash(23)))?.preview).toBe(previewOf(23));
  });

  it('storing never replaces a stored preview (a preview never changes for its hash)', async () => {
    const row = { hash: hash(9), kind: 'jpeg' as const, size: 3, blob: new Blob(['abc']), thumb: null, width: null, height: null, addedAt: '2026-11-20T10:00:00.000Z' };
    await storeMedia(a, [row], new Map([[hash(9), previewOf(9)]]));
    await storeMedia(a, [row], new Map([[hash(9), previewOf(1)]]));
    expect((await a.previews.get(hash(9)))?.preview).toBe(previewOf(9));
  });
});
