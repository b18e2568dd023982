/**
 * Every change to posts as one undoable unit: a set of rows written and a set of rows deleted, in one
 * transaction. What a change replaced is kept (its "before" rows), so undo puts those back and redo
 * writes the "after" rows again. Create, edit, move, delete, shift, duplicate, series edits and guard
 * fixes are all just changes, so they are all undone the same way and none can be half-undone.
 *
 * Every one of them is checked inside its transaction against what the writer read (conflicts.ts):
 * a change, an undo or a redo over a row another window changed since is refused whole.
 *
 * TRAP (media): a change that makes a post refer to a picture or video whose bytes are not stored is
 * refused whole, in the same transaction that would write it (the editor stores the bytes when a file
 * is added, but "Remove unused media" in another window may remove them before Save). Only hashes the
 * change brings are checked: a post already showing a missing file can still be edited. Undo and redo
 * are not checked: they put back what was, and the removal's confirmation says Undo cannot bring the
 * files back.
 */
import { PostSchema, type Post } from '../../shared/model/post';
import { ConflictError, findConflicts, laterVersion, nextVersion, versionOf, type ReadVersions, type UpsertVersions } from './conflicts';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { StorageError } from './errors';
import { nowIso } from './ids';
import { showOptimistic } from './liveWindows';
import { referencedHashes } from './snapshot';

export type PostChange = {
  upserts: readonly Post[];
  deletes: readonly string[];
  /**
   * The version of each row as the writer read it (null: it read that the row did not exist). Rows
   * not listed are checked from the upserts' own `updatedAt` (see findConflicts).
   */
  read?: ReadVersions;
};

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

const storedRows = async (db: CadenceDb, ids: readonly string[]): Promise<Map<string, Post | null>> => {
  const rows = await db.posts.bulkGet([...ids]);
  return new Map(ids.map((id, i) => [id, rows[i] ?? null]));
};

type Check = { given: ReadonlyMap<string, Post | null>; read: ReadVersions | undefined; upserts: UpsertVersions; media?: boolean };

/** The files `rows` would newly refer to (not on the row they replace), hash to name. */
const broughtMedia = (rows: ReadonlyMap<string, Post | null>, before: ReadonlyMap<string, Post | null>): Map<string, string> => {
  const brought = new Map<string, string>();
  for (const [id, row] of rows) {
    // Tolerant: the stored row may be a damaged one (a `media` that is not a list).
    const had = new Set(referencedHashes([before.get(id) ?? {}]));
    for (const item of row?.media ?? []) if (!had.has(item.hash) && !brought.has(item.hash)) brought.set(item.hash, item.name);
  }
  return brought;
};

/**
 * Inside the transaction: refuses the write when a row changed since it was read (ConflictError),
 * else writes `rows` and hands back what was written. With `now`, each row gets a version later than
 * the one it replaces (its planned version, as shown early, in all but a clock's corner cases);
 * without, the rows are written exactly as given (undo and redo put back versions already written).
 */
const checkedWrite = async (db: CadenceDb, rows: ReadonlyMap<string, Post | null>, check: Check, now: string | null) => {
  const before = await storedRows(db, [...rows.keys()]);
  const conflicts = findConflicts(before, check.given, check.read, check.upserts);
  if (conflicts.length > 0) throw new ConflictError(conflicts);
  // TRAP (Dexie): only Dexie's own promises are awaited in here; an `await` of a plain async function
  // that touches no table loses the transaction (PrematureCommitError), hence no helper is awaited.
  const brought = check.media ? broughtMedia(rows, before) : new Map<string, string>();
  if (brought.size > 0) {
    const stored = await db.media.bulkGet([...brought.keys()]);
    const missing = [...brought.values()].filter((_, i) => stored[i] === undefined);
    if (missing.length > 0) {
      throw new StorageError('media-missing', `Not saved: ${missing.join(', ')} no longer stored. Attach ${missing.join(', ')} again.`, { files: missing.join('\n') });
    }
  }
  const written = new Map<string, Post | null>();
  for (const [id, row] of rows) {
    const replaced = versionOf(before.get(id));
    written.set(id, row && now !== null ? { ...row, updatedAt: laterVersion(row.updatedAt, nextVersion(now, replaced)) } : row);
  }
  await writeRows(db, written);
  return { before, after: written as ReadonlyMap<string, Post | null> };
};

/**
 * Validates and applies a change in one transaction, unless a row changed since it was read (see
 * conflicts.ts); returns what undo needs. `validated` is for an import's rows: already checked with
 * the schema (an import checks 50,000 rows in its worker; checking them again here would freeze the
 * window for a second), and carrying the time of the import's plan, not a version read.
 */
export const applyPostChange = async (
  db: CadenceDb,
  change: PostChange,
  options: { validated?: boolean } = {},
): Promise<AppliedChange> => {
  const now = nowIso();
  const { read } = change;
  const upserts = change.upserts.map((post) => {
    // Planned here so the rows shown early carry the version they will be stored with.
    const updatedAt = nextVersion(now, read?.has(post.id) ? (read.get(post.id) ?? null) : post.updatedAt);
    if (options.validated) return { ...post, updatedAt };
    const parsed = PostSchema.safeParse({ ...post, updatedAt });
    if (!parsed.success) throw new StorageError('invalid', `Post "${post.title}" is not valid.`);
    return parsed.data;
  });
  const ids = [...new Set([...upserts.map((p) => p.id), ...change.deletes])];
  const after = new Map<string, Post | null>(ids.map((id) => [id, null]));
  for (const post of upserts) after.set(post.id, post);
  // The rows as the caller gave them: their `updatedAt` says which version each was made from.
  const given = new Map<string, Post | null>(ids.map((id) => [id, null]));
  for (const post of change.upserts) given.set(post.id, post);
  const check: Check = { given, read, upserts: options.validated ? 'planned-at' : 'made-from', media: true };
  return shownEarly(db, after, () => writeTx(db, ['posts', 'media'], () => checkedWrite(db, after, check, now)));
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

/** Writes `to` over rows that must still be exactly `from` (what the step left), or refuses. */
const replay = async (db: CadenceDb, from: ReadonlyMap<string, Post | null>, to: ReadonlyMap<string, Post | null>) => {
  const read = new Map([...to.keys()].map((id) => [id, versionOf(from.get(id))]));
  const check: Check = { given: to, read, upserts: 'made-from' };
  await shownEarly(db, to, () => writeTx(db, ['posts'], () => checkedWrite(db, to, check, null)));
};

/**
 * Puts back what `change` replaced, exactly (same versions: a version always stands for the same
 * content), unless another window changed one of its rows since: then nothing is written and a
 * ConflictError says which.
 */
export const undoPostChange = async (db: CadenceDb, change: AppliedChange): Promise<void> => {
  await replay(db, change.after, change.before);
};

/** Writes `change` again over what its undo left, unless another window changed a row since (as undo). */
export const redoPostChange = async (db: CadenceDb, change: AppliedChange): Promise<void> => {
  await replay(db, change.before, change.after);
};
