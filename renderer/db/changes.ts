/**
 * Every change to posts as one undoable unit: a set of rows written and a set of rows deleted, in one
 * transaction. What a change replaced is kept (its "before" rows), so undo puts those back and redo
 * writes the "after" rows again. Create, edit, move, delete, shift, duplicate, series edits and guard
 * fixes are all just changes, so they are all undone the same way and none can be half-undone.
 */
import { PostSchema, type Post } from '../../shared/model/post';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { StorageError } from './errors';
import { nowIso } from './ids';
import { showOptimistic } from './liveWindows';

export type PostChange = { upserts: readonly Post[]; deletes: readonly string[] };

/** Rows by id before and after a change; `null` means "did not exist". */
export type AppliedChange = {
  before: ReadonlyMap<string, Post | null>;
  after: ReadonlyMap<string, Post | null>;
};

const writeRows = async (db: CadenceDb, rows: ReadonlyMap<string, Post | null>) => {
  const puts = [...rows.values()].filter((row): row is Post => row !== null);
  const deletes = [...rows.entries()].filter(([, row]) => row === null).map(([id]) => id);
  if (puts.length) await db.posts.bulkPut(puts);
  if (deletes.length) await db.posts.bulkDelete(deletes);
};

/**
 * Validates and applies a change in one transaction; returns what undo needs. `validated` skips the
 * schema check for rows already checked with it (an import checks 50,000 rows in its worker; checking
 * them again here would freeze the window for a second).
 */
export const applyPostChange = async (
  db: CadenceDb,
  change: PostChange,
  options: { validated?: boolean } = {},
): Promise<AppliedChange> => {
  const now = nowIso();
  const upserts = change.upserts.map((post) => {
    if (options.validated) return { ...post, updatedAt: now };
    const parsed = PostSchema.safeParse({ ...post, updatedAt: now });
    if (!parsed.success) throw new StorageError('invalid', `Post "${post.title}" is not valid.`);
    return parsed.data;
  });
  const ids = [...new Set([...upserts.map((p) => p.id), ...change.deletes])];
  const after = new Map<string, Post | null>(ids.map((id) => [id, null]));
  for (const id of change.deletes) after.set(id, null);
  for (const post of upserts) after.set(post.id, post);
  return shownEarly(db, after, () =>
    writeTx(db, ['posts'], async () => {
      const existing = await db.posts.bulkGet(ids);
      const before = new Map<string, Post | null>(ids.map((id, i) => [id, existing[i] ?? null]));
      await writeRows(db, after);
      return { before, after };
    }),
  );
};

/**
 * Runs `write` with `rows` already shown in the calendar (see liveWindows.ts): a drop, an edit, an
 * undo are on screen in the next frame, not after the transaction and a fresh read.
 */
const shownEarly = async <T>(db: CadenceDb, rows: ReadonlyMap<string, Post | null>, write: () => Promise<T>): Promise<T> => {
  const puts = [...rows.values()].filter((row): row is Post => row !== null);
  const deletes = [...rows.entries()].filter(([, row]) => row === null).map(([id]) => id);
  const early = showOptimistic(db, puts, deletes);
  try {
    const result = await write();
    early.committed();
    return result;
  } catch (error) {
    early.failed();
    throw error;
  }
};

export const undoPostChange = async (db: CadenceDb, change: AppliedChange): Promise<void> => {
  await shownEarly(db, change.before, () => writeTx(db, ['posts'], () => writeRows(db, change.before)));
};

export const redoPostChange = async (db: CadenceDb, change: AppliedChange): Promise<void> => {
  await shownEarly(db, change.after, () => writeTx(db, ['posts'], () => writeRows(db, change.after)));
};
