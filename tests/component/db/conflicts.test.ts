import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPostChange, redoPostChange, undoPostChange } from '../../../renderer/db/changes';
import { ConflictError, versionsRead } from '../../../renderer/db/conflicts';
import type { CadenceDb } from '../../../renderer/db/database';
import { deletePost, updatePost } from '../../../renderer/db/posts';
import type { Post } from '../../../shared/model/post';
import { openTwoWindows } from './twoWindowsFixture';

// Two windows on the same data (issue 13): two Dexie connections to one database stand for two
// windows of one origin. A write made from a version another window has replaced since is refused
// whole, in its transaction, and names both versions; nothing is overwritten silently.

let a: CadenceDb;
let b: CadenceDb;
let post: Post;

beforeEach(async () => {
  ({ a, b, post } = await openTwoWindows('cadence-conflicts', { clientName: 'Acme' }));
});

afterEach(() => {
  vi.useRealTimers();
  a.close();
  b.close();
});

const conflictOf = async (promise: Promise<unknown>): Promise<ConflictError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConflictError);
  return error as ConflictError;
};

describe('writes check the version they were made from', () => {
  it("refuses B's caption edit made from the version before A's new title, and keeps A's title", async () => {
    // Both windows read the same version; A saves a new title first.
    await applyPostChange(a, { upserts: [{ ...post, title: 'Launch week' }], deletes: [], read: new Map([[post.id, post.updatedAt]]) });
    const error = await conflictOf(applyPostChange(b, { upserts: [{ ...post, caption: 'New caption' }], deletes: [], read: new Map([[post.id, post.updatedAt]]) }));
    expect(error.code).toBe('conflict');
    expect(error.conflicts).toEqual([expect.objectContaining({ id: post.id, theirs: expect.objectContaining({ title: 'Launch week' }), mine: expect.objectContaining({ caption: 'New caption' }) })]);
    expect(await b.posts.get(post.id)).toMatchObject({ title: 'Launch week', caption: 'Old caption' });
  });

  it('checks an upsert that lists no read version by its own updatedAt (a drag, a guard fix)', async () => {
    await applyPostChange(a, { upserts: [{ ...post, title: 'Launch week' }], deletes: [] });
    await conflictOf(applyPostChange(b, { upserts: [{ ...post, date: '2026-11-25' }], deletes: [] }));
    expect(await b.posts.get(post.id)).toMatchObject({ title: 'Launch week', date: '2026-11-24' });
    // Made from the version stored now, the same move goes through.
    const current = (await b.posts.get(post.id))!;
    await applyPostChange(b, { upserts: [{ ...current, date: '2026-11-25' }], deletes: [] });
    expect(await a.posts.get(post.id)).toMatchObject({ title: 'Launch week', date: '2026-11-25' });
  });

  it('two writes in the same millisecond still leave different versions, so the second stale writer is caught', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T09:00:00.000Z') }); // the clock does not move
    const fresh = await applyPostChange(a, { upserts: [{ ...post, title: 'One' }], deletes: [] });
    const one = fresh.after.get(post.id)!;
    await applyPostChange(a, { upserts: [{ ...one, title: 'Two' }], deletes: [] });
    // A window still holding "One" (same millisecond as "Two") must not overwrite "Two".
    await conflictOf(applyPostChange(b, { upserts: [{ ...one, caption: 'stale' }], deletes: [], read: new Map([[post.id, one.updatedAt]]) }));
    expect(await b.posts.get(post.id)).toMatchObject({ title: 'Two', caption: 'Old caption' });
  });

  it('refuses a delete made from an older version, and an edit of a post deleted elsewhere', async () => {
    await applyPostChange(a, { upserts: [{ ...post, caption: 'A edited' }], deletes: [] });
    await conflictOf(applyPostChange(b, { upserts: [], deletes: [post.id], read: new Map([[post.id, post.updatedAt]]) }));
    expect(await b.posts.get(post.id)).toMatchObject({ caption: 'A edited' });

    const current = (await a.posts.get(post.id))!;
    await applyPostChange(a, { upserts: [], deletes: [post.id], read: new Map([[post.id, current.updatedAt]]) });
    const error = await conflictOf(applyPostChange(b, { upserts: [{ ...current, title: 'Typed in B' }], deletes: [], read: new Map([[post.id, current.updatedAt]]) }));
    expect(error.conflicts[0]).toMatchObject({ id: post.id, theirs: null });
    expect(await b.posts.get(post.id)).toBeUndefined();
  });

  it("an import's rows (validated) count as planned at their updatedAt: only a write after the plan is a conflict", async () => {
    const planned = new Date(Date.now() + 1000).toISOString(); // planned after the post was stored
    await applyPostChange(a, { upserts: [{ ...post, title: 'Imported', updatedAt: planned }], deletes: [] }, { validated: true });
    expect(await a.posts.get(post.id)).toMatchObject({ title: 'Imported' });
    const stale = '2026-01-01T00:00:00.000Z'; // planned before the row above was written
    await conflictOf(applyPostChange(a, { upserts: [{ ...post, title: 'Old plan', updatedAt: stale }], deletes: [] }, { validated: true }));
  });

  it('updatePost and deletePost with the version read refuse a post changed elsewhere', async () => {
    await updatePost(a, post.id, { ...post, title: 'A title' }, post.updatedAt);
    await conflictOf(updatePost(b, post.id, { ...post, caption: 'B caption' }, post.updatedAt));
    await conflictOf(deletePost(b, post.id, post.updatedAt));
    expect(await b.posts.get(post.id)).toMatchObject({ title: 'A title', caption: 'Old caption' });
  });
});

describe('changes made from posts as read (versionsRead: a drag, a menu action, a week shift)', () => {
  it("a drag of a post B deleted since is refused, not a creation that brings it back", async () => {
    await deletePost(b, post.id);
    const error = await conflictOf(applyPostChange(a, { upserts: [{ ...post, date: '2026-11-26' }], deletes: [], read: versionsRead([post]) }));
    expect(error.conflicts).toEqual([expect.objectContaining({ id: post.id, theirs: null })]);
    expect(await a.posts.get(post.id)).toBeUndefined();
  });

  it("a menu delete made from a version B has replaced since is refused, and B's edit stays", async () => {
    await applyPostChange(b, { upserts: [{ ...post, title: 'Edited in B' }], deletes: [] });
    await conflictOf(applyPostChange(a, { upserts: [], deletes: [post.id], read: versionsRead([post]) }));
    expect(await a.posts.get(post.id)).toMatchObject({ title: 'Edited in B' });
  });

  it('a copy (new ids) made from posts as read is a creation, and goes through', async () => {
    const copy = { ...post, id: 'copy-1', date: '2026-12-01' };
    await applyPostChange(a, { upserts: [copy], deletes: [], read: versionsRead([post]) });
    expect(await a.posts.get('copy-1')).toMatchObject({ date: '2026-12-01' });
  });
});

describe('undo and redo never overwrite a change made since by another window', () => {
  it("A's undo stops when B edited the post after A's change; nothing is written", async () => {
    const applied = await applyPostChange(a, { upserts: [{ ...post, title: 'A title' }], deletes: [] });
    const seen = (await b.posts.get(post.id))!;
    await applyPostChange(b, { upserts: [{ ...seen, caption: 'B caption' }], deletes: [] });
    const error = await conflictOf(undoPostChange(a, applied));
    expect(error.conflicts[0]).toMatchObject({ theirs: expect.objectContaining({ caption: 'B caption' }), mine: expect.objectContaining({ title: 'Launch day' }) });
    expect(await a.posts.get(post.id)).toMatchObject({ title: 'A title', caption: 'B caption' });
  });

  it('undo and redo put rows back exactly, so a chain of steps undoes and redoes; redo stops over a later change', async () => {
    const first = await applyPostChange(a, { upserts: [{ ...post, title: 'One' }], deletes: [] });
    const second = await applyPostChange(a, { upserts: [{ ...first.after.get(post.id)!, title: 'Two' }], deletes: [] });
    await undoPostChange(a, second);
    await undoPostChange(a, first);
    expect(await a.posts.get(post.id)).toEqual(post);
    await redoPostChange(a, first);
    expect(await a.posts.get(post.id)).toEqual(first.after.get(post.id));
    // B edits "One" before A redoes "Two": the redo stops.
    await applyPostChange(b, { upserts: [{ ...first.after.get(post.id)!, notes: 'B notes' }], deletes: [] });
    await conflictOf(redoPostChange(a, second));
    expect(await a.posts.get(post.id)).toMatchObject({ title: 'One', notes: 'B notes' });
  });

  it("A's undo does not bring back, over B's delete, a post B deleted since", async () => {
    const applied = await applyPostChange(a, { upserts: [{ ...post, title: 'A title' }], deletes: [] });
    const seen = (await b.posts.get(post.id))!;
    await applyPostChange(b, { upserts: [], deletes: [post.id], read: new Map([[post.id, seen.updatedAt]]) });
    const error = await conflictOf(undoPostChange(a, applied));
    expect(error.conflicts[0]).toMatchObject({ theirs: null });
    expect(await a.posts.get(post.id)).toBeUndefined();
  });
});
