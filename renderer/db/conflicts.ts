/**
 * Two windows on the same data (issue 13). Every write to posts checks, INSIDE its own transaction,
 * that each row it replaces or deletes is still the version the writer read, and refuses the whole
 * change otherwise: a ConflictError carrying both versions, so the window can show what changed and
 * let the user choose. Nothing is overwritten silently, and undo never puts an old version back over
 * another window's edit.
 *
 * TRAP (versions): a post's version is its `updatedAt`. Every write gives a row a version strictly
 * later than the one it replaces (nextVersion), even when the clock has not moved (two writes in one
 * millisecond, a test's fixed clock) or went back, so two writes never leave the same version and a
 * stale writer is always caught. Undo and redo put rows back exactly, versions included (a version
 * always stands for the same content), so each step checks that every row still has the version the
 * step left. A check outside the transaction would not do: the other window can write in between.
 */
import type { Post } from '../../shared/model/post';
import { StorageError } from './errors';

/** What a writer read: each row's version (`updatedAt`), or null when it read that the row did not exist. */
export type ReadVersions = ReadonlyMap<string, string | null>;

/**
 * The versions of posts as a writer read them, for a change made from them (a move, a menu action, a
 * week shift). Listing them makes the check strict: a post deleted in another window since is a
 * conflict, not a creation (without it, a drag of that post would bring it back).
 */
export const versionsRead = (posts: readonly Post[]): ReadVersions => new Map(posts.map((p) => [p.id, p.updatedAt]));

export type PostConflict = {
  id: string;
  /** The row as stored now; null when it was deleted elsewhere. */
  theirs: Post | null;
  /** What this window meant to write; null for a delete. */
  mine: Post | null;
};

export class ConflictError extends StorageError {
  readonly conflicts: readonly PostConflict[];

  constructor(conflicts: readonly PostConflict[]) {
    const what = conflicts.map((c) => `"${c.theirs?.title ?? c.mine?.title ?? c.id}"`).join(', ');
    super('conflict', `Changed in another window since this one read it, so nothing was saved: ${what}.`);
    this.name = 'ConflictError';
    this.conflicts = conflicts;
  }
}

/** A stored row's version; '' for a damaged row without one, null when there is no row. */
export const versionOf = (row: unknown): string | null => {
  if (row === null || row === undefined) return null;
  const value = (row as { updatedAt?: unknown }).updatedAt;
  return typeof value === 'string' ? value : '';
};

/** The version a write gives a row: `now`, or just after the version it replaces when `now` is not later. */
export const nextVersion = (now: string, previous: string | null): string => {
  if (!previous) return now;
  const before = Date.parse(previous);
  if (Number.isNaN(before) || Date.parse(now) > before) return now;
  return new Date(before + 1).toISOString();
};

/** The later of two versions (a write's planned version, and the one after what it replaces). */
export const laterVersion = (a: string, b: string): string => (Date.parse(b) > Date.parse(a) ? b : a);

/** Whether `stored` was written after `read` (versions that are not times: whether they differ). */
const isNewer = (stored: string, read: string): boolean => {
  const s = Date.parse(stored);
  const r = Date.parse(read);
  return Number.isNaN(s) || Number.isNaN(r) ? stored !== read : s > r;
};

/**
 * How an upsert that `read` does not list is checked: `made-from` (the default) takes its `updatedAt`
 * as the version it was made from (callers build a changed post by spreading the post they read), so
 * the stored row must have exactly that version; `planned-at` takes it as the time the change was
 * planned (an import's rows), so only a row written after that counts as changed.
 */
export type UpsertVersions = 'made-from' | 'planned-at';

/**
 * The rows of a change (`mine`: id → row to write, null to delete, each upsert with the `updatedAt`
 * its caller gave it) that changed since the writer read them. A row listed in `read` must be stored
 * with exactly the version read (null: not stored); an upsert not listed is checked as `upserts` says,
 * and when there is no stored row it is a creation; a delete not listed is not checked (its caller did
 * not say what it read).
 */
export const findConflicts = (
  stored: ReadonlyMap<string, Post | null>,
  mine: ReadonlyMap<string, Post | null>,
  read: ReadVersions | undefined,
  upserts: UpsertVersions = 'made-from',
): PostConflict[] => {
  const conflicts: PostConflict[] = [];
  for (const [id, row] of mine) {
    const theirs = stored.get(id) ?? null;
    const now = versionOf(theirs);
    let changed: boolean;
    if (read?.has(id)) changed = now !== read.get(id);
    else if (row && now !== null) changed = upserts === 'made-from' ? now !== row.updatedAt : isNewer(now, row.updatedAt);
    else changed = false;
    if (changed) conflicts.push({ id, theirs, mine: row });
  }
  return conflicts;
};
