// A save never writes a post pointing at bytes that are gone (#18 review): the editor stores a file's
// bytes when it is added, "Remove unused media" in another window may remove them before Save, and the
// post's write then refuses, in its own transaction, naming the file to attach again; nothing written.
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaItem } from '../../../shared/model/media';
import { applyPostChange } from '../../../renderer/db/changes';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import type { MediaRow } from '../../../renderer/db/media';
import { versionsRead } from '../../../renderer/db/conflicts';
import { storageErrorText } from '../../../renderer/features/toasts/useStorageErrors';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from '../data/fixtures';

vi.stubGlobal('Blob', NodeBlob);

const hash = (c: string) => c.repeat(64);
const row = (h: string): MediaRow => ({ hash: h, kind: 'png', size: 4, blob: new Blob([new Uint8Array(4)]), thumb: null, width: 1, height: 1, addedAt: '2026-11-20T10:00:00.000Z' });
const item = (h: string, name: string): MediaItem => ({ hash: h, name, kind: 'png', size: 4, alt: '' });

let counter = 0;
let db: CadenceDb;
beforeEach(async () => {
  counter += 1;
  db = createDb(`cadence-media-missing-${counter}`);
  await openDb(db);
  await db.clients.put(client('c1', 'Bloom Bakery'));
});
afterEach(() => db.close());

describe('saving a post whose media bytes are gone', () => {
  it('refuses the save, names the files to attach again, and writes nothing', async () => {
    await db.media.put(row(hash('a')));
    const stored = post('p1', 'c1', '2026-11-26', { title: 'Croissants', media: [item(hash('a'), 'golden.png')] });
    await db.posts.put(stored);
    // The editor added two files (their bytes were stored), then another window removed them as unused.
    const edited = { ...stored, title: 'Croissants au beurre', media: [...stored.media!, item(hash('b'), 'cut.png'), item(hash('c'), 'box.png')] };
    const error = await applyPostChange(db, { upserts: [edited], deletes: [], read: versionsRead([stored]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('media-missing');
    expect((error as StorageError).fields.files).toBe('cut.png\nbox.png');
    expect(await db.posts.get('p1')).toEqual(stored);

    const en = await createI18n('en');
    expect(storageErrorText(en.t, error)).toBe(
      'The files “cut.png”, “box.png” are no longer stored (they were removed as unused media), so this post was not saved. Attach “cut.png”, “box.png” again, then save.',
    );
    const fr = await createI18n('fr');
    expect(storageErrorText(fr.t, error)).toContain('Joignez «\u00a0cut.png\u00a0», «\u00a0box.png\u00a0» à nouveau');
  });

  it('a new post with a file whose bytes are gone is refused too', async () => {
    const fresh = post('p2', 'c1', '2026-11-27', { media: [item(hash('d'), 'draft.png')] });
    await expect(applyPostChange(db, { upserts: [fresh], deletes: [] })).rejects.toMatchObject({ code: 'media-missing' });
    expect(await db.posts.get('p2')).toBeUndefined();
  });

  it('saves when the bytes are stored, and a post already showing a missing file can still be edited', async () => {
    await db.media.put(row(hash('e')));
    const stored = post('p3', 'c1', '2026-11-26', { media: [item(hash('f'), 'lost.png')] }); // lost before this change
    await db.posts.put(stored);
    const edited = { ...stored, title: 'Renamed', media: [...stored.media!, item(hash('e'), 'new.png')] };
    await applyPostChange(db, { upserts: [edited], deletes: [], read: versionsRead([stored]) });
    expect((await db.posts.get('p3'))?.title).toBe('Renamed');
  });
});
