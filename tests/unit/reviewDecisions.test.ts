// A decisions file coming back from a review pack (issue 17): its checksum proves it is as the pack
// saved it; every problem is named before anything is written; the plan approves, records requested
// changes with the client's comments, marks "changed after review" a post edited since the pack, and
// applying the same file twice changes nothing the second time.
import { describe, expect, it } from 'vitest';
import type { Post } from '../../shared/model/post';
import { clientCommentId, decisionsChecksum, postRevision, readDecisions, sealDecisions, type DecisionsBody, type DecisionsPlan } from '../../shared/review';
import { PACK_CANONICAL_SOURCE, PACK_SHA256_SOURCE } from '../../shared/review/packCrypto';
import { REVIEW_POSTS } from '../fixtures/reviewPack';

/** The revision a pack made from REVIEW_POSTS names for a post. */
const rev = (id: string) => postRevision(REVIEW_POSTS.find((p) => p.id === id)!);
const body = (over: Partial<DecisionsBody> = {}): DecisionsBody => ({
  format: 'cadence-review-decisions',
  version: 1,
  packId: 'pack-2026-12-lune',
  clientId: 'client-lune',
  reviewer: 'Claire Dupont',
  savedAt: '2026-11-25T16:00:00.000Z',
  month: { comment: 'Lovely month overall.' },
  posts: [
    { id: 'p-launch', revision: rev('p-launch'), decision: 'approved', comments: [] },
    { id: 'p-script', revision: rev('p-script'), decision: 'approved', comments: [] },
    { id: 'p-close', revision: rev('p-close'), decision: 'changes', comments: [{ text: 'Show the bakers, not the ovens.', at: '2026-11-25T15:58:00.000Z' }] },
    { id: 'p-link', revision: rev('p-link'), decision: null, comments: [{ text: 'Is the gift card price right?', at: '2026-11-25T15:59:00.000Z' }] },
  ],
  ...over,
});
const fileText = (b: DecisionsBody = body()) => JSON.stringify(sealDecisions(b), null, 2);
const postsMap = (posts: readonly Post[] = REVIEW_POSTS) => new Map(posts.map((p) => [p.id, p]));
const KNOWN = new Map([['pack-2026-12-lune', 'client-lune']]);

const planOf = (text: string, posts = postsMap()): DecisionsPlan => {
  const reading = readDecisions(text, { posts, knownPacks: KNOWN });
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.plan;
};
const problemsOf = (text: string, options: Partial<Parameters<typeof readDecisions>[1]> = {}) => {
  const reading = readDecisions(text, { posts: postsMap(), knownPacks: KNOWN, ...options });
  return reading.ok ? [] : reading.problems;
};

/** What the caller does with a plan: each post saved with its new approval, `updatedAt` moved on. */
const apply = (posts: Map<string, Post>, plan: DecisionsPlan, at: string): Map<string, Post> => {
  const next = new Map(posts);
  for (const u of plan.updates) next.set(u.postId, { ...posts.get(u.postId)!, approval: u.approval, updatedAt: at });
  return next;
};

describe('the decisions checksum', () => {
  it('is what the pack script computes, over every field but the checksum, in any key order', () => {
    const packChecksum = new Function(`${PACK_SHA256_SOURCE}\n${PACK_CANONICAL_SOURCE}\nreturn function (b) { return packSha256(packCanonicalJson(b)); };`)() as (b: unknown) => string;
    const b = body({ reviewer: 'Zoë « Noël » 日本 👩‍👩‍👧' });
    expect(packChecksum(b)).toBe(decisionsChecksum(b));
    const reordered = Object.fromEntries(Object.entries(sealDecisions(b)).reverse());
    expect(readDecisions(JSON.stringify(reordered), { posts: postsMap() }).ok).toBe(true);
  });

  it('tells a file edited by hand or damaged', () => {
    const sealed = sealDecisions(body());
    const edited = { ...sealed, posts: sealed.posts.map((p) => ({ ...p, decision: 'approved' })) };
    expect(problemsOf(JSON.stringify(edited))).toEqual([{ key: 'review.import.checksum', values: {} }]);
    expect(problemsOf(JSON.stringify({ ...sealed, reviewer: 'Claire Dupont ' }))).toEqual([{ key: 'review.import.checksum', values: {} }]);
    expect(problemsOf(JSON.stringify({ ...sealed, checksum: undefined }))).toEqual([{ key: 'review.import.checksum', values: {} }]);
    expect(problemsOf(fileText())).toEqual([]);
  });
});

describe('a decisions file that cannot be used', () => {
  it('names what is wrong with it', () => {
    expect(problemsOf('  ')).toEqual([{ key: 'review.import.empty', values: {} }]);
    expect(problemsOf('{\n  "format": "cadence-review-decisions",\n  oops\n}')).toEqual([{ key: 'review.import.notJson', values: { line: 3, column: 3 } }]);
    expect(problemsOf('[1, 2]')).toEqual([{ key: 'review.import.notDecisions', values: {} }]);
    expect(problemsOf(JSON.stringify({ format: 'cadence-backup', version: 1 }))).toEqual([{ key: 'review.import.notDecisions', values: {} }]);
    const v2 = { ...body(), version: 2 } as unknown as DecisionsBody;
    expect(problemsOf(JSON.stringify(sealDecisions(v2)))).toEqual([{ key: 'review.import.version', values: { version: '2', supported: 1 } }]);
  });

  it('names each bad field by its path, even under a valid checksum', () => {
    const bad = body({ posts: [{ id: 'p-launch', revision: rev('p-launch'), decision: 'maybe' as 'approved', comments: [{ text: ' ', at: 'yesterday' }] }] });
    expect(problemsOf(fileText(bad)).map((p) => p.values.field)).toEqual(['posts[0].decision', 'posts[0].comments[0].text', 'posts[0].comments[0].at']);
  });

  it('refuses a pack this Cadence did not make, or made for another client', () => {
    expect(problemsOf(fileText(body({ packId: 'pack-elsewhere' })))).toEqual([{ key: 'review.import.unknownPack', values: { packId: 'pack-elsewhere' } }]);
    expect(problemsOf(fileText(body({ clientId: 'client-other' })))).toEqual([{ key: 'review.import.otherClient', values: { packId: 'pack-2026-12-lune' } }]);
    // Without a record of packs, the pack is not checked.
    expect(problemsOf(fileText(body({ packId: 'pack-elsewhere' })), { knownPacks: undefined })).toEqual([]);
    expect(problemsOf(fileText(body({ packId: 'pack-elsewhere' })), { knownPacks: { 'pack-elsewhere': 'client-lune' } })).toEqual([]);
  });

  it('refuses a post answered twice, and escapes control characters in what it quotes', () => {
    const twice = body({ posts: [body().posts[0]!, body().posts[0]!] });
    expect(problemsOf(fileText(twice))).toEqual([{ key: 'review.import.duplicatePost', values: { postId: 'p-launch' } }]);
    expect(problemsOf(fileText(body({ packId: 'x\u202e\u0007' })))).toEqual([{ key: 'review.import.unknownPack', values: { packId: 'x\\u202e\\u0007' } }]);
  });
});

describe('the plan', () => {
  const plan = planOf(fileText());
  const update = (id: string) => plan.updates.find((u) => u.postId === id)?.approval;

  it('approves, records requested changes with the comments, and adds a lone comment without a decision', () => {
    expect(update('p-launch')).toEqual({ state: 'approved', changedAfterReview: false, comments: [] });
    expect(update('p-script')).toEqual({ state: 'approved', changedAfterReview: false, comments: [] });
    const comment = { text: 'Show the bakers, not the ovens.', at: '2026-11-25T15:58:00.000Z' };
    expect(update('p-close')).toEqual({
      state: 'changes',
      changedAfterReview: false,
      comments: [{ id: clientCommentId('pack-2026-12-lune', 'p-close', comment), author: 'Claire Dupont', ...comment, kind: 'client' }],
    });
    expect(update('p-link')).toMatchObject({ state: 'none', changedAfterReview: false, comments: [{ text: 'Is the gift card price right?', kind: 'client' }] });
    expect(plan.summary).toMatchObject({ approved: 2, changes: 1, changedAfterReview: 0, monthComment: 'Lovely month overall.' });
    expect(plan.summary.comments.map((c) => [c.postId, c.isNew])).toEqual([['p-close', true], ['p-link', true]]);
    expect(plan.warnings).toEqual([]);
    expect(plan.fileId).toBe(sealDecisions(body()).checksum);
  });

  it('marks "changed after review" a post edited after the pack was made, instead of approving it', () => {
    const edited = postsMap([...REVIEW_POSTS.filter((p) => p.id !== 'p-launch'), { ...REVIEW_POSTS[0]!, caption: 'New text', updatedAt: '2026-11-22T10:00:00.000Z' }]);
    const stale = planOf(fileText(), edited);
    expect(stale.updates.find((u) => u.postId === 'p-launch')?.approval).toEqual({ state: 'review', changedAfterReview: true, comments: [] });
    expect(stale.summary).toMatchObject({ approved: 1, changes: 1, changedAfterReview: 1 });
  });

  it('approves a post whose only writes since the pack changed nothing the client saw (sent "to review", a team note, a new status)', () => {
    // Send for review marks the posts "to review" right after building the pack: a write, so a new updatedAt.
    const note = { id: 'n1', author: 'Sam', at: '2026-11-24T10:00:00.000Z', text: 'Client is slow to answer', kind: 'internal' as const };
    const touched = postsMap(REVIEW_POSTS.map((p) => (p.id === 'p-launch' || p.id === 'p-script'
      ? { ...p, status: 'ready' as const, updatedAt: '2026-11-24T09:30:00.000Z', approval: { state: 'review' as const, changedAfterReview: false, comments: p.id === 'p-script' ? [note] : [] } }
      : p)));
    const plan = planOf(fileText(), touched);
    expect(plan.updates.find((u) => u.postId === 'p-launch')?.approval).toEqual({ state: 'approved', changedAfterReview: false, comments: [] });
    expect(plan.updates.find((u) => u.postId === 'p-script')?.approval).toEqual({ state: 'approved', changedAfterReview: false, comments: [note] });
    expect(plan.summary).toMatchObject({ approved: 2, changedAfterReview: 0 });
  });

  it('takes any edit of what the client read as a new version: title, caption, first comment, day, time, channel, format', () => {
    const post = REVIEW_POSTS[0]!;
    const edits: Array<Partial<typeof post>> = [
      { title: 'Winter menu launch!' }, { caption: `${post.caption} ` }, { firstComment: '' }, { date: '2026-12-02' },
      { time: '09:01' }, { channel: 'facebook' }, { format: 'carousel' },
    ];
    const revisions = new Set([postRevision(post), ...edits.map((e) => postRevision({ ...post, ...e }))]);
    expect(revisions.size).toBe(edits.length + 1);
    const untouched: typeof post = { ...post, status: 'published', notes: 'other', updatedAt: '2027-01-01T00:00:00.000Z' };
    expect(postRevision(untouched)).toBe(postRevision(post));
  });

  it('keeps the thread it finds, team notes included, and adds after it', () => {
    const note = { id: 'n1', author: 'Sam', at: '2026-11-21T10:00:00.000Z', text: 'Check the price', kind: 'internal' as const };
    const withNote = postsMap(REVIEW_POSTS.map((p) => (p.id === 'p-close' ? { ...p, approval: { state: 'review' as const, changedAfterReview: false, comments: [note] } } : p)));
    const comments = planOf(fileText(), withNote).updates.find((u) => u.postId === 'p-close')?.approval.comments;
    expect(comments?.map((c) => c.id)).toEqual(['n1', expect.stringMatching(/^rv-[0-9a-f]{32}$/)]);
  });

  it('lists posts deleted since, or moved to another client, and applies the rest', () => {
    const remaining = postsMap(REVIEW_POSTS.filter((p) => p.id !== 'p-script').map((p) => (p.id === 'p-link' ? { ...p, clientId: 'client-other' } : p)));
    const partial = planOf(fileText(), remaining);
    expect(partial.warnings).toEqual([
      { key: 'review.import.postDeleted', values: { postId: 'p-script' } },
      { key: 'review.import.postOtherClient', values: { postId: 'p-link', title: 'Gift cards' } },
    ]);
    expect(partial.updates.map((u) => u.postId)).toEqual(['p-launch', 'p-close']);
  });

  it('changes nothing the second time the same file is applied', () => {
    const text = fileText();
    const once = apply(postsMap(), planOf(text), '2026-11-26T09:00:00.000Z');
    const second = planOf(text, once);
    expect(second.updates).toEqual([]);
    expect(second.summary.comments.every((c) => !c.isNew)).toBe(true);
    // Still none after the stale case: an approval of an older version stays "changed after review".
    const edited = postsMap(REVIEW_POSTS.map((p) => (p.id === 'p-launch' ? { ...p, time: '10:00', updatedAt: '2026-11-22T10:00:00.000Z' } : p)));
    const afterStale = apply(edited, planOf(text, edited), '2026-11-26T09:00:00.000Z');
    expect(planOf(text, afterStale).updates).toEqual([]);
    expect(afterStale.get('p-launch')?.approval).toEqual({ state: 'review', changedAfterReview: true, comments: [] });
  });

  it('adds a comment again only if it is another comment (other text or time)', () => {
    const once = apply(postsMap(), planOf(fileText()), '2026-11-26T09:00:00.000Z');
    const more = body({ posts: [{ id: 'p-link', revision: rev('p-link'), decision: null, comments: [
      { text: 'Is the gift card price right?', at: '2026-11-25T15:59:00.000Z' },
      { text: 'Is the gift card price right?', at: '2026-11-25T16:05:00.000Z' },
    ] }] });
    const next = planOf(fileText(more), once);
    expect(next.updates.map((u) => u.approval.comments.length)).toEqual([2]);
  });
});
