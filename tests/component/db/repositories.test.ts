import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, listClients, updateClient } from '../../../renderer/db/clients';
import { createDb, openDb, writeTx, type CadenceDb } from '../../../renderer/db/database';
import { StorageError, toStorageError, type StorageErrorCode } from '../../../renderer/db/errors';
import { createPost, deletePost, getPost, postsInRange, restorePost, updatePost } from '../../../renderer/db/posts';
import { DEFAULT_SETTINGS, readSettings, writeSetting } from '../../../renderer/db/settings';
import type { ClientInput } from '../../../shared/model/client';
import { PostSchema, type Post } from '../../../shared/model/post';

let db: CadenceDb;
let dbCounter = 0;

beforeEach(async () => {
  db = createDb(`cadence-repo-${++dbCounter}`);
  await openDb(db);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  db.close();
});

const clientInput = (overrides: Partial<ClientInput> = {}): ClientInput => ({
  name: 'Acme Bakery',
  color: '#4f46e5',
  channels: ['instagram', 'facebook'],
  timeZone: 'Europe/Paris',
  weekStartsOn: 1,
  language: 'fr',
  ...overrides,
});

// Whatever createPost accepts (the input type may widen over time: fields with defaults stay optional).
type PostInput = Parameters<typeof createPost>[1];

const postInput = (clientId: string, overrides: Partial<PostInput> = {}): PostInput => ({
  clientId,
  title: 'Croissant day',
  caption: 'Fresh from the oven.',
  date: '2026-11-24',
  time: '08:00',
  channel: 'instagram',
  format: 'image',
  tone: 'playful',
  intent: 'promotional',
  invitesParticipation: false,
  status: 'draft',
  tags: ['bread'],
  notes: '',
  ...overrides,
});

/** The StorageError a promise rejects with; fails the test if it resolves or rejects with anything else. */
const storageErrorOf = async (promise: Promise<unknown>): Promise<StorageError> => {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a StorageError, resolved with ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(StorageError);
  return outcome.error as StorageError;
};

const expectCode = async (promise: Promise<unknown>, code: StorageErrorCode): Promise<StorageError> => {
  const error = await storageErrorOf(promise);
  expect(error.code).toBe(code);
  return error;
};

const quotaError = (): Error => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
// How Dexie reports a transaction the browser aborted on a full disk: its own AbortError (a DexieError,
// which its promise rejection mapper leaves alone) whose `inner` is the DOMException.
const dexieQuotaAbort = (): Error =>
  new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

/**
 * What Chromium does when the disk fills while a transaction commits: the whole IndexedDB transaction
 * aborts with error QuotaExceededError. fake-indexeddb exposes that step as its (internal) `_abort`.
 */
type FakeIdbTransaction = IDBTransaction & { _abort: (errorName: string) => void };
const abortCurrentTransactionOnQuota = (): void => {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('no current transaction');
  const idbtrans = tx.idbtrans as FakeIdbTransaction;
  expect(typeof idbtrans._abort).toBe('function');
  idbtrans._abort('QuotaExceededError');
};

describe('createClient', () => {
  it('stores a valid client with an id, not archived, and hands back the stored row', async () => {
    const client = await createClient(db, clientInput({ name: '  Acme Bakery ' }));
    expect(client).toMatchObject({ ...clientInput(), archived: false });
    expect(client.id).toEqual(expect.any(String));
    expect(client.id.length).toBeGreaterThan(0);
    expect(new Date(client.createdAt).toISOString()).toBe(client.createdAt);
    expect(client.updatedAt).toBe(client.createdAt);
    expect(await db.clients.get(client.id)).toEqual(client);
  });

  it('gives each client its own id', async () => {
    const a = await createClient(db, clientInput());
    const b = await createClient(db, clientInput());
    expect(a.id).not.toBe(b.id);
    expect(await db.clients.count()).toBe(2);
  });

  it.each(['', '   '])('refuses the name %j with invalid / errors.nameRequired and writes nothing', async (name) => {
    const error = await expectCode(createClient(db, clientInput({ name })), 'invalid');
    expect(error.fields.name).toBe('errors.nameRequired');
    expect(await db.clients.count()).toBe(0);
  });

  it('reports every invalid field', async () => {
    const error = await expectCode(
      createClient(db, clientInput({ name: '', color: 'red', channels: [], timeZone: 'Mars/Olympus' })),
      'invalid',
    );
    expect(error.fields).toEqual({
      name: 'errors.nameRequired',
      color: 'errors.colorInvalid',
      channels: 'errors.channelsRequired',
      timeZone: 'errors.timeZoneInvalid',
    });
    expect(await db.clients.count()).toBe(0);
  });
});

describe('updateClient', () => {
  it('renames a client, keeping everything else, and moves updatedAt on', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00.000Z'));
    const client = await createClient(db, clientInput());
    vi.setSystemTime(new Date('2026-11-25T10:00:00.000Z'));

    const renamed = await updateClient(db, client.id, { name: '  Acme & Co ' });
    expect(renamed).toEqual({ ...client, name: 'Acme & Co', updatedAt: '2026-11-25T10:00:00.000Z' });
    expect(renamed.createdAt).toBe('2026-11-24T10:00:00.000Z');
    expect(await db.clients.get(client.id)).toEqual(renamed);
  });

  it('recolours a client', async () => {
    const client = await createClient(db, clientInput());
    const recoloured = await updateClient(db, client.id, { color: '#dc2626' });
    expect(recoloured.color).toBe('#dc2626');
    expect(recoloured.name).toBe(client.name);
    expect((await db.clients.get(client.id))!.color).toBe('#dc2626');
  });

  it('archives and unarchives a client without touching its fields', async () => {
    const client = await createClient(db, clientInput());
    const archived = await updateClient(db, client.id, { archived: true });
    expect(archived).toMatchObject({ ...clientInput(), archived: true });
    expect((await db.clients.get(client.id))!.archived).toBe(true);

    const back = await updateClient(db, client.id, { archived: false });
    expect(back.archived).toBe(false);
    expect((await db.clients.get(client.id))!.archived).toBe(false);
  });

  it('keeps a client archived when other fields change', async () => {
    const client = await createClient(db, clientInput());
    await updateClient(db, client.id, { archived: true });
    const renamed = await updateClient(db, client.id, { name: 'Archived Acme' });
    expect(renamed.archived).toBe(true);
  });

  it('refuses an empty name with invalid / errors.nameRequired and leaves the stored client as it was', async () => {
    const client = await createClient(db, clientInput());
    const error = await expectCode(updateClient(db, client.id, { name: ' ' }), 'invalid');
    expect(error.fields.name).toBe('errors.nameRequired');
    expect(await db.clients.get(client.id)).toEqual(client);
  });

  it('refuses a bad colour and a bad week start', async () => {
    const client = await createClient(db, clientInput());
    const colour = await expectCode(updateClient(db, client.id, { color: '#12' }), 'invalid');
    expect(colour.fields).toEqual({ color: 'errors.colorInvalid' });
    const week = await expectCode(updateClient(db, client.id, { weekStartsOn: 3 as never }), 'invalid');
    expect(Object.keys(week.fields)).toEqual(['weekStartsOn']);
    expect(await db.clients.get(client.id)).toEqual(client);
  });

  it('reports not-found for a client that does not exist, and creates nothing', async () => {
    await expectCode(updateClient(db, 'missing', { name: 'Ghost' }), 'not-found');
    expect(await db.clients.count()).toBe(0);
  });
});

describe('listClients', () => {
  it('lists every readable client by name, archived ones included, leaving unreadable rows in place', async () => {
    const zen = await createClient(db, clientInput({ name: 'Zen Yoga' }));
    const acme = await createClient(db, clientInput({ name: 'Acme Bakery' }));
    await updateClient(db, zen.id, { archived: true });
    await db.clients.put({ id: 'broken', name: '' } as never);

    const clients = await listClients(db);
    expect(clients.map((c) => c.id)).toEqual([acme.id, zen.id]);
    expect(await db.clients.get('broken')).toEqual({ id: 'broken', name: '' });
    expect(await db.clients.count()).toBe(3);
  });
});

describe('createPost', () => {
  it('stores a valid post and hands back the stored row', async () => {
    const client = await createClient(db, clientInput());
    const post = await createPost(db, postInput(client.id, { title: '  Croissant day  ' }));
    expect(post).toMatchObject({ ...postInput(client.id), title: 'Croissant day' });
    expect(post.id).toEqual(expect.any(String));
    expect(post.updatedAt).toBe(post.createdAt);
    expect(await db.posts.get(post.id)).toEqual(post);
    expect(await getPost(db, post.id)).toEqual(post);
  });

  it('refuses an invalid post with its field errors and writes nothing', async () => {
    const client = await createClient(db, clientInput());
    await createPost(db, postInput(client.id));
    const before = await db.posts.count();

    const error = await expectCode(
      createPost(db, postInput(client.id, { title: ' ', date: '2026-02-30', time: '25:00' })),
      'invalid',
    );
    expect(error.fields).toEqual({
      title: 'errors.titleRequired',
      date: 'errors.dateInvalid',
      time: 'errors.timeInvalid',
    });
    expect(await db.posts.count()).toBe(before);
  });

  it('refuses a dated status without a day', async () => {
    const client = await createClient(db, clientInput());
    const error = await expectCode(createPost(db, postInput(client.id, { status: 'scheduled', date: null })), 'invalid');
    expect(error.fields).toEqual({ date: 'errors.dateRequired' });
    expect(await db.posts.count()).toBe(0);
  });

  it('refuses a post for a client that does not exist and writes nothing', async () => {
    const error = await expectCode(createPost(db, postInput('no-such-client')), 'not-found');
    expect(error.message).toMatch(/client/i);
    expect(await db.posts.count()).toBe(0);
  });

  it('stores an idea without a day', async () => {
    const client = await createClient(db, clientInput());
    const idea = await createPost(db, postInput(client.id, { status: 'idea', date: null, time: null }));
    expect(await db.posts.get(idea.id)).toEqual(idea);
  });
});

describe('updatePost', () => {
  it('replaces the fields, keeping the id and createdAt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00.000Z'));
    const client = await createClient(db, clientInput());
    const post = await createPost(db, postInput(client.id));
    vi.setSystemTime(new Date('2026-11-24T11:00:00.000Z'));

    const next = await updatePost(db, post.id, postInput(client.id, { title: 'Pain au chocolat day', time: null }));
    expect(next).toEqual({
      ...post,
      title: 'Pain au chocolat day',
      time: null,
      updatedAt: '2026-11-24T11:00:00.000Z',
    });
    expect(await db.posts.get(post.id)).toEqual(next);
  });

  it('refuses an invalid change and leaves the stored post as it was', async () => {
    const client = await createClient(db, clientInput());
    const post = await createPost(db, postInput(client.id));
    const error = await expectCode(updatePost(db, post.id, postInput(client.id, { title: '' })), 'invalid');
    expect(error.fields).toEqual({ title: 'errors.titleRequired' });
    expect(await db.posts.get(post.id)).toEqual(post);
  });

  it('reports not-found for a post that does not exist, and creates nothing', async () => {
    const client = await createClient(db, clientInput());
    await expectCode(updatePost(db, 'missing', postInput(client.id)), 'not-found');
    expect(await db.posts.count()).toBe(0);
  });
});

describe('postsInRange', () => {
  const seed = async (): Promise<{ acme: string; zen: string; byTitle: Record<string, Post> }> => {
    const acme = (await createClient(db, clientInput({ name: 'Acme' }))).id;
    const zen = (await createClient(db, clientInput({ name: 'Zen' }))).id;
    const rows: Array<[string, Partial<PostInput>]> = [
      [acme, { title: 'Before the range', date: '2026-10-31', time: '12:00' }],
      [acme, { title: 'First day, evening', date: '2026-11-01', time: '19:00' }],
      [acme, { title: 'First day, untimed', date: '2026-11-01', time: null }],
      [acme, { title: 'First day, morning', date: '2026-11-01', time: '07:30' }],
      [acme, { title: 'Mid, B', date: '2026-11-15', time: '10:00' }],
      [acme, { title: 'Mid, A', date: '2026-11-15', time: '10:00' }],
      [acme, { title: 'Mid, untimed', date: '2026-11-15', time: null }],
      [acme, { title: 'Last day', date: '2026-11-30', time: '23:59' }],
      [acme, { title: 'After the range', date: '2026-12-01', time: '00:00' }],
      [acme, { title: 'An idea without a day', date: null, time: null, status: 'idea' }],
      [zen, { title: 'Another client', date: '2026-11-15', time: '09:00' }],
    ];
    const byTitle: Record<string, Post> = {};
    // Stored out of order on purpose: the order must come from postsInRange, not from insertion.
    for (const [clientId, fields] of [...rows].reverse()) {
      const post = await createPost(db, postInput(clientId, fields));
      byTitle[post.title] = post;
    }
    return { acme, zen, byTitle };
  };

  it("returns only that client's posts within the inclusive range, by day, untimed first, then time, then title", async () => {
    const { acme, byTitle } = await seed();
    const { posts, unreadable } = await postsInRange(db, acme, '2026-11-01', '2026-11-30');
    expect(unreadable).toBe(0);
    expect(posts.map((p) => p.title)).toEqual([
      'First day, untimed',
      'First day, morning',
      'First day, evening',
      'Mid, untimed',
      'Mid, A',
      'Mid, B',
      'Last day',
    ]);
    expect(posts[0]).toEqual(byTitle['First day, untimed']);
  });

  it("keeps another client's posts out", async () => {
    const { zen } = await seed();
    const { posts } = await postsInRange(db, zen, '2026-11-01', '2026-11-30');
    expect(posts.map((p) => p.title)).toEqual(['Another client']);
  });

  it('handles a one-day range and an empty one', async () => {
    const { acme } = await seed();
    const one = await postsInRange(db, acme, '2026-11-30', '2026-11-30');
    expect(one.posts.map((p) => p.title)).toEqual(['Last day']);
    const none = await postsInRange(db, acme, '2026-11-02', '2026-11-14');
    expect(none).toEqual({ posts: [], unreadable: 0 });
    const unknown = await postsInRange(db, 'nobody', '2026-01-01', '2026-12-31');
    expect(unknown).toEqual({ posts: [], unreadable: 0 });
  });

  it('counts corrupt rows as unreadable and leaves them in the table', async () => {
    const { acme, byTitle } = await seed();
    const good = byTitle['Mid, A']!;
    // '2026-11-1' sorts inside the range's index bounds, but it is no valid day.
    const badDate = { ...good, id: 'bad-date', date: '2026-11-1' };
    const { title: _title, ...noTitle } = { ...good, id: 'no-title' };
    const badTime = { ...good, id: 'bad-time', time: '25:00' };
    await db.posts.put(badDate as Post);
    await db.posts.put(noTitle as Post);
    await db.posts.put(badTime as Post);
    const countBefore = await db.posts.count();

    const { posts, unreadable } = await postsInRange(db, acme, '2026-11-01', '2026-11-30');
    expect(unreadable).toBe(3);
    expect(posts).toHaveLength(7);
    expect(posts.map((p) => p.id)).not.toContain('bad-date');

    expect(await db.posts.count()).toBe(countBefore);
    expect(await db.posts.get('bad-date')).toEqual(badDate);
    expect(await db.posts.get('no-title')).toEqual(noTitle);
    expect(await db.posts.get('bad-time')).toEqual(badTime);
    expect(await getPost(db, 'bad-date')).toBeUndefined();
  });

  it('counts a row with the impossible day 2026-02-30 in a February-March range', async () => {
    const client = await createClient(db, clientInput());
    const post = await createPost(db, postInput(client.id, { date: '2026-02-28' }));
    await db.posts.put({ ...post, id: 'feb-30', date: '2026-02-30' });
    const { posts, unreadable } = await postsInRange(db, client.id, '2026-02-01', '2026-03-31');
    expect(posts.map((p) => p.id)).toEqual([post.id]);
    expect(unreadable).toBe(1);
    expect(await db.posts.get('feb-30')).toBeDefined();
  });
});

describe('deletePost and restorePost', () => {
  it('deletes a post, hands it back, and restoring it gives back the identical row', async () => {
    const client = await createClient(db, clientInput());
    const post = await createPost(db, postInput(client.id, { tags: ['a', 'b'], notes: 'Keep me' }));
    const stored = await db.posts.get(post.id);

    const deleted = await deletePost(db, post.id);
    expect(deleted).toEqual(stored);
    expect(await db.posts.get(post.id)).toBeUndefined();
    expect(await db.posts.count()).toBe(0);

    await restorePost(db, deleted!);
    expect(await db.posts.get(post.id)).toEqual(stored);
    const { posts } = await postsInRange(db, client.id, '2026-11-24', '2026-11-24');
    expect(posts).toEqual([stored]);
  });

  it('hands back undefined for a post that does not exist, deleting nothing', async () => {
    const client = await createClient(db, clientInput());
    await createPost(db, postInput(client.id));
    expect(await deletePost(db, 'missing')).toBeUndefined();
    expect(await db.posts.count()).toBe(1);
  });
});

describe('settings', () => {
  it('reads the defaults from an empty table', async () => {
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ lastClientId: null, lastView: 'month', lastAnchor: null, agendaSpan: 14, panels: { guard: true, ideas: false }, density: 'comfortable', language: 'system' });
  });

  it('keeps each panel open or closed on its own, and reads the one-panel setting of earlier builds', async () => {
    await writeSetting(db, 'panels', { guard: false, ideas: true });
    expect((await readSettings(db)).panels).toEqual({ guard: false, ideas: true });
    await db.settings.delete('panels');
    // Earlier builds: sidePanel null was "closed", and must not come back as the guard.
    await db.settings.put({ key: 'sidePanel', value: null });
    expect((await readSettings(db)).panels).toEqual({ guard: false, ideas: false });
    await db.settings.put({ key: 'sidePanel', value: 'ideas' });
    expect((await readSettings(db)).panels).toEqual({ guard: false, ideas: true });
    expect(await readSettings(db)).not.toHaveProperty('sidePanel');
  });

  it('round-trips each setting, keeping the defaults of the others', async () => {
    await writeSetting(db, 'lastAnchor', '2026-11-01');
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, lastAnchor: '2026-11-01' });

    await writeSetting(db, 'language', 'fr');
    await writeSetting(db, 'lastClientId', 'c-1');
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, lastClientId: 'c-1', lastAnchor: '2026-11-01', language: 'fr' });

    await writeSetting(db, 'lastAnchor', '2026-12-01');
    await writeSetting(db, 'lastClientId', null);
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, lastClientId: null, lastAnchor: '2026-12-01', language: 'fr' });
    expect(await db.settings.count()).toBe(3);
  });
});

describe('a full disk', () => {
  it('makes createPost reject with storage-full when the add fails with QuotaExceededError, writing nothing', async () => {
    const client = await createClient(db, clientInput());
    vi.spyOn(db.posts, 'add').mockRejectedValueOnce(quotaError());

    const error = await expectCode(createPost(db, postInput(client.id)), 'storage-full');
    expect(error.message).toMatch(/full/i);
    expect(await db.posts.count()).toBe(0);
  });

  it('recognises the AbortError Dexie raises, whose inner error is the QuotaExceededError', async () => {
    const client = await createClient(db, clientInput());
    vi.spyOn(db.posts, 'add').mockRejectedValueOnce(dexieQuotaAbort());

    await expectCode(createPost(db, postInput(client.id)), 'storage-full');
    expect(await db.posts.count()).toBe(0);
  });

  it('makes createPost reject with storage-full when the browser aborts the transaction on quota, writing nothing', async () => {
    const client = await createClient(db, clientInput());
    const realAdd = db.posts.add.bind(db.posts);
    let written = false;
    const addThenFillTheDisk = async (...args: Parameters<typeof realAdd>): Promise<string> => {
      const key = await realAdd(...args); // the row is written inside the transaction…
      written = true;
      abortCurrentTransactionOnQuota(); // …which then aborts on a full disk
      return key;
    };
    vi.spyOn(db.posts, 'add').mockImplementationOnce(addThenFillTheDisk as unknown as typeof realAdd);

    await expectCode(createPost(db, postInput(client.id)), 'storage-full');
    expect(written).toBe(true);
    expect(await db.posts.count()).toBe(0);
  });

  it('turns a QuotaExceededError thrown by IndexedDB itself into storage-full', async () => {
    const client = await createClient(db, clientInput());
    const store = Object.getPrototypeOf(db.backendDB().transaction('posts').objectStore('posts')) as IDBObjectStore;
    vi.spyOn(store, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await expectCode(createPost(db, postInput(client.id)), 'storage-full');
    expect(await db.posts.count()).toBe(0);
  });

  it('makes updateClient and writeSetting reject with storage-full, keeping the previous values', async () => {
    const client = await createClient(db, clientInput());
    await writeSetting(db, 'lastAnchor', '2026-10-01');
    vi.spyOn(db.clients, 'put').mockRejectedValueOnce(quotaError());
    vi.spyOn(db.settings, 'put').mockRejectedValueOnce(dexieQuotaAbort());

    await expectCode(updateClient(db, client.id, { name: 'Renamed' }), 'storage-full');
    await expectCode(writeSetting(db, 'lastAnchor', '2026-11-01'), 'storage-full');
    expect(await db.clients.get(client.id)).toEqual(client);
    expect((await readSettings(db)).lastAnchor).toBe('2026-10-01');
  });
});

describe('writeTx', () => {
  const makePost = (clientId: string, id: string): Post =>
    PostSchema.parse({
      ...postInput(clientId),
      id,
      createdAt: '2026-11-24T10:00:00.000Z',
      updatedAt: '2026-11-24T10:00:00.000Z',
    });

  it('stores every write of its work', async () => {
    const client = await createClient(db, clientInput());
    const result = await writeTx(db, ['posts'], async () => {
      await db.posts.add(makePost(client.id, 'p1'));
      await db.posts.add(makePost(client.id, 'p2'));
      return 'done';
    });
    expect(result).toBe('done');
    expect((await db.posts.toCollection().primaryKeys()).sort()).toEqual(['p1', 'p2']);
  });

  it('rolls the first write back when the second fails on a full disk', async () => {
    const client = await createClient(db, clientInput());
    const realAdd = db.posts.add.bind(db.posts);
    let calls = 0;
    const failSecond = (...args: Parameters<typeof realAdd>): Promise<string> => {
      calls += 1;
      return calls === 2 ? Promise.reject(quotaError()) : realAdd(...args);
    };
    vi.spyOn(db.posts, 'add').mockImplementation(failSecond as unknown as typeof realAdd);

    await expectCode(
      writeTx(db, ['posts'], async () => {
        await db.posts.add(makePost(client.id, 'p1'));
        expect(await db.posts.get('p1')).toBeDefined(); // written inside the transaction…
        await db.posts.add(makePost(client.id, 'p2'));
      }),
      'storage-full',
    );
    expect(calls).toBe(2);
    expect(await db.posts.count()).toBe(0); // …and gone once it aborted
  });

  it('rolls back across tables when a real IndexedDB constraint fails, passing the error through', async () => {
    const client = await createClient(db, clientInput());
    await db.posts.add(makePost(client.id, 'taken'));

    const outcome = await writeTx(db, ['clients', 'posts'], async () => {
      await db.clients.put({ ...client, name: 'Half-saved' });
      await db.posts.add(makePost(client.id, 'fresh'));
      await db.posts.add(makePost(client.id, 'taken')); // duplicate key
    }).catch((error: unknown) => error);

    expect(outcome).not.toBeInstanceOf(StorageError);
    expect((outcome as Error).name).toBe('ConstraintError');
    expect(await db.clients.get(client.id)).toEqual(client);
    expect(await db.posts.get('fresh')).toBeUndefined();
    expect(await db.posts.count()).toBe(1);
  });

  it('passes a StorageError thrown by its work through unchanged, rolling back', async () => {
    const client = await createClient(db, clientInput());
    const thrown = new StorageError('not-found', 'gone');
    const outcome = await writeTx(db, ['posts'], async () => {
      await db.posts.add(makePost(client.id, 'p1'));
      throw thrown;
    }).catch((error: unknown) => error);
    expect(outcome).toBe(thrown);
    expect(await db.posts.count()).toBe(0);
  });
});

describe('toStorageError', () => {
  it('maps quota errors, direct or wrapped, and passes anything else through', () => {
    expect(toStorageError(quotaError())).toMatchObject({ code: 'storage-full' });
    expect(toStorageError(dexieQuotaAbort())).toMatchObject({ code: 'storage-full' });
    expect(toStorageError(new DOMException('full', 'QuotaExceededError'))).toMatchObject({ code: 'storage-full' });
    const other = new Error('boom');
    expect(toStorageError(other)).toBe(other);
    expect(toStorageError('text')).toBe('text');
    expect(toStorageError(null)).toBe(null);
  });
});
