// Two windows and a post's first comment and review (issues 13, 16, 17): an edit shows up whole in the
// other window's live calendar (rows travel whole, no field list drops them), and a stale write over
// it is refused with both versions, the other window's first comment and review kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPostChange, undoPostChange } from '../../../renderer/db/changes';
import { ConflictError } from '../../../renderer/db/conflicts';
import type { CadenceDb } from '../../../renderer/db/database';
import { sharedWindow, type Window } from '../../../renderer/db/liveWindows';
import { getPost } from '../../../renderer/db/posts';
import type { Approval } from '../../../shared/model/approval';
import type { Post } from '../../../shared/model/post';
import { openTwoWindows } from './twoWindowsFixture';

let a: CadenceDb;
let b: CadenceDb;
let post: Post;
let clientId: string;

beforeEach(async () => {
  ({ a, b, post, client: { id: clientId } } = await openTwoWindows('cadence-publishing-two-windows'));
});
afterEach(() => {
  a.close();
  b.close();
});

const REVIEW: Approval = {
  state: 'changes',
  changedAfterReview: false,
  comments: [{ id: 'k1', author: 'Claire', at: '2026-11-20T10:00:00.000Z', text: 'Wrong price', kind: 'client' }],
};

describe('first comment and review across two windows', () => {
  it("B's live calendar shows A's new first comment and review, A's own window shows them before the commit", async () => {
    const seen: Window[] = [];
    const unsubscribe = sharedWindow(b, clientId, '2026-11-01', '2026-11-30').subscribe((w) => seen.push(w));
    const ownSeen: Window[] = [];
    const unsubscribeOwn = sharedWindow(a, clientId, '2026-11-01', '2026-11-30').subscribe((w) => ownSeen.push(w));
    await vi.waitFor(() => expect(seen.length * ownSeen.length).toBeGreaterThan(0));
    const edited = { ...post, firstComment: '#pain #levain', approval: REVIEW };
    const writing = applyPostChange(a, { upserts: [edited], deletes: [] });
    // Shown early in A's window: the whole row, not a copy of some fields.
    expect(ownSeen.at(-1)!.range.posts[0]).toMatchObject({ firstComment: '#pain #levain', approval: REVIEW });
    await writing;
    await vi.waitFor(() => expect(seen.at(-1)!.range.posts[0]).toMatchObject({ firstComment: '#pain #levain', approval: REVIEW }), { timeout: 3000 });
    unsubscribe();
    unsubscribeOwn();
  });

  it("refuses B's review change made from the version before A's first comment, and keeps A's", async () => {
    await applyPostChange(a, { upserts: [{ ...post, firstComment: '#from-a' }], deletes: [], read: new Map([[post.id, post.updatedAt]]) });
    const error = await applyPostChange(b, { upserts: [{ ...post, approval: REVIEW }], deletes: [], read: new Map([[post.id, post.updatedAt]]) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    const [conflict] = (error as ConflictError).conflicts;
    expect(conflict?.theirs).toMatchObject({ firstComment: '#from-a' });
    expect(conflict?.theirs).not.toHaveProperty('approval');
    expect(conflict?.mine).toMatchObject({ approval: REVIEW });
    expect(await getPost(b, post.id)).toMatchObject({ firstComment: '#from-a' });
    expect((await getPost(b, post.id))?.approval).toBeUndefined();
  });

  it("A's undo of a first-comment edit stops when B changed the review since; nothing is written", async () => {
    const applied = await applyPostChange(a, { upserts: [{ ...post, firstComment: '#from-a' }], deletes: [] });
    const current = (await getPost(b, post.id))!;
    await applyPostChange(b, { upserts: [{ ...current, approval: REVIEW }], deletes: [] });
    await expect(undoPostChange(a, applied)).rejects.toBeInstanceOf(ConflictError);
    expect(await getPost(a, post.id)).toMatchObject({ firstComment: '#from-a', approval: REVIEW });
  });
});
