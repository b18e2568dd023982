/**
 * The automatic backup's read, for a Web Worker: its own connection to the app's database, so the
 * 100,000 rows of a big agency are read, checked and written out off the UI thread (on it, the read
 * and the copy to the worker froze the window for most of a second, five seconds after each start).
 *
 * TRAP (versions): the page opens, upgrades and vets the database first (openDb refuses a newer
 * one); the worker only runs after that, with the same schema, so its open never upgrades anything.
 * It opens read-only in practice (one read transaction) and closes at once, so it never holds up a
 * later upgrade by a newer Cadence.
 */
import { createDb } from './database';
import { dataFingerprint, readAll, type DatabaseSnapshot } from './imports';

/** Every readable client, post and setting of the database `name`, in one read transaction. */
export const readAllFrom = async (name: string): Promise<DatabaseSnapshot & { fingerprint: string }> => {
  const db = createDb(name);
  try {
    await db.open();
    const snapshot = await readAll(db);
    return { ...snapshot, fingerprint: dataFingerprint(snapshot) };
  } finally {
    db.close();
  }
};
