import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPostChange } from '../../../renderer/db/changes';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import { buildImportedPosts, importPosts } from '../../../renderer/db/imports';
import { dataFingerprint, planRestore, readAll, restoreBackup } from '../../../renderer/db/snapshot';
import { writeSetting } from '../../../renderer/db/settings';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { client, post } from './fixtures';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import type { ImportedPost } from '../../../shared/serializers/types';

/** Rows as fromCsv reads them. */
const rowsOf = (posts: Post[], clients: Client[]): ImportedPost[] => {
  const read = fromCsv(toCsv(posts, clients));
  expect(read.errors).toEqual([]);
  return read.rows;
};

/** Everything in the database, to compare before and after. */
const dump = async (db: CadenceDb) => ({
  clients: await db.clients.orderBy('id').toArray(),
  posts: await db.posts.orderBy('id').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
});

let db: CadenceDb;
let counter = 0;
const bloom = client('c1', 'Bloom Bakery');
const acme = client('c2', 'Acme');

beforeEach(async () => {
  db = createDb(`cadence-imports-${++counter}`);
  await openDb(db);
  await db.clients.bulkPut([bloom, acme]);
  await db.posts.bulkPut([post('p1', 'c1', '2026-11-03'), post('p2', 'c2', '2026-11-04')]);
  await writeSetting(db, 'language', 'fr');
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Makes db.posts.bulkPut write the first half of its rows, then fail. */
const failHalfway = (error: Error) => {
  const table = db.posts;
  const original = table.bulkPut.bind(table);
  vi.spyOn(table, 'bulkPut').mockImplementation((async (rows: readonly Post[]) => {
    await original(rows.slice(0, Math.ceil(rows.length / 2)));
    throw error;
  }) as never);
};

describe('importPosts: all or nothing', () => {
  const fresh = () => [post('n1', 'c1', '2026-11-10'), post('n2', 'c1', '2026-11-11'), post('n3', 'c2', '2026-11-12')];

  it('adds every row as a new post in one go', async () => {
    const rows = rowsOf(fresh(), [bloom, acme]);
    const result = await importPosts(db, rows, { clientId: 'c1', mode: 'add' });
    expect(result).toMatchObject({ ok: true, added: 3, replaced: 0 });
    const posts = (await db.posts.toArray()).filter((p) => p.id !== 'p1' && p.id !== 'p2');
    expect(posts.map((p) => p.title).sort()).toEqual(['Post n1', 'Post n2', 'Post n3']);
    expect(posts.every((p) => p.clientId === 'c1' && !['n1', 'n2', 'n3'].includes(p.id))).toBe(true);
  });

  it('writes nothing when one row names a client that does not exist, and says which line', async () => {
    const before = await dump(db);
    const rows = rowsOf(fresh(), [bloom, acme]);
    rows[1] = { ...rows[1]!, sourceClientId: 'ghost', clientName: 'Ghost Inc' };
    const result = await importPosts(db, rows, { clientId: null, mode: 'add' });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'row.clientMissing', line: 3, message: expect.stringMatching(/^line 3: there is no client 'Ghost Inc'/) })],
    });
    expect(await dump(db)).toEqual(before);
  });

  it('leaves the database exactly as it was when the write fails half-way', async () => {
    const before = await dump(db);
    failHalfway(new Error('disk on fire'));
    const many = Array.from({ length: 40 }, (_, i) => post(`m${i}`, 'c1', '2026-11-20'));
    await expect(importPosts(db, rowsOf(many, [bloom]), { clientId: 'c1', mode: 'add' })).rejects.toThrow('disk on fire');
    expect(await dump(db)).toEqual(before);
  });

  it('reports a full disk as StorageError storage-full, with nothing written', async () => {
    const before = await dump(db);
    failHalfway(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const error = await importPosts(db, rowsOf(fresh(), [bloom, acme]), { clientId: 'c1', mode: 'add' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('storage-full');
    expect(await dump(db)).toEqual(before);
  });

  it('through the undo history’s commit too: one transaction, nothing written on failure', async () => {
    const before = await dump(db);
    failHalfway(new Error('disk on fire'));
    const commit = vi.fn((change) => applyPostChange(db, change));
    await expect(importPosts(db, rowsOf(fresh(), [bloom, acme]), { clientId: 'c1', mode: 'add', commit })).rejects.toThrow();
    expect(commit).toHaveBeenCalledOnce();
    expect(await dump(db)).toEqual(before);
  });

  it('hands the whole import to commit as one change, and refuses before committing', async () => {
    const commit = vi.fn((change) => applyPostChange(db, change));
    const rows = rowsOf(fresh(), [bloom, acme]);
    const ok = await importPosts(db, rows, { clientId: null, mode: 'add', commit });
    expect(ok.ok).toBe(true);
    expect(commit).toHaveBeenCalledOnce();
    expect(commit.mock.calls[0]![0].upserts).toHaveLength(3);
    commit.mockClear();
    await db.clients.update('c2', { archived: true });
    const refused = await importPosts(db, rows, { clientId: null, mode: 'add', commit });
    expect(refused).toMatchObject({ ok: false, errors: [expect.objectContaining({ code: 'row.clientMissing', line: 4 })] });
    expect(commit).not.toHaveBeenCalled();
  });

  it('update mode replaces a post of the same client by id, keeps its creation date, and adds the rest with their ids', async () => {
    const rows = rowsOf(
      [
        post('p1', 'c1', '2026-11-30', { title: 'Moved and renamed', createdAt: '2026-11-20T00:00:00.000Z' }),
        post('n9', 'c1', '2026-11-12'),
        post('p2', 'c1', '2026-11-13', { title: 'Same id as an Acme post' }),
      ],
      [bloom],
    );
    const result = await importPosts(db, rows, { clientId: 'c1', mode: 'update', now: '2026-11-24T10:00:00.000Z' });
    expect(result).toMatchObject({ ok: true, added: 2, replaced: 1 });
    expect(await db.posts.get('p1')).toMatchObject({ title: 'Moved and renamed', date: '2026-11-30', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' });
    expect(await db.posts.get('n9')).toMatchObject({ clientId: 'c1' });
    // p2 belongs to Acme: never moved to another client, the row becomes a new post.
    expect(await db.posts.get('p2')).toMatchObject({ clientId: 'c2', title: 'Post p2' });
    expect((await db.posts.toArray()).filter((p) => p.title === 'Same id as an Acme post')).toHaveLength(1);
  });

  it('update mode refuses a file that holds the same id twice', async () => {
    const rows = rowsOf([post('p1', 'c1', '2026-11-30'), post('p1', 'c1', '2026-12-01')], [bloom]);
    const result = await importPosts(db, rows, { clientId: 'c1', mode: 'update' });
    expect(result).toMatchObject({ ok: false, errors: [expect.objectContaining({ line: 3, message: "line 3: id 'p1' is also on line 2: each post can be updated once" })] });
  });

  it('resolves each row’s client by id, then by name, in "from the file" mode', () => {
    const rows = rowsOf([post('a', 'c1', '2026-11-01'), post('b', 'c2', '2026-11-02')], [bloom, acme]).map((r, i) =>
      i === 1 ? { ...r, sourceClientId: 'unknown-id', clientName: ' ACME ' } : r,
    );
    const plan = buildImportedPosts(rows, { clients: [bloom, acme], existing: new Map() }, { clientId: null, mode: 'add', newId: () => 'x' });
    expect(plan.errors).toEqual([]);
    expect(plan.posts.map((p) => p.clientId)).toEqual(['c1', 'c2']);
  });
});

describe('restoreBackup', () => {
  const backup = {
    clients: [client('c1', 'Bloom (from backup)'), client('c3', 'Cedar')],
    posts: [post('p1', 'c1', '2026-10-01', { title: 'Old croissant' }), post('p9', 'c3', '2026-10-02')],
    settings: { language: 'en', lastClientId: 'c3' },
  };

  it('replace: the database becomes the backup, and the plan says so first', async () => {
    await expect(planRestore(db, backup, 'replace')).resolves.toEqual({
      mode: 'replace',
      clients: { added: 1, replaced: 1, removed: 1 },
      posts: { added: 1, replaced: 1, removed: 1 },
      results: { added: 0, replaced: 0, removed: 0 },
      settings: true,
      unreadable: 0,
    });
    await restoreBackup(db, backup, 'replace');
    const after = await readAll(db);
    expect(after.clients.map((c) => c.name).sort()).toEqual(['Bloom (from backup)', 'Cedar']);
    expect(after.posts.map((p) => p.id).sort()).toEqual(['p1', 'p9']);
    expect(after.settings).toEqual({ language: 'en', lastClientId: 'c3' });
  });

  it('merge: adds and replaces by id, removes nothing, keeps the settings', async () => {
    await expect(planRestore(db, backup, 'merge')).resolves.toMatchObject({
      clients: { added: 1, replaced: 1, removed: 0 },
      posts: { added: 1, replaced: 1, removed: 0 },
      settings: false,
    });
    await restoreBackup(db, backup, 'merge');
    const after = await readAll(db);
    expect(after.clients.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(after.posts.map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p9']);
    expect(after.posts.find((p) => p.id === 'p1')?.title).toBe('Old croissant');
    expect(after.settings).toEqual({ language: 'fr' });
  });

  it.each(['replace', 'merge'] as const)('%s: a failure half-way leaves the database exactly as it was', async (mode) => {
    const before = await dump(db);
    failHalfway(new Error('crash'));
    await expect(restoreBackup(db, backup, mode)).rejects.toThrow('crash');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a backup whose post has no client, before touching anything', async () => {
    const before = await dump(db);
    await expect(restoreBackup(db, { clients: [], posts: [post('x', 'nobody', '2026-11-01')] }, 'replace')).rejects.toThrow(/not in the backup/);
    expect(await dump(db)).toEqual(before);
  });
});

describe('readAll and the fingerprint of automatic backups', () => {
  it('reads every readable row and counts the rest, without touching them', async () => {
    await db.posts.put({ id: 'broken', clientId: 'c1' } as unknown as Post);
    const all = await readAll(db);
    expect(all.posts.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(all.unreadable).toEqual([{ table: 'posts', row: { id: 'broken', clientId: 'c1' } }]);
    expect(await db.posts.get('broken')).toBeDefined();
  });

  it('changes with any create, edit, delete or setting, and only then', async () => {
    const print = async () => dataFingerprint(await readAll(db));
    const first = await print();
    expect(await print()).toBe(first);
    await db.posts.update('p1', { updatedAt: '2026-11-24T10:00:00.000Z' });
    const edited = await print();
    expect(edited).not.toBe(first);
    await db.posts.delete('p2');
    const deleted = await print();
    expect(deleted).not.toBe(edited);
    await writeSetting(db, 'language', 'en');
    expect(await print()).not.toBe(deleted);
  });
});
