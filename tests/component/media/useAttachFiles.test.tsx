import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { useHistory, type HistoryApi } from '../../../renderer/features/history/History';
import { useAttachFiles } from '../../../renderer/features/media/attach';
import { createI18n } from '../../../renderer/i18n/i18n';
import { basePost, fakeDecoder, fileOf, MediaHarness, pngBytes, pngFile, sha256 } from './fixtures';

let db: CadenceDb;
let attach: ReturnType<typeof useAttachFiles>;
let history: HistoryApi;

const Probe = () => {
  attach = useAttachFiles();
  history = useHistory();
  return null;
};

const stored = async (): Promise<Post> => (await db.posts.get('p1'))!;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  await db.posts.put(basePost());
  render(
    <MediaHarness db={db} i18n={await createI18n('en')} decoder={fakeDecoder()}>
      <Probe />
    </MediaHarness>,
  );
});

describe('useAttachFiles', () => {
  it('stores the bytes and appends the items in one undo step', async () => {
    await act(() => attach(basePost(), [pngFile('a.png'), pngFile('b.png')]));
    const after = await stored();
    expect(after.media?.map((m) => [m.name, m.kind, m.alt, m.hash])).toEqual([
      ['a.png', 'png', '', sha256(pngBytes('a.png'))],
      ['b.png', 'png', '', sha256(pngBytes('b.png'))],
    ]);
    expect(await db.media.count()).toBe(2);
    expect(screen.getByText('2 files attached to “Launch teaser”.')).toBeInTheDocument();

    await act(() => history.undo());
    expect((await stored()).media ?? []).toEqual([]);
    expect(history.canUndo).toBe(false);
    // The bytes stay (content-addressed): Redo needs them.
    expect(await db.media.count()).toBe(2);
  });

  it('names each refused file and attaches the others', async () => {
    await act(() => attach(basePost(), [fileOf(new TextEncoder().encode('hello, not a picture'), 'notes.txt'), pngFile('ok.png')]));
    expect((await stored()).media?.map((m) => m.name)).toEqual(['ok.png']);
    expect(await screen.findByRole('alert')).toHaveTextContent('“notes.txt” is not a picture or a video Cadence accepts');
  });

  it('leaves the post untouched when nothing can be attached', async () => {
    await act(() => attach(basePost(), [pngFile('broken.png', 'CORRUPT')]));
    expect((await stored()).media).toBeUndefined();
    expect((await stored()).updatedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(await db.media.count()).toBe(0);
    expect(screen.getByRole('alert')).toHaveTextContent('“broken.png” could not be read as a picture');
    expect(history.canUndo).toBe(false);
  });

  it('stops at 20 items per post and says which files were left out', async () => {
    const files = Array.from({ length: 21 }, (_, i) => pngFile(`p${i + 1}.png`));
    await act(() => attach(basePost(), files));
    expect((await stored()).media).toHaveLength(20);
    expect(screen.getByRole('alert')).toHaveTextContent('A post holds at most 20 pictures and videos: “p21.png” was not attached.');
    expect(await db.media.count()).toBe(20);
  });

  it('a full disk leaves the post untouched, stores nothing and names the files', async () => {
    vi.spyOn(db.media, 'bulkAdd').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await act(() => attach(basePost(), [pngFile('one.png'), pngFile('two.png')]));
    vi.restoreAllMocks();
    expect(await stored()).toEqual(basePost());
    expect(await db.media.count()).toBe(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Your disk is full: “one.png”, “two.png” were not stored and the post is unchanged.');
    expect(history.canUndo).toBe(false);
  });
});
