import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../shared/media/sniff';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { MediaQuotaError, prepareAndStore } from '../../../renderer/features/media/attach';
import { prepareFiles } from '../../../renderer/features/media/prepareMedia';
import { FAKE_MINI, fakeDecoder, fileOf, heicFile, pngBytes, pngFile, sha256 } from './fixtures';

const now = () => new Date('2026-11-24T09:00:00.000Z');
const oversize = (file: File, size: number): File => Object.defineProperty(file, 'size', { value: size });

describe('prepareFiles', () => {
  it('refuses a file that is not media, by name, without decoding it', async () => {
    const decoder = fakeDecoder();
    const { accepted, refusals } = await prepareFiles([fileOf(new TextEncoder().encode('%PDF-1.7 a brief'), 'brief.png', 'image/png')], { decoder, now });
    expect(accepted).toEqual([]);
    expect(refusals).toEqual([{ key: 'errors.mediaNotMedia', name: 'brief.png' }]);
    expect(decoder.decoded).toEqual([]);
  });

  it('refuses a picture over 30 MB with the limit, without decoding it', async () => {
    const decoder = fakeDecoder();
    const { accepted, refusals } = await prepareFiles([oversize(pngFile('huge.png'), MAX_IMAGE_BYTES + 1)], { decoder, now });
    expect(accepted).toEqual([]);
    expect(refusals).toEqual([{ key: 'errors.mediaTooLarge', name: 'huge.png', max: MAX_IMAGE_BYTES }]);
    expect(decoder.decoded).toEqual([]);
  });

  it('accepts a picture of exactly 30 MB', async () => {
    const { accepted } = await prepareFiles([oversize(pngFile('edge.png'), MAX_IMAGE_BYTES)], { decoder: fakeDecoder(), now });
    expect(accepted.map((a) => a.item.size)).toEqual([MAX_IMAGE_BYTES]);
  });

  it('refuses a picture that does not decode (corrupt), naming it', async () => {
    const decoder = fakeDecoder();
    const { accepted, refusals } = await prepareFiles([pngFile('broken.png', 'CORRUPT'), pngFile('fine.png')], { decoder, now });
    expect(refusals).toEqual([{ key: 'errors.mediaCorrupt', name: 'broken.png' }]);
    expect(accepted.map((a) => a.item.name)).toEqual(['fine.png']);
    expect(decoder.decoded).toEqual(['png', 'png']);
  });

  it('accepts a HEIC the platform cannot decode, without a preview', async () => {
    const { accepted, refusals } = await prepareFiles([heicFile('IMG_0042.HEIC')], { decoder: fakeDecoder(), now });
    expect(refusals).toEqual([]);
    expect(accepted[0]!.item).toMatchObject({ name: 'IMG_0042.HEIC', kind: 'heic', alt: '' });
    expect(accepted[0]!.row).toMatchObject({ kind: 'heic', thumb: null, width: null, height: null });
    expect(accepted[0]!.preview).toBeNull();
  });

  it('hashes a good PNG as the SHA-256 of its bytes and keeps its thumbnail and size', async () => {
    const bytes = pngBytes('a good picture');
    const { accepted } = await prepareFiles([fileOf(bytes, 'good.png', 'image/png')], { decoder: fakeDecoder(), now });
    const [{ row, item, preview }] = accepted as [(typeof accepted)[0]];
    // The card-sized preview is stored by hash (renderer/db/previews.ts), never on the item: post rows stay small.
    expect(item).toEqual({ hash: sha256(bytes), name: 'good.png', kind: 'png', size: bytes.length, alt: '' });
    expect(preview).toBe(FAKE_MINI);
    expect(row).toMatchObject({ hash: sha256(bytes), kind: 'png', size: bytes.length, width: 1080, height: 1350, addedAt: '2026-11-24T09:00:00.000Z' });
    expect(row.blob.type).toBe('image/png');
    expect(new Uint8Array(await row.blob.arrayBuffer())).toEqual(bytes);
    expect(row.thumb?.type).toBe('image/webp');
  });

  it('takes the bytes’ format over the name’s: a JPEG called .png is stored as a JPEG', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 2, 3, 4, 5]);
    const { accepted } = await prepareFiles([fileOf(jpeg, 'photo.png', 'image/png')], { decoder: fakeDecoder(), now });
    expect(accepted[0]!.item.kind).toBe('jpeg');
    expect(accepted[0]!.row.blob.type).toBe('image/jpeg');
  });

  it('accepts a video the platform cannot play, without a preview', async () => {
    const decoder = { ...fakeDecoder(), video: () => Promise.reject(new Error('MEDIA_ERR_SRC_NOT_SUPPORTED')) };
    const mov = fileOf(new Uint8Array([0, 0, 0, 20, ...new TextEncoder().encode('ftypqt  '), 0, 0, 0, 0]), 'clip.mov', 'video/quicktime');
    const { accepted, refusals } = await prepareFiles([mov], { decoder, now });
    expect(refusals).toEqual([]);
    expect(accepted[0]!.row).toMatchObject({ kind: 'mov', thumb: null });
  });
});

describe('prepareAndStore', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    db = createDb();
    await openDb(db);
  });
  afterEach(() => db.close());

  it('stores the accepted bytes once per content, nothing for a refused file', async () => {
    const outcome = await prepareAndStore(db, [], [pngFile('a.png'), pngFile('copy of a.png', 'a.png'), pngFile('bad.png', 'CORRUPT')], { decoder: fakeDecoder(), now });
    expect(outcome.items.map((i) => i.name)).toEqual(['a.png']);
    expect(outcome.already).toEqual(['copy of a.png']);
    expect(outcome.refusals.map((r) => r.name)).toEqual(['bad.png']);
    expect(await db.media.toCollection().primaryKeys()).toEqual([sha256(pngBytes('a.png'))]);
  });

  it('a full disk stores nothing, not even the files that fitted, and names them all', async () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const realAdd = db.media.add.bind(db.media);
    vi.spyOn(db.media, 'bulkAdd').mockImplementation((async (rows: Parameters<typeof realAdd>[0][]) => {
      await realAdd(rows[0]!); // the first one fits, then the disk is full
      throw quota;
    }) as never);
    const files = [pngFile('one.png'), pngFile('two.png')];
    const error = await prepareAndStore(db, [], files, { decoder: fakeDecoder(), now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaQuotaError);
    expect((error as MediaQuotaError).names).toEqual(['one.png', 'two.png']);
    vi.restoreAllMocks();
    expect(await db.media.count()).toBe(0);
  });
});
