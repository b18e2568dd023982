// Migration harness: a database written by an older (or newer) Cadence, opened with today's code.
// Older databases are built with plain Dexie declaring only the versions that build shipped, seeded as
// its code wrote rows, closed, then opened with createDb + openDb.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import { DATA_VERSION, SCHEMA_HISTORY, SCHEMA_VERSION, type SchemaVersion } from '../../../renderer/db/schema';

type Row = Record<string, unknown>;
type Seed = Record<string, Row[]>;

let dbCounter = 0;
const freshName = (): string => `cadence-migration-${++dbCounter}`;

// Connections opened by a test, closed afterwards so the setup can delete the databases.
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const track = <T extends Dexie>(db: T): T => {
  opened.push(db);
  return db;
};

/** Builds the database as the Cadence that shipped `version` would have: its schema steps only. */
const createAtVersion = async (name: string, version: number, seed: Seed): Promise<void> => {
  const steps = SCHEMA_HISTORY.filter((s) => s.version <= version);
  expect(steps.map((s) => s.version)).toContain(version);
  const db = new Dexie(name);
  for (const step of steps) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  await db.open();
  const tables = Object.keys(seed);
  if (tables.length > 0) {
    await db.transaction('rw', tables, async () => {
      for (const [table, rows] of Object.entries(seed)) await db.table(table).bulkAdd(rows);
    });
  }
  db.close();
};

/** Reads every table of a database without declaring any schema (Dexie reads the installed one). */
const readRaw = async (name: string): Promise<{ version: number; tables: Record<string, Row[]> }> => {
  const db = new Dexie(name);
  await db.open();
  const tables: Record<string, Row[]> = {};
  for (const table of db.tables) tables[table.name] = (await table.toArray()) as Row[];
  const version = db.verno;
  db.close();
  return { version, tables };
};

const byId = (rows: Row[]): Row[] => [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));

// Rows as v1 wrote them. Some posts have no tags or notes: v1 builds could omit both.
const V1_CLIENTS: Row[] = [
  {
    id: 'c-acme',
    name: 'Acme Bakery',
    color: '#4f46e5',
    channels: ['instagram', 'facebook'],
    timeZone: 'Europe/Paris',
    weekStartsOn: 1,
    language: 'fr',
    archived: false,
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
  },
  {
    id: 'c-zen',
    name: 'Zen Yoga',
    color: '#059669',
    channels: ['linkedin'],
    timeZone: 'America/New_York',
    weekStartsOn: 0,
    language: 'en',
    archived: true,
    createdAt: '2026-01-03T09:00:00.000Z',
    updatedAt: '2026-02-03T09:00:00.000Z',
  },
];

const post = (id: string, fields: Row): Row => ({
  id,
  clientId: 'c-acme',
  title: `Post ${id}`,
  caption: '',
  date: '2026-03-10',
  time: null,
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  status: 'draft',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  ...fields,
});

const withoutTagsOrNotes = (row: Row): Row => {
  const { tags: _tags, notes: _notes, ...rest } = row;
  return rest;
};

const V1_POSTS: Row[] = [
  // Neither tags nor notes.
  withoutTagsOrNotes(post('p1', { title: 'Croissant day', date: '2026-03-10', time: '08:00', status: 'scheduled' })),
  // An idea without a day, no tags nor notes.
  withoutTagsOrNotes(post('p2', { title: 'Behind the oven', date: null, status: 'idea', format: 'behind_the_scenes' })),
  // Tags but no notes.
  { ...withoutTagsOrNotes(post('p3', { title: 'Poll: baguette or bâtard?', format: 'poll', status: 'idea' })), tags: ['bread'] },
  // Both, already filled: must be left as they are.
  post('p4', { title: 'Spring menu', tags: ['menu', 'spring'], notes: 'Ask for the prices', status: 'ready' }),
  // Empty but present values are kept too.
  post('p5', { title: 'Empty extras', tags: [], notes: '', clientId: 'c-zen', channel: 'linkedin', status: 'idea' }),
];

const V1_SETTINGS: Row[] = [
  { key: 'lastClientId', value: 'c-acme' },
  { key: 'lastMonth', value: '2026-03' },
  { key: 'language', value: 'fr' },
];

const seedV1 = async (name: string): Promise<void> =>
  createAtVersion(name, 1, { clients: V1_CLIENTS, posts: V1_POSTS, settings: V1_SETTINGS });

const openCurrent = async (name: string): Promise<CadenceDb> => {
  const db = track(createDb(name));
  await openDb(db);
  return db;
};

const openError = async (db: CadenceDb): Promise<StorageError> => {
  try {
    await openDb(db);
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    return error as StorageError;
  }
  throw new Error('openDb resolved, expected a StorageError');
};

describe('the schema history', () => {
  it('is numbered 1, 2, 3… and ends at SCHEMA_VERSION, with DATA_VERSION following it', () => {
    expect(SCHEMA_HISTORY.map((s) => s.version)).toEqual(SCHEMA_HISTORY.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(SCHEMA_HISTORY.length);
    expect(DATA_VERSION).toBe(SCHEMA_VERSION);
  });
});

describe('opening a v1 database with current code', () => {
  it('keeps every row of every table', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openCurrent(name);

    expect(byId(await db.clients.toArray())).toEqual(byId(V1_CLIENTS));
    expect(byId(await db.settings.toArray())).toEqual(byId(V1_SETTINGS));
    const posts = byId(await db.posts.toArray());
    expect(posts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    // Apart from the two filled-in fields, every post is exactly as v1 wrote it.
    for (const original of V1_POSTS) {
      const migrated = posts.find((p) => p.id === original.id)!;
      expect(withoutTagsOrNotes(migrated)).toEqual(withoutTagsOrNotes(original));
    }
  });

  it('fills missing tags with [] and missing notes with "", leaving existing values intact', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openCurrent(name);

    const extras = Object.fromEntries(
      (await db.posts.toArray()).map((p) => [p.id, { tags: p.tags, notes: p.notes }]),
    );
    expect(extras).toEqual({
      p1: { tags: [], notes: '' },
      p2: { tags: [], notes: '' },
      p3: { tags: ['bread'], notes: '' },
      p4: { tags: ['menu', 'spring'], notes: 'Ask for the prices' },
      p5: { tags: [], notes: '' },
    });
  });

  it('stores the migration itself: a raw reopen sees the filled fields and the new version', async () => {
    const name = freshName();
    await seedV1(name);
    (await openCurrent(name)).close();

    const raw = await readRaw(name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect(Object.keys(raw.tables).sort()).toEqual(['clients', 'media', 'meta', 'posts', 'previews', 'results', 'settings']);
    for (const p of raw.tables.posts!) {
      expect(Array.isArray(p.tags)).toBe(true);
      expect(typeof p.notes).toBe('string');
    }
  });

  it('makes every migrated post readable by the current schema', async () => {
    const { PostSchema } = await import('../../../shared/model/post');
    const name = freshName();
    await seedV1(name);
    const db = await openCurrent(name);
    for (const p of await db.posts.toArray()) expect(PostSchema.safeParse(p).success).toBe(true);
  });

  it('records meta.dataVersion = DATA_VERSION', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openCurrent(name);
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION });
    expect(Math.round(db.verno)).toBe(SCHEMA_VERSION);
  });

  it('builds the [clientId+status] index over the old rows', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openCurrent(name);

    const acmeIdeas = await db.posts.where('[clientId+status]').equals(['c-acme', 'idea']).primaryKeys();
    expect([...acmeIdeas].sort()).toEqual(['p2', 'p3']);
    const zenIdeas = await db.posts.where('[clientId+status]').equals(['c-zen', 'idea']).primaryKeys();
    expect(zenIdeas).toEqual(['p5']);
    const acmeReady = await db.posts.where('[clientId+status]').equals(['c-acme', 'ready']).primaryKeys();
    expect(acmeReady).toEqual(['p4']);
  });

  it('keeps the v1 [clientId+date] index working, ideas without a day left out of it', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openCurrent(name);
    const march = await db.posts
      .where('[clientId+date]')
      .between(['c-acme', '2026-03-01'], ['c-acme', '2026-03-31'], true, true)
      .primaryKeys();
    expect([...march].sort()).toEqual(['p1', 'p3', 'p4']);
  });

  it('opens an already migrated database again without changing it', async () => {
    const name = freshName();
    await seedV1(name);
    (await openCurrent(name)).close();
    const first = await readRaw(name);
    (await openCurrent(name)).close();
    expect(await readRaw(name)).toEqual(first);
  });

  it('opens an empty v1 database', async () => {
    const name = freshName();
    await createAtVersion(name, 1, {});
    const db = await openCurrent(name);
    expect(await db.posts.count()).toBe(0);
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION });
  });
});

describe('every historical version opens with current code', () => {
  it.each(SCHEMA_HISTORY.map((s) => s.version))('from v%i, keeping its clients and settings', async (version) => {
    const name = freshName();
    await createAtVersion(name, version, { clients: V1_CLIENTS, settings: V1_SETTINGS });
    const db = await openCurrent(name);
    expect(byId(await db.clients.toArray())).toEqual(byId(V1_CLIENTS));
    expect(byId(await db.settings.toArray())).toEqual(byId(V1_SETTINGS));
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION });
  });
});

describe('a database written by a newer Cadence', () => {
  // The newer build adds a table and keeps everything else.
  const NEXT_VERSION = SCHEMA_VERSION + 1;
  const newerSchema = (): SchemaVersion[] => [
    ...SCHEMA_HISTORY,
    { version: NEXT_VERSION, stores: { campaigns: 'id, clientId' } },
  ];
  const NEWER_POSTS: Row[] = V1_POSTS.map((p) => ({ tags: [], notes: '', ...p, campaignId: 'camp-1' }));

  const createNewer = async (name: string, dataVersion: number | null): Promise<void> => {
    const db = new Dexie(name);
    for (const step of newerSchema()) {
      const v = db.version(step.version).stores(step.stores);
      if (step.upgrade) v.upgrade(step.upgrade);
    }
    await db.open();
    await db.transaction('rw', db.tables, async () => {
      await db.table('clients').bulkAdd(V1_CLIENTS);
      await db.table('posts').bulkAdd(NEWER_POSTS);
      await db.table('settings').bulkAdd(V1_SETTINGS);
      await db.table('campaigns').add({ id: 'camp-1', clientId: 'c-acme', name: 'Spring' });
      if (dataVersion !== null) await db.table('meta').add({ key: 'dataVersion', value: dataVersion });
    });
    db.close();
  };

  it('is refused with newer-data when both its schema and its data version are newer, and left untouched', async () => {
    const name = freshName();
    await createNewer(name, DATA_VERSION + 1);
    const before = await readRaw(name);

    const error = await openError(track(createDb(name)));
    expect(error.code).toBe('newer-data');

    const after = await readRaw(name);
    expect(after).toEqual(before);
    expect(after.version).toBe(NEXT_VERSION);
    expect(after.tables.meta).toEqual([{ key: 'dataVersion', value: DATA_VERSION + 1 }]);
    expect(after.tables.campaigns).toEqual([{ id: 'camp-1', clientId: 'c-acme', name: 'Spring' }]);
  });

  it('is refused with newer-data on a newer schema alone (its data version not yet written), and left untouched', async () => {
    const name = freshName();
    await createNewer(name, null);
    const before = await readRaw(name);

    const error = await openError(track(createDb(name)));
    expect(error.code).toBe('newer-data');

    const after = await readRaw(name);
    expect(after).toEqual(before);
    expect(after.tables.meta).toEqual([]);
  });

  it('is refused with newer-data on a newer schema alone where indexedDB.databases() is missing (the version probe)', async () => {
    // Older Firefox and some embedded browsers have no indexedDB.databases(): the version comes from a
    // schema-less probe connection instead. Without it, the newer schema would be opened and "repaired".
    const name = freshName();
    await createNewer(name, null);
    const before = await readRaw(name);
    const original = indexedDB.databases;
    Object.defineProperty(indexedDB, 'databases', { configurable: true, value: undefined });
    try {
      const error = await openError(track(createDb(name)));
      expect(error.code).toBe('newer-data');
      // And an empty name still opens (the probe answers 0, not an error).
      const fresh = track(createDb(freshName()));
      await openDb(fresh);
      expect(fresh.isOpen()).toBe(true);
    } finally {
      Object.defineProperty(indexedDB, 'databases', { configurable: true, value: original });
    }
    expect(await readRaw(name)).toEqual(before);
  });

  it('is refused with newer-data on a newer schema even if its data version looks current', async () => {
    const name = freshName();
    await createNewer(name, DATA_VERSION);
    const before = await readRaw(name);

    const error = await openError(track(createDb(name)));
    expect(error.code).toBe('newer-data');
    expect(await readRaw(name)).toEqual(before);
  });

  it('is refused with newer-data when the newer build dropped an index, without its schema being patched back', async () => {
    // A newer build that no longer needs [clientId+status]. Today's code declares it: the database must
    // not be upgraded behind the newer build's back just to put the index back.
    const name = freshName();
    const db0 = new Dexie(name);
    for (const step of SCHEMA_HISTORY) {
      const v = db0.version(step.version).stores(step.stores);
      if (step.upgrade) v.upgrade(step.upgrade);
    }
    db0.version(NEXT_VERSION).stores({ posts: 'id, clientId, [clientId+date], date' });
    await db0.open();
    await db0.table('posts').bulkAdd(NEWER_POSTS);
    await db0.table('meta').add({ key: 'dataVersion', value: DATA_VERSION + 1 });
    db0.close();
    const before = await readRaw(name);
    expect(before.version).toBe(NEXT_VERSION);

    const error = await openError(track(createDb(name)));
    expect(error.code).toBe('newer-data');

    const after = await readRaw(name);
    expect(after).toEqual(before); // same rows and same native version (a patch would make it NEXT_VERSION + 0.1)
  });

  it('is refused with newer-data on a newer data version at the current schema, which is not lowered', async () => {
    const name = freshName();
    const db0 = track(createDb(name));
    await db0.open();
    await db0.transaction('rw', [db0.clients, db0.posts, db0.settings, db0.meta], async () => {
      await db0.clients.bulkAdd(V1_CLIENTS as never[]);
      await db0.posts.bulkAdd(V1_POSTS.map((p) => ({ tags: [], notes: '', ...p })) as never[]);
      await db0.settings.bulkAdd(V1_SETTINGS as never[]);
      await db0.meta.put({ key: 'dataVersion', value: DATA_VERSION + 1 });
    });
    db0.close();
    const before = await readRaw(name);
    expect(before.version).toBe(SCHEMA_VERSION);

    const db = track(createDb(name));
    const error = await openError(db);
    expect(error.code).toBe('newer-data');
    expect(error.message).toContain(String(DATA_VERSION + 1));
    // openDb closes the database it refused: nothing more can be written through it.
    expect(db.isOpen()).toBe(false);

    const after = await readRaw(name);
    expect(after).toEqual(before);
    expect(after.tables.meta).toEqual([{ key: 'dataVersion', value: DATA_VERSION + 1 }]);
  });
});

describe('an upgrade that throws', () => {
  it('aborts the version change and leaves the v1 data exactly as it was', async () => {
    const name = freshName();
    await seedV1(name);
    const before = await readRaw(name);
    expect(before.version).toBe(1);

    // A later build whose new step fails half-way, after the real v2 step has already rewritten posts.
    class BrokenCadence extends Dexie {
      constructor(dbName: string) {
        super(dbName);
        for (const step of SCHEMA_HISTORY) {
          const v = this.version(step.version).stores(step.stores);
          if (step.upgrade) v.upgrade(step.upgrade);
        }
        this.version(SCHEMA_VERSION + 1)
          .stores({})
          .upgrade(async (tx) => {
            await tx.table('posts').toCollection().modify((p: Row) => {
              p.title = 'CORRUPTED';
            });
            throw new Error('upgrade failed');
          });
      }
    }
    const broken = track(new BrokenCadence(name)) as unknown as CadenceDb;
    const error = await openError(broken);
    expect(error.code).toBe('open-failed');
    expect(error.message).toContain('upgrade failed');

    const after = await readRaw(name);
    expect(after).toEqual(before);
    expect(after.version).toBe(1);
    expect(after.tables.meta).toBeUndefined();
    expect(after.tables.posts!.find((p) => p.id === 'p1')).not.toHaveProperty('tags');

    // And the current build still migrates it afterwards.
    const db = await openCurrent(name);
    expect(await db.posts.count()).toBe(V1_POSTS.length);
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION });
  });
});

describe('opening a v2 database with current code (v3 adds results)', () => {
  it('keeps every post and adds an empty results table that works', async () => {
    const name = freshName();
    await createAtVersion(name, 2, { clients: V1_CLIENTS, settings: V1_SETTINGS });
    const db = await openCurrent(name);
    expect(await db.results.count()).toBe(0);
    await db.results.put({
      id: 'r1',
      postId: 'p1',
      takenAt: '2026-11-02T09:00:00.000Z',
      label: '24h',
      source: 'manual',
      reach: 100,
      impressions: null,
      reactions: 5,
      comments: 2,
      shares: 1,
      saves: 0,
      clicks: 0,
      repliesByTeam: 1,
      firstReplyMinutes: 12,
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    } as never);
    expect(await db.results.where('postId').equals('p1').count()).toBe(1);
    expect(byId(await db.clients.toArray())).toEqual(byId(V1_CLIENTS));
    db.close();
  });
});

describe('opening a v4 database with current code (v5 moves the card previews off the posts)', () => {
  const HASH_A = 'a'.repeat(64);
  const HASH_B = 'b'.repeat(64);
  const PREVIEW_A = 'data:image/webp;base64,UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=';
  const PREVIEW_B = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQ==';
  const item = (hash: string, name: string, preview?: string): Row => ({ hash, name, kind: 'jpeg', size: 1234, alt: '', ...(preview ? { preview } : {}) });
  // Rows as v4 wrote them: previews on the items, the same picture on two posts, an item without one
  // (a HEIC), a post without media, a damaged post whose media is not a list, and a preview that is
  // not one Cadence makes (an SVG), which must stay where it is.
  const V4_POSTS: Row[] = [
    post('p1', { tags: [], notes: '', media: [item(HASH_A, 'croissant.jpg', PREVIEW_A), item(HASH_B, 'oven.jpg', PREVIEW_B)] }),
    post('p2', { tags: [], notes: '', media: [item(HASH_A, 'croissant again.jpg', PREVIEW_A)] }),
    post('p3', { tags: [], notes: '', media: [item('c'.repeat(64), 'photo.heic')] }),
    post('p4', { tags: [], notes: '' }),
    post('p5', { tags: [], notes: '', media: 'not a list' }),
    post('p6', { tags: [], notes: '', media: [item('d'.repeat(64), 'bad.jpg', 'data:image/svg+xml;base64,PHN2Zz4=')] }),
    // Damaged items (review of the branch: one null item failed the whole upgrade, and the app never opened).
    post('p7', { tags: [], notes: '', media: [null, 5] }),
  ];
  const V4_MEDIA: Row[] = [{ hash: HASH_A, kind: 'jpeg', size: 1234, blob: null, thumb: null, width: 10, height: 10, addedAt: '2026-11-01T09:00:00.000Z' }];

  it('moves every valid preview to the previews table, by hash, the same string, and leaves everything else as it was', async () => {
    const name = freshName();
    await createAtVersion(name, 4, { clients: V1_CLIENTS, posts: V4_POSTS, settings: V1_SETTINGS, media: V4_MEDIA });
    const db = await openCurrent(name);
    expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: DATA_VERSION });
    expect(byId((await db.previews.toArray()) as Row[]).map((r) => [r.hash, r.preview])).toEqual([
      [HASH_A, PREVIEW_A],
      [HASH_B, PREVIEW_B],
    ]);
    const posts = new Map((await db.posts.toArray()).map((p) => [p.id, p as unknown as Row]));
    const without = (row: Row): Row => ({ ...row, media: (row.media as Row[]).map(({ preview: _p, ...rest }) => rest) });
    expect(posts.get('p1')).toEqual(without(V4_POSTS[0]!));
    expect(posts.get('p2')).toEqual(without(V4_POSTS[1]!));
    for (const id of ['p3', 'p4', 'p5', 'p6', 'p7']) expect(posts.get(id)).toEqual(V4_POSTS.find((p) => p.id === id));
    expect(await db.media.toArray()).toEqual(V4_MEDIA);
    expect(byId(await db.clients.toArray())).toEqual(byId(V1_CLIENTS));
    db.close();
    // Stored: a raw reopen sees the same.
    const raw = await readRaw(name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect(raw.tables.previews).toHaveLength(2);
    expect(raw.tables.posts!.find((p) => p.id === 'p1')!.media).toEqual((without(V4_POSTS[0]!).media));
  });

  it('opens a v4 database without any media', async () => {
    const name = freshName();
    await createAtVersion(name, 4, { clients: V1_CLIENTS, posts: [post('p1', { tags: [], notes: '' })] });
    const db = await openCurrent(name);
    expect(await db.previews.count()).toBe(0);
    expect(await db.posts.count()).toBe(1);
    db.close();
  });
});
