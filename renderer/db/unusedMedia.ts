/**
 * Media rows no post refers to (issue 18), and their removal on request (the storage meter).
 *
 * Why they exist at all: removing a picture from a post keeps its row, so Undo can put the reference
 * back and the bytes are still there (renderer/db/media.ts). Removing the rows is therefore the one
 * media change Undo cannot take back: the dialog says so before asking.
 * TRAP (a post attached meanwhile): the list the user confirmed may be stale by the time they click
 * (another window attached one of those pictures again). The removal re-reads every post's media in
 * the SAME transaction as the delete and removes only rows that are still unused, so a post never
 * ends up pointing at bytes that are gone.
 */
import { mediaHashesOf } from '../../shared/model/media';
import type { CadenceDb } from './database';
import { writeTx } from './database';

export type UnusedMedia = { hashes: string[]; bytes: number };

const usedHashes = async (db: CadenceDb): Promise<Set<string>> => {
  // Every post row, ideas and archived clients' posts included: any of them may be shown again.
  const used = new Set<string>();
  await db.posts.each((post) => {
    for (const hash of mediaHashesOf([post])) used.add(hash);
  });
  return used;
};

const unusedOf = async (db: CadenceDb): Promise<Array<{ hash: string; size: number }>> => {
  const used = await usedHashes(db);
  const unused: Array<{ hash: string; size: number }> = [];
  await db.media.each((row) => {
    if (!used.has(row.hash)) unused.push({ hash: row.hash, size: row.size });
  });
  return unused;
};

/** The stored media no post refers to, and their total size in bytes (no file's bytes are read). */
export const findUnusedMedia = async (db: CadenceDb): Promise<UnusedMedia> => {
  const unused = await db.transaction('r', [db.posts, db.media], () => unusedOf(db));
  return { hashes: unused.map((u) => u.hash).sort(), bytes: unused.reduce((sum, u) => sum + u.size, 0) };
};

/**
 * Deletes the confirmed rows that are STILL unused, in one transaction (all or none: a failure leaves
 * every row in place). Returns what was removed.
 */
export const removeUnusedMedia = async (db: CadenceDb, confirmed: readonly string[]): Promise<UnusedMedia> =>
  writeTx(db, ['posts', 'media'], async () => {
    const wanted = new Set(confirmed);
    const gone = (await unusedOf(db)).filter((u) => wanted.has(u.hash));
    await db.media.bulkDelete(gone.map((u) => u.hash));
    return { hashes: gone.map((u) => u.hash).sort(), bytes: gone.reduce((sum, u) => sum + u.size, 0) };
  });
