// Issue 15's fields under undo and two windows: a post's pillar and evergreen setting are ordinary
// post fields (renderer/db/changes.ts), so undo puts them back and a stale window cannot overwrite
// them; a client's pillars, rhythm and country are saved field by field (updateClient reads the row
// in its own transaction), so saving one from a window keeps what another window saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPostChange, redoPostChange, undoPostChange } from '../../../renderer/db/changes';
import { updateClient } from '../../../renderer/db/clients';
import { ConflictError } from '../../../renderer/db/conflicts';
import type { Pillar } from '../../../shared/model/pillars';
import type { Rhythm } from '../../../shared/model/rhythm';
import { openTwoWindows, type TwoWindows } from './twoWindowsFixture';

const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#059669', target: 0.6 },
  { id: 'community', name: 'Community', color: '#db2777', target: 0.4 },
];
const RHYTHM: Rhythm = [{ channel: 'instagram', perWeek: 3, days: [1, 3, 5], times: ['12:30'] }];

let w: TwoWindows;
beforeEach(async () => {
  w = await openTwoWindows('cadence-pillar-edits');
});
afterEach(() => {
  w.a.close();
  w.b.close();
});

describe("a post's pillar and evergreen setting", () => {
  it('an edit of the pillar is undone by undo and done again by redo', async () => {
    const { a, post } = w;
    const applied = await applyPostChange(a, { upserts: [{ ...post, pillar: 'tips', evergreen: { everyWeeks: 6, lastUsed: null } }], deletes: [] });
    expect(await a.posts.get(post.id)).toMatchObject({ pillar: 'tips', evergreen: { everyWeeks: 6, lastUsed: null } });
    await undoPostChange(a, applied);
    expect(await a.posts.get(post.id)).toEqual(post);
    await redoPostChange(a, applied);
    expect(await a.posts.get(post.id)).toMatchObject({ pillar: 'tips', evergreen: { everyWeeks: 6, lastUsed: null } });
  });

  it("a window's stale edit cannot wipe the pillar another window set, and undo stops over it", async () => {
    const { a, b, post } = w;
    const inA = await applyPostChange(a, { upserts: [{ ...post, pillar: 'community' }], deletes: [], read: new Map([[post.id, post.updatedAt]]) });
    // B still shows the version without a pillar and edits its caption: refused, A's pillar stays.
    const stale = applyPostChange(b, { upserts: [{ ...post, caption: 'From B' }], deletes: [], read: new Map([[post.id, post.updatedAt]]) });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect(await b.posts.get(post.id)).toMatchObject({ pillar: 'community', caption: 'Old caption' });
    // B, now up to date, changes the pillar; A's undo of its own pillar edit must not silently revert B's.
    const current = (await b.posts.get(post.id))!;
    await applyPostChange(b, { upserts: [{ ...current, pillar: 'tips' }], deletes: [], read: new Map([[post.id, current.updatedAt]]) });
    await expect(undoPostChange(a, inA)).rejects.toBeInstanceOf(ConflictError);
    expect(await a.posts.get(post.id)).toMatchObject({ pillar: 'tips' });
  });
});

describe("a client's pillars, rhythm and country from two windows", () => {
  it('saving pillars in one window keeps the rhythm another window saved (and the other way round)', async () => {
    const { a, b, client } = w;
    await updateClient(a, client.id, { rhythm: RHYTHM });
    // B's dialog was opened before A saved (it knows no rhythm) and saves only the pillars.
    await updateClient(b, client.id, { pillars: PILLARS });
    expect(await a.clients.get(client.id)).toMatchObject({ rhythm: RHYTHM, pillars: PILLARS });
    await updateClient(a, client.id, { country: 'FR' });
    await updateClient(b, client.id, { rhythm: [] });
    expect(await b.clients.get(client.id)).toMatchObject({ rhythm: [], pillars: PILLARS, country: 'FR', name: client.name });
  });
});
