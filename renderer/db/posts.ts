import { PostInputSchema, PostSchema, fieldErrors, type Post, type PostInput, type PostInputDraft } from '../../shared/model/post';
import type { Day } from '../../shared/dates';
import { compareTimes } from '../../shared/dates';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { StorageError } from './errors';
import { newId, nowIso } from './ids';

const validate = (input: PostInputDraft): PostInput => {
  const parsed = PostInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new StorageError('invalid', 'The post is not valid.', fieldErrors(parsed.error));
  }
  return parsed.data;
};

export const createPost = async (db: CadenceDb, input: PostInputDraft): Promise<Post> => {
  const now = nowIso();
  const post: Post = { ...validate(input), id: newId(), createdAt: now, updatedAt: now };
  await writeTx(db, ['posts', 'clients'], async () => {
    if (!(await db.clients.get(post.clientId))) {
      throw new StorageError('not-found', 'This client no longer exists.');
    }
    await db.posts.add(post);
  });
  return post;
};

export const updatePost = async (db: CadenceDb, id: string, input: PostInputDraft): Promise<Post> =>
  writeTx(db, ['posts'], async () => {
    const current = await db.posts.get(id);
    if (!current) throw new StorageError('not-found', 'This post no longer exists.');
    const next: Post = { ...current, ...validate(input), id, updatedAt: nowIso() };
    await db.posts.put(next);
    return next;
  });

/** Deletes a post and hands it back, so the caller can offer Undo with `restorePost`. */
export const deletePost = async (db: CadenceDb, id: string): Promise<Post | undefined> =>
  writeTx(db, ['posts'], async () => {
    const current = await db.posts.get(id);
    if (current) await db.posts.delete(id);
    return current;
  });

export const restorePost = async (db: CadenceDb, post: Post): Promise<void> => {
  await writeTx(db, ['posts'], () => db.posts.put(post));
};

export type RangeResult = { posts: Post[]; unreadable: number };

/**
 * A client's posts (or every client's, with `clientId` null) from one day to another, inclusive, in
 * display order: by day, untimed first, then by time and title. Rows that no longer parse are
 * counted, never dropped from the database.
 */
export const postsInRange = async (
  db: CadenceDb,
  clientId: string | null,
  from: Day,
  to: Day,
): Promise<RangeResult> => {
  const rows = await (clientId === null
    ? db.posts.where('date').between(from, to, true, true)
    : db.posts.where('[clientId+date]').between([clientId, from], [clientId, to], true, true)
  ).toArray();
  const posts: Post[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = PostSchema.safeParse(row);
    if (parsed.success) posts.push(parsed.data);
    else unreadable += 1;
  }
  posts.sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      compareTimes(a.time, b.time) ||
      a.title.localeCompare(b.title),
  );
  return { posts, unreadable };
};

export const getPost = async (db: CadenceDb, id: string): Promise<Post | undefined> => {
  const parsed = PostSchema.safeParse(await db.posts.get(id));
  return parsed.success ? parsed.data : undefined;
};

/** Every readable post of a client (or of all clients), for search; undated ideas included. */
export const allPosts = async (db: CadenceDb, clientId: string | null): Promise<Post[]> => {
  const rows = await (clientId === null ? db.posts.toArray() : db.posts.where('clientId').equals(clientId).toArray());
  const posts: Post[] = [];
  for (const row of rows) {
    const parsed = PostSchema.safeParse(row);
    if (parsed.success) posts.push(parsed.data);
  }
  return posts;
};

/** A client's backlog: ideas with no day yet (ideas already on the calendar are not in it). */
export const backlogOf = async (db: CadenceDb, clientId: string): Promise<Post[]> => {
  const rows = await db.posts.where('[clientId+status]').equals([clientId, 'idea']).toArray();
  return rows.flatMap((row) => {
    const parsed = PostSchema.safeParse(row);
    return parsed.success && parsed.data.date === null ? [parsed.data] : [];
  });
};

/** Every post of a series (its occurrences), by the client's index: series are per client. */
export const seriesPosts = async (db: CadenceDb, clientId: string, seriesId: string): Promise<Post[]> =>
  (await allPosts(db, clientId)).filter((post) => post.series?.id === seriesId);
