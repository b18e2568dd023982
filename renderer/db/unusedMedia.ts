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
 * TRAP (an editor not saved yet): adding a file in the editor stores its bytes at once, but no post
 * refers to them until Save, which may come hours later in another window. So a row stored (or stored
 * again) in the last MEDIA_GRACE_MS is never removed, whatever the posts say: `storedAt` (or, before
 * any second attach, `addedAt`) dates it. A row neither dates (damaged) is kept too: keeping a file
 * too long costs space, removing one too early loses a picture. The write of the post refuses a hash
 * with no row all the same (renderer/db/changes.ts), for an editor left open longer than this.
 * TRAP (damaged rows): post rows that no longer read (kept, see snapshot.ts) count as users too, read
 * with the tolerant referencedHashes: a `media` that is not a list, or holds null, never throws here.
 */
import type { CadenceDb } from './database';
import { writeTx } from './database';
import type { MediaRow } from './media';
import { referencedHashes } from './snapshot';

/** How long a stored file is spared, used or not: a day, for an editor left open overnight. */
export const MEDIA_GRACE_MS = 24 * 60 * 60 * 1000;

export type UnusedMedia = { hashes: string[]; bytes: number };
export type UnusedOptions = {
  /** The time the grace period counts from (the caller's clock). */
  now: Date;
  /** Hashes to keep whatever the posts say (those an automatic backup or safety copy still refers to). */
  spare?: ReadonlySet<string>;
};

const usedHashes = async (db: CadenceDb): Promise<Set<string>> => {
  // Every post row, ideas, archived clients' and damaged ones included: any of them may be shown again.
  const used = new Set<string>();
  await db.posts.each((post) => {
    for (const hash of referencedHashes([post])) used.add(hash);
  });
  return used;
};

/** Whether a row was stored (or stored again) less than MEDIA_GRACE_MS ago, or cannot be dated. */
const isRecent = (row: Pick<MediaRow, 'addedAt' | 'storedAt'>, now: Date): boolean => {
  const times = [row.addedAt, row.storedAt].map((at) => (typeof at === 'string' ? Date.parse(at) : Number.NaN)).filter((t) => !Number.isNaN(t));
  if (times.length === 0) return true;
  return now.getTime() - Math.max(...times) < MEDIA_GRACE_MS;
};

const unusedOf = async (db: CadenceDb, { now, spare }: UnusedOptions): Promise<Array<{ hash: string; size: number }>> => {
  const used = await usedHashes(db);
  const unused: Array<{ hash: string; size: number }> = [];
  await db.media.each((row) => {
    if (!used.has(row.hash) && !spare?.has(row.hash) && !isRecent(row, now)) unused.push({ hash: row.hash, size: row.size });
  });
  return unused;
};

/** The stored media no post refers to, past their grace period, and their total size (no bytes read). */
export const findUnusedMedia = async (db: CadenceDb, options: UnusedOptions): Promise<UnusedMedia> => {
  const unused = await db.transaction('r', [db.posts, db.media], () => unusedOf(db, options));
  return { hashes: unused.map((u) => u.hash).sort(), bytes: unused.reduce((sum, u) => sum + u.size, 0) };
};

/**
 * Deletes the confirmed rows that are STILL unused and past their grace period, in one transaction
 * (all or none: a failure leaves every row in place). Returns what was removed.
 */
export const removeUnusedMedia = async (db: CadenceDb, confirmed: readonly string[], options: UnusedOptions): Promise<UnusedMedia> =>
  writeTx(db, ['posts', 'media', 'previews'], async () => {
    const wanted = new Set(confirmed);
    const gone = (await unusedOf(db, options)).filter((u) => wanted.has(u.hash));
    await db.media.bulkDelete(gone.map((u) => u.hash));
    // Their previews with them (renderer/db/previews.ts); a backup that still lists them brings them back.
    await db.previews.bulkDelete(gone.map((u) => u.hash));
    // And any preview left without its file (the v5 upgrade moved it off a post whose file was already
    // gone): never shown again, since a post refers to a file only while its row is stored (changes.ts refuses otherwise).
    const files = new Set(await db.media.toCollection().primaryKeys());
    await db.previews.bulkDelete((await db.previews.toCollection().primaryKeys()).filter((hash) => !files.has(hash)));
    return { hashes: gone.map((u) => u.hash).sort(), bytes: gone.reduce((sum, u) => sum + u.size, 0) };
  });
