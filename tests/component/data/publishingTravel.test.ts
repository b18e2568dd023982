// Issue 16's and 17's fields travel with the data: a post's first comment and client review (state,
// flag and comment thread), a client's hashtag sets, templates, X Premium and approval setting go
// through backups (replace and merge) exactly; an older backup without them restores; an edit of the
// first comment or the review is one undo step; an update import keeps what its file cannot carry.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPostChange, redoPostChange, undoPostChange } from '../../../renderer/db/changes';
import { createClient, updateClient, recordReviewAnswers, recordReviewPack } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { buildImportedPosts } from '../../../renderer/db/imports';
import { createPost, getPost } from '../../../renderer/db/posts';
import { readAll, restoreBackup } from '../../../renderer/db/snapshot';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { resolveApprovalSettings, type Approval } from '../../../shared/model/approval';
import { resolvePackRecords } from '../../../shared/review/packRecord';
import type { Post } from '../../../shared/model/post';
import { resolveHashtagSets, type HashtagSet } from '../../../shared/publishing/hashtagSets';
import { resolveTemplates, type Template } from '../../../shared/publishing/templates';
import { parseBackup, toBackup } from '../../../shared/serializers/backup';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import { client, post } from './fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const SETS: HashtagSet[] = [
  { id: 'hs-1', name: 'Boulangerie', tags: ['#pain', '#levain', '#Paris'] },
  { id: 'hs-2', name: 'Été 🌞', tags: ['#été', '#glaces'] },
];
const TEMPLATES: Template[] = [
  {
    id: 'tpl-1', name: 'Tip of the week', title: 'Tip:', caption: 'Today’s tip…\n\n#tips', firstComment: '#pain #levain',
    channel: 'linkedin', format: 'carousel', tone: 'serious', intent: 'informative',
  },
];
const REVIEW: Approval = {
  state: 'changes',
  changedAfterReview: true,
  comments: [
    { id: 'c-1', author: 'Claire (Bloom)', at: '2026-11-20T10:00:00.000Z', text: 'Le prix est faux : 4,50 €', kind: 'client' },
    { id: 'c-2', author: 'Sam', at: '2026-11-20T11:30:00.000Z', text: 'Price fixed, send again Monday', kind: 'internal' },
  ],
};

let counter = 0;
const dbs: CadenceDb[] = [];
const freshDb = async () => {
  const db = createDb(`cadence-publishing-travel-${++counter}`);
  await openDb(db);
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A client with every publishing setting, a post with a first comment and a review, and a plain one. */
const seeded = async () => {
  const db = await freshDb();
  const created = await createClient(db, {
    name: 'Bloom', color: '#4f46e5', channels: ['instagram', 'linkedin', 'x'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'fr',
  });
  const bloom = await updateClient(db, created.id, { hashtagSets: SETS, templates: TEMPLATES, xPremium: true, approval: { required: true, daysBefore: 5 } });
  // A review pack sent and answered: its record (which answers files to accept) travels with the client.
  await recordReviewPack(db, bloom.id, { id: 'pack-1', from: '2026-12-01', to: '2026-12-31', createdAt: '2026-11-24T09:00:00.000Z', posts: 2 });
  await recordReviewAnswers(db, bloom.id, 'pack-1', { fileId: 'f'.repeat(64), reviewer: 'Marie', savedAt: '2026-11-25T09:00:00.000Z', monthComment: 'Lovely month.' });
  const base = {
    clientId: bloom.id, time: '12:30', channel: 'instagram' as const, format: 'image' as const, tone: 'serious' as const,
    intent: 'informative' as const, invitesParticipation: false, tags: [], notes: '', status: 'draft' as const,
  };
  const withComment = await createPost(db, {
    ...base, title: 'Fresh bread', date: '2026-12-02', caption: 'Our sourdough is back 🥖\n\n#pain #levain', firstComment: '#Paris #boulangerie\nLink in bio',
  });
  // The review is owned by the review actions, not the editor's input: written as they write it.
  const reviewed: Post = { ...withComment, approval: REVIEW };
  await applyPostChange(db, { upserts: [reviewed], deletes: [] });
  const plain = await createPost(db, { ...base, title: 'Meet the team', date: '2026-12-03', caption: '' });
  return { db, bloom, reviewedId: withComment.id, plainId: plain.id };
};

describe('backups carry first comments, reviews and the clients’ publishing settings', () => {
  it('backs up and restores them into a fresh database, replace and merge, equal to what was stored', async () => {
    const { db, bloom, reviewedId, plainId } = await seeded();
    const snapshot = await readAll(db);
    expect(snapshot.clients[0]).toMatchObject({ hashtagSets: SETS, templates: TEMPLATES, xPremium: true, approval: { required: true, daysBefore: 5 } });
    expect(snapshot.posts.find((p) => p.id === reviewedId)).toMatchObject({ firstComment: '#Paris #boulangerie\nLink in bio', approval: REVIEW });
    const text = toBackup(snapshot, { dataVersion: DATA_VERSION, now: NOW });
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);

    for (const mode of ['replace', 'merge'] as const) {
      const other = await freshDb();
      await restoreBackup(other, parsed.backup.data, mode);
      // As stored, key for key (a zod strip or a field list would drop them here).
      expect(await other.clients.get(bloom.id)).toEqual(await db.clients.get(bloom.id));
      expect(await other.posts.get(reviewedId)).toEqual(await db.posts.get(reviewedId));
      expect(await other.posts.get(plainId)).toEqual(await db.posts.get(plainId));
      const restored = await other.clients.get(bloom.id);
      expect(resolveHashtagSets(restored?.hashtagSets)).toEqual(SETS);
      expect(resolveTemplates(restored?.templates)).toEqual(TEMPLATES);
      expect(resolveApprovalSettings(restored?.approval)).toEqual({ required: true, daysBefore: 5 });
      expect(resolvePackRecords(restored?.reviewPacks)).toEqual([expect.objectContaining({ id: 'pack-1', answers: [expect.objectContaining({ reviewer: 'Marie', monthComment: 'Lovely month.' })] })]);
      expect((await getPost(other, reviewedId))?.approval?.comments.map((c) => c.kind)).toEqual(['client', 'internal']);
      expect(await readAll(other)).toEqual(snapshot);
    }
  });

  it('restores a backup written before these fields existed: no first comment, no review, default settings', async () => {
    const old = client('c1', 'Old Bakery');
    const text = toBackup({ clients: [old], posts: [post('p1', 'c1', '2026-11-03', { caption: 'Old caption #pain' })] }, { dataVersion: 3, now: NOW });
    expect(text).not.toMatch(/firstComment|approval|hashtagSets|templates|xPremium/);
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const db = await freshDb();
    await restoreBackup(db, parsed.backup.data, 'replace');
    const restored = await db.clients.get('c1');
    expect(resolveHashtagSets(restored?.hashtagSets)).toEqual([]);
    expect(resolveTemplates(restored?.templates)).toEqual([]);
    expect(resolveApprovalSettings(restored?.approval)).toEqual({ required: false, daysBefore: 3 });
    expect(restored?.xPremium).toBeUndefined();
    const stored = await getPost(db, 'p1');
    expect(stored).toMatchObject({ caption: 'Old caption #pain' });
    expect(stored?.firstComment ?? '').toBe('');
    expect(stored?.approval).toBeUndefined();
  });
});

describe('undo and redo of the first comment and the review', () => {
  it('an edit of the first comment is undone by undoPostChange and redone by redoPostChange', async () => {
    const { db, reviewedId } = await seeded();
    const before = (await getPost(db, reviewedId))!;
    const applied = await applyPostChange(db, { upserts: [{ ...before, firstComment: '#nouveau' }], deletes: [] });
    expect((await getPost(db, reviewedId))?.firstComment).toBe('#nouveau');
    await undoPostChange(db, applied);
    expect(await db.posts.get(reviewedId)).toEqual(before);
    await redoPostChange(db, applied);
    expect((await getPost(db, reviewedId))?.firstComment).toBe('#nouveau');
  });

  it('a change of the review (state and a new note) is undone whole, its comments as they were', async () => {
    const { db, reviewedId } = await seeded();
    const before = (await getPost(db, reviewedId))!;
    const note = { id: 'c-3', author: 'Sam', at: '2026-11-21T09:00:00.000Z', text: 'Approved by phone', kind: 'internal' as const };
    const approval: Approval = { state: 'approved', changedAfterReview: false, comments: [...REVIEW.comments, note] };
    const applied = await applyPostChange(db, { upserts: [{ ...before, approval }], deletes: [] });
    expect((await getPost(db, reviewedId))?.approval).toEqual(approval);
    await undoPostChange(db, applied);
    expect((await getPost(db, reviewedId))?.approval).toEqual(REVIEW);
    expect(await db.posts.get(reviewedId)).toEqual(before);
  });
});

describe('an update import keeps what its file does not carry', () => {
  it('a CSV without first_comment or approval columns keeps the post’s first comment and review', async () => {
    const { db, bloom, reviewedId } = await seeded();
    const stored = (await getPost(db, reviewedId))!;
    const { clients } = await readAll(db);
    const bare = fromCsv(toCsv([{ ...stored, title: 'Fresh bread, again' }], clients, { columns: ['id', 'title', 'date', 'channel', 'status'] }), { clientId: bloom.id });
    expect(bare.errors).toEqual([]);
    const plan = buildImportedPosts(bare.rows, { clients, existing: new Map([[stored.id, stored]]) }, { clientId: bloom.id, mode: 'update' });
    expect(plan.errors).toEqual([]);
    expect(plan.posts[0]).toMatchObject({ id: stored.id, title: 'Fresh bread, again', firstComment: stored.firstComment, approval: REVIEW });
  });

  it('a full CSV or ICS sets the first comment and the review’s state, and keeps the review’s comments', async () => {
    const { db, bloom, reviewedId } = await seeded();
    const stored = (await getPost(db, reviewedId))!;
    const { clients } = await readAll(db);
    const edited: Post = { ...stored, firstComment: '#autre', approval: { state: 'approved', changedAfterReview: false, comments: [] } };
    const csv = fromCsv(toCsv([edited], clients), { clientId: bloom.id, clients });
    const ics = fromIcs(toIcs([edited], clients, { now: NOW }), { clientId: bloom.id, timeZone: bloom.timeZone });
    for (const rows of [csv.rows, ics.posts]) {
      const plan = buildImportedPosts(rows, { clients, existing: new Map([[stored.id, stored]]) }, { clientId: bloom.id, mode: 'update' });
      expect(plan.errors).toEqual([]);
      expect(plan.posts[0]).toMatchObject({ id: stored.id, firstComment: '#autre', approval: { state: 'approved', changedAfterReview: false, comments: REVIEW.comments } });
    }
    // A blank first_comment cell clears it; a blank approval cell sets "not sent", the thread kept.
    const cleared = fromCsv(toCsv([{ ...stored, firstComment: '' }], clients).replace(/,changes,true,/, ',,,'), { clientId: bloom.id, clients });
    expect(cleared.errors).toEqual([]);
    const plan = buildImportedPosts(cleared.rows, { clients, existing: new Map([[stored.id, stored]]) }, { clientId: bloom.id, mode: 'update' });
    expect(plan.posts[0]).not.toHaveProperty('firstComment');
    expect(plan.posts[0]?.approval).toEqual({ state: 'none', changedAfterReview: false, comments: REVIEW.comments });
  });

  it('adding from a file gives the state without a thread (a file never carries comments)', async () => {
    const { db, bloom, reviewedId } = await seeded();
    const stored = (await getPost(db, reviewedId))!;
    const { clients } = await readAll(db);
    const rows = fromCsv(toCsv([stored], clients), { clientId: bloom.id, clients }).rows;
    const plan = buildImportedPosts(rows, { clients, existing: new Map() }, { clientId: bloom.id, mode: 'add' });
    expect(plan.posts[0]).toMatchObject({ firstComment: stored.firstComment, approval: { state: 'changes', changedAfterReview: true, comments: [] } });
  });
});
