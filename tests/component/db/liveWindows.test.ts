import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPostChange, undoPostChange } from '../../../renderer/db/changes';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { forgetOptimistic, sharedWindow, type Window } from '../../../renderer/db/liveWindows';
import { createPost } from '../../../renderer/db/posts';
import type { Post } from '../../../shared/model/post';

// A change to posts is on screen before its transaction commits (issue #4: warnings within one frame
// of a drop), is taken back when the write fails, and never hides what the database says afterwards.

let db: CadenceDb;
let counter = 0;
let clientId: string;
let posts: Post[];

beforeEach(async () => {
  db = createDb(`cadence-live-${++counter}`);
  await openDb(db);
  const client = await createClient(db, { name: 'Acme', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  clientId = client.id;
  posts = [];
  for (const [title, date] of [
    ['Monday quiz', '2026-06-01'],
    ['Tuesday sale', '2026-06-02'],
    ['Outside', '2026-07-20'],
  ] as const) {
    posts.push(await createPost(db, { clientId, title, date, time: '10:00', channel: 'instagram', format: 'quiz', tone: 'playful', intent: 'informative', caption: '', invitesParticipation: false, status: 'draft', tags: [], notes: '' }));
  }
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
});

/** Subscribes to June's window; `latest()` is the last value shown. */
const watchJune = async () => {
  const values: Window[] = [];
  const unsubscribe = sharedWindow(db, clientId, '2026-06-01', '2026-06-30').subscribe((w) => values.push(w));
  await vi.waitFor(() => expect(values.length).toBeGreaterThan(0));
  const titles = () => values.at(-1)!.range.posts.map((p) => `${p.date} ${p.title}`);
  return { values, titles, unsubscribe };
};

describe('live windows with changes shown early', () => {
  it('shows a move in the same task as the call, before the transaction commits', async () => {
    const june = await watchJune();
    expect(june.titles()).toEqual(['2026-06-01 Monday quiz', '2026-06-02 Tuesday sale']);
    const moved = { ...posts[0]!, date: '2026-06-03' };
    const shown = june.values.length;
    const writing = applyPostChange(db, { upserts: [moved], deletes: [] });
    // No await yet: the write has not even started its transaction.
    expect(june.titles()).toEqual(['2026-06-02 Tuesday sale', '2026-06-03 Monday quiz']);
    await writing;
    expect(await db.posts.get(moved.id)).toMatchObject({ date: '2026-06-03' });
    // The live query reads the window again after the commit; it finds what is already shown, which
    // is not shown a second time (nothing to redraw).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(june.titles()).toEqual(['2026-06-02 Tuesday sale', '2026-06-03 Monday quiz']);
    expect(june.values.length).toBe(shown + 1);
    june.unsubscribe();
  });

  it('shows posts moving in and out of the window, and deletions, in display order', async () => {
    const june = await watchJune();
    const intoJune = { ...posts[2]!, date: '2026-06-01', time: '09:00' };
    const outOfJune = { ...posts[1]!, date: '2026-08-01' };
    const writing = applyPostChange(db, { upserts: [intoJune, outOfJune], deletes: [posts[0]!.id] });
    expect(june.titles()).toEqual(['2026-06-01 Outside']);
    await writing;
    await vi.waitFor(() => expect(june.titles()).toEqual(['2026-06-01 Outside']));
    june.unsubscribe();
  });

  it('takes a failed write back at once, and shows nothing of a change that does not validate', async () => {
    const june = await watchJune();
    const before = june.titles();
    const invalid = { ...posts[0]!, title: '' };
    await expect(applyPostChange(db, { upserts: [invalid], deletes: [] })).rejects.toThrow();
    expect(june.titles()).toEqual(before);

    // A write that fails in IndexedDB (the connection is gone): shown early, then taken back.
    const shown = june.values.length;
    db.close();
    const writing = applyPostChange(db, { upserts: [{ ...posts[0]!, date: '2026-06-04' }], deletes: [] });
    expect(june.titles()).toContain('2026-06-04 Monday quiz');
    await expect(writing).rejects.toThrow();
    expect(june.titles()).toEqual(before);
    expect(june.values.length).toBe(shown + 2);
    june.unsubscribe();
  });

  it('undo is shown early too, and the database has the last word once read again', async () => {
    const june = await watchJune();
    const applied = await applyPostChange(db, { upserts: [{ ...posts[0]!, date: '2026-06-05' }], deletes: [] });
    const undoing = undoPostChange(db, applied);
    expect(june.titles()).toEqual(['2026-06-01 Monday quiz', '2026-06-02 Tuesday sale']);
    await undoing;
    // A write that bypasses the history (as a restore does) shows through once read.
    forgetOptimistic(db);
    await db.posts.put({ ...posts[1]!, title: 'Written elsewhere' });
    await vi.waitFor(() => expect(june.titles()).toEqual(['2026-06-01 Monday quiz', '2026-06-02 Written elsewhere']));
    june.unsubscribe();
  });

  it('shows a change written at the same instant as the previous one (a clock that does not move)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
    const june = await watchJune();
    const applied = await applyPostChange(db, { upserts: [{ ...posts[0]!, title: 'Same instant' }], deletes: [] });
    const renamed = applied.after.get(posts[0]!.id)!;
    await applyPostChange(db, { upserts: [{ ...renamed, date: '2026-06-09' }], deletes: [] });
    expect(june.titles()).toEqual(['2026-06-02 Tuesday sale', '2026-06-09 Same instant']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(june.titles()).toEqual(['2026-06-02 Tuesday sale', '2026-06-09 Same instant']);
    june.unsubscribe();
  });

  it('shows a re-read that differs only deep inside a field (a media item’s alt text), and not one that is the same', async () => {
    const media = [{ hash: 'a'.repeat(64), name: 'a.png', kind: 'png' as const, size: 10, alt: '', preview: 'data:image/webp;base64,AAAA' }];
    await db.posts.put({ ...posts[0]!, media });
    const june = await watchJune();
    await vi.waitFor(() => expect(june.values.at(-1)!.range.posts[0]!.media).toEqual(media));
    const shown = june.values.length;
    // Written behind the history's back with the same updatedAt: only the content tells them apart.
    await db.posts.put({ ...posts[0]!, media: media.map((m) => ({ ...m })) });
    await db.posts.put({ ...posts[1]!, tags: [...posts[1]!.tags] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(june.values).toHaveLength(shown);
    await db.posts.put({ ...posts[0]!, media: [{ ...media[0]!, alt: 'Flour on a table' }] });
    await vi.waitFor(() => expect(june.values.at(-1)!.range.posts[0]!.media?.[0]?.alt).toBe('Flour on a table'));
    june.unsubscribe();
  });

  it('reads again after a write that concerns the window, and only then', async () => {
    const june = await watchJune();
    const where = vi.spyOn(db.posts, 'where');
    // Another client's post in June, and this client's post in July: nothing June shows.
    const other = await createClient(db, { name: 'Other', color: '#059669', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
    await db.posts.put({ ...posts[0]!, id: 'other-june', clientId: other.id, title: 'Not ours' });
    await db.posts.put({ ...posts[2]!, title: 'Still July' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(where).not.toHaveBeenCalled();
    // Written behind the history's back: a post moved out of June, one added to it.
    await db.posts.put({ ...posts[1]!, date: '2026-08-02' });
    await vi.waitFor(() => expect(june.titles()).toEqual(['2026-06-01 Monday quiz']));
    await db.posts.put({ ...posts[2]!, id: 'new-june', date: '2026-06-20', title: 'New in June' });
    await vi.waitFor(() => expect(june.titles()).toEqual(['2026-06-01 Monday quiz', '2026-06-20 New in June']));
    expect(where).toHaveBeenCalled();
    june.unsubscribe();
  });

  it('drops a committed change after a while even if no read took it over', async () => {
    const june = await watchJune();
    await applyPostChange(db, { upserts: [{ ...posts[0]!, title: 'Renamed' }], deletes: [] });
    await vi.waitFor(() => expect(june.titles()[0]).toBe('2026-06-01 Renamed'));
    // Written behind the module's back, without forgetOptimistic: within ~3 s the database wins.
    await db.posts.put({ ...posts[0]!, title: 'Behind its back' });
    await vi.waitFor(() => expect(june.titles()[0]).toBe('2026-06-01 Behind its back'), { timeout: 5000 });
    june.unsubscribe();
  });
});
