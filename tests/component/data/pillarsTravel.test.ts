// Issue 15's fields travel with the data: a client's pillars, rhythm and country and a post's pillar
// and evergreen setting go through backups (replace and merge) and imports; older backups and files
// without them still restore and import, with the defaults.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { createClient, updateClient } from '../../../renderer/db/clients';
import { resolvePillars } from '../../../shared/model/pillars';
import { resolveRhythm } from '../../../shared/model/rhythm';
import { buildImportedPosts, importPosts } from '../../../renderer/db/imports';
import { createPost, getPost } from '../../../renderer/db/posts';
import { readAll, restoreBackup } from '../../../renderer/db/snapshot';
import type { Pillar } from '../../../shared/model/pillars';
import type { Rhythm } from '../../../shared/model/rhythm';
import { parseBackup, toBackup } from '../../../shared/serializers/backup';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { client, post } from './fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#059669', target: 0.4 },
  { id: 'community', name: 'Community', color: '#db2777', target: 0.3 },
  { id: 'products', name: 'Products', color: '#ca8a04', target: 0.2 },
];
const RHYTHM: Rhythm = [
  { channel: 'instagram', perWeek: 3, days: [1, 3, 5], times: ['12:30'] },
  { channel: 'linkedin', perWeek: 2, days: [2, 4], times: ['08:30'] },
];

let counter = 0;
const dbs: CadenceDb[] = [];
const freshDb = async () => {
  const db = createDb(`cadence-pillars-travel-${++counter}`);
  await openDb(db);
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A database with a client whose pillars, rhythm and country are set, an evergreen idea and a post with a pillar. */
const seeded = async () => {
  const db = await freshDb();
  const created = await createClient(db, {
    name: 'Bloom', color: '#4f46e5', channels: ['instagram', 'linkedin'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'fr',
  });
  const bloom = await updateClient(db, created.id, { pillars: PILLARS, rhythm: RHYTHM, country: 'FR' });
  const base = {
    clientId: bloom.id, caption: '', time: null, channel: 'instagram' as const, format: 'image' as const, tone: 'serious' as const,
    intent: 'informative' as const, invitesParticipation: false, tags: [], notes: '',
  };
  const idea = await createPost(db, { ...base, title: 'Our five best tips', date: null, status: 'idea', pillar: 'tips', evergreen: { everyWeeks: 8, lastUsed: '2026-10-05' } });
  const dated = await createPost(db, { ...base, title: 'Meet the team', date: '2026-12-02', status: 'draft', pillar: 'community' });
  return { db, bloom, idea, dated };
};

describe('backups carry pillars, rhythm, country, and posts’ pillar and evergreen', () => {
  it('backs up and restores them into a fresh database, replace and merge, equal to what was stored', async () => {
    const { db, bloom, idea, dated } = await seeded();
    const snapshot = await readAll(db);
    expect(snapshot.clients[0]).toMatchObject({ pillars: PILLARS, rhythm: RHYTHM, country: 'FR' });
    const text = toBackup(snapshot, { dataVersion: DATA_VERSION, now: NOW });
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);

    for (const mode of ['replace', 'merge'] as const) {
      const other = await freshDb();
      await restoreBackup(other, parsed.backup.data, mode);
      expect(await other.clients.get(bloom.id)).toEqual(await db.clients.get(bloom.id));
      expect(await getPost(other, idea.id)).toEqual(idea);
      expect(await getPost(other, dated.id)).toEqual(dated);
      expect(await getPost(other, idea.id)).toMatchObject({ pillar: 'tips', evergreen: { everyWeeks: 8, lastUsed: '2026-10-05' } });
      expect(await readAll(other)).toEqual(snapshot);
    }
  });

  it('restores a backup written before these fields existed with the defaults: no pillars, no rhythm, no pillar', async () => {
    const old = client('c1', 'Old Bakery');
    const { pillar: _p, evergreen: _e, ...oldPost } = post('p1', 'c1', '2026-11-03');
    const text = toBackup({ clients: [old], posts: [oldPost as never] }, { dataVersion: 3, now: NOW });
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const db = await freshDb();
    await restoreBackup(db, parsed.backup.data, 'replace');
    const restored = await db.clients.get('c1');
    expect(restored).toMatchObject({ name: 'Old Bakery' });
    expect(resolvePillars(restored?.pillars)).toEqual([]);
    expect(resolveRhythm(restored?.rhythm)).toEqual([]);
    expect(await getPost(db, 'p1')).toMatchObject({ pillar: null, evergreen: null });
    const { posts } = await readAll(db);
    expect(posts[0]).toMatchObject({ pillar: null, evergreen: null });
  });
});

describe('imports match pillar names against the client each row ends up in', () => {
  let db: CadenceDb;
  let bloomId: string;
  beforeEach(async () => {
    ({ db, bloom: { id: bloomId } } = await seeded());
  });

  it("importing into each row's own client (no pillars known to the reader) matches the name there, and refuses an unknown one", async () => {
    const csv = 'title,date,channel,client,pillar\r\nA,2026-12-10,instagram,Bloom,community\r\nB,2026-12-11,instagram,Bloom,Recettes\r\n';
    const { rows, errors } = fromCsv(csv, { clientId: '__from-file__' });
    expect(errors).toEqual([]);
    const refused = await importPosts(db, rows, { clientId: null, mode: 'add' });
    expect(refused).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'row.unknownPillar', line: 3, message: "line 3: pillar 'Recettes' is not one of this client's pillars (Tips, Community, Products)" })],
    });
    const fixed = await importPosts(db, rows.slice(0, 1), { clientId: null, mode: 'add' });
    expect(fixed.ok).toBe(true);
    const a = (await db.posts.toArray()).find((p) => p.title === 'A');
    expect(a).toMatchObject({ clientId: bloomId, pillar: 'community' });
  });

  it('an update from a file without pillar or evergreen columns keeps the posts’ own; with the columns, the file wins', async () => {
    const stored = (await readAll(db)).posts;
    const idea = stored.find((p) => p.date === null)!;
    const bare = fromCsv(toCsv([{ ...idea, title: 'Our six best tips' }], (await readAll(db)).clients, { columns: ['id', 'title', 'status', 'channel'] }), { clientId: bloomId });
    const kept = buildImportedPosts(bare.rows, { clients: (await readAll(db)).clients, existing: new Map([[idea.id, idea]]) }, { clientId: bloomId, mode: 'update' });
    expect(kept.errors).toEqual([]);
    expect(kept.posts[0]).toMatchObject({ id: idea.id, title: 'Our six best tips', pillar: 'tips', evergreen: idea.evergreen });

    const full = fromCsv(toCsv([{ ...idea, pillar: 'products', evergreen: null }], (await readAll(db)).clients), { clientId: bloomId, clients: (await readAll(db)).clients });
    const replaced = buildImportedPosts(full.rows, { clients: (await readAll(db)).clients, existing: new Map([[idea.id, idea]]) }, { clientId: bloomId, mode: 'update' });
    expect(replaced.posts[0]).toMatchObject({ id: idea.id, pillar: 'products', evergreen: null });
    // Adding (not updating) from a file without the columns: no pillar, as an older CSV always gave.
    const added = buildImportedPosts(bare.rows, { clients: (await readAll(db)).clients, existing: new Map() }, { clientId: bloomId, mode: 'add' });
    expect(added.posts[0]).toMatchObject({ pillar: null, evergreen: null });
  });
});
