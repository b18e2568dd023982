import Dexie, { type EntityTable } from 'dexie';
import type { Client } from '../../shared/model/client';
import type { Post } from '../../shared/model/post';
import type { ResultSnapshot } from '../../shared/model/results';
import type { MediaRow } from './media';
import type { PreviewRow } from './previews';
import { DATA_VERSION, DB_NAME, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema';
import { StorageError, toStorageError } from './errors';

export type SettingRow = { key: string; value: unknown };
export type MetaRow = { key: string; value: unknown };

export type CadenceDb = Dexie & {
  clients: EntityTable<Client, 'id'>;
  posts: EntityTable<Post, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  results: EntityTable<ResultSnapshot, 'id'>;
  media: EntityTable<MediaRow, 'hash'>;
  previews: EntityTable<PreviewRow, 'hash'>;
};

export const createDb = (name: string = DB_NAME): CadenceDb => {
  // PERF: live-query results are frozen rather than deep-cloned (Dexie's default clones every row it
  // hands back: ~10 ms and a heap of garbage for a dense month). Nothing may mutate a row it read.
  const db = new Dexie(name, { cache: 'immutable' }) as CadenceDb;
  for (const step of SCHEMA_HISTORY) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  return db;
};

/**
 * Opens the database, or explains why not. The database is never deleted or rewritten here: a newer
 * or unreadable one is closed untouched so the user's data survives whatever went wrong.
 */
export const openDb = async (db: CadenceDb): Promise<void> => {
  // Check the stored version BEFORE opening: Dexie opens a newer database quietly (its `verno` keeps
  // the declared version), and if that newer schema lacks an index we declare, Dexie would even
  // "repair" it, changing a newer Cadence's database before we could refuse it.
  const installed = await installedVersion(db.name);
  if (installed > SCHEMA_VERSION) throw newerData(installed);
  watchUpgrades(db);
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw new StorageError('open-failed', describe(error));
  }
  const stored = await db.meta.get('dataVersion');
  const dataVersion = typeof stored?.value === 'number' ? stored.value : 0;
  if (dataVersion > DATA_VERSION) {
    db.close();
    throw newerData(dataVersion);
  }
  if (dataVersion < DATA_VERSION) {
    await db.meta.put({ key: 'dataVersion', value: DATA_VERSION });
  }
};

const newerData = (version: number) =>
  new StorageError(
    'newer-data',
    `This data was written by a newer version of Cadence (data version ${version}; this one reads up to ${DATA_VERSION}).`,
  );

/** The schema version on disk (Dexie's number, i.e. IndexedDB's ÷ 10), 0 when there is no database. */
const installedVersion = async (name: string): Promise<number> => {
  if (typeof indexedDB.databases === 'function') {
    const info = (await indexedDB.databases()).find((d) => d.name === name);
    return info?.version ? info.version / 10 : 0;
  }
  const probe = new Dexie(name); // no schema: Dexie opens whatever version is there
  try {
    await probe.open();
    return probe.verno;
  } catch {
    return 0;
  } finally {
    probe.close();
  }
};

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

// ---------------------------------------------------------------------------------------------------
// TRAP (upgrades under an open window): when a newer Cadence opens the database at a higher version in
// another window, IndexedDB asks this connection to close ('versionchange'). Dexie's default closes it
// AND reopens it on the next query: at the NEWER version, which this code does not know, so a window
// left open would go on writing into an upgraded database ("Post saved"). The newer-data refusal in
// openDb only runs at start. So this window closes for good instead (no auto-open) and says so; its
// writes are refused with a clear message, and what is on screen (an editor's text) stays there to
// copy. A deletion (newVersion null: tests resetting IndexedDB) keeps Dexie's default.

const upgraded = new WeakSet<CadenceDb>();
const upgradeListeners = new WeakMap<CadenceDb, Set<() => void>>();
const watched = new WeakSet<CadenceDb>();

const watchUpgrades = (db: CadenceDb): void => {
  if (watched.has(db)) return;
  watched.add(db);
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (!event.newVersion) return undefined; // a deletion: Dexie's default handler closes
    db.close({ disableAutoOpen: true });
    upgraded.add(db);
    for (const listener of [...(upgradeListeners.get(db) ?? [])]) listener();
    return false; // stops Dexie's default handler, which would reopen the database on the next query
  });
};

/** Whether another window upgraded the database, so this one no longer reads or writes it. */
export const isClosedByUpgrade = (db: CadenceDb): boolean => upgraded.has(db);

/** Calls `listener` when another window upgrades the database; returns the unsubscribe. */
export const onClosedByUpgrade = (db: CadenceDb, listener: () => void): (() => void) => {
  let listeners = upgradeListeners.get(db);
  if (!listeners) upgradeListeners.set(db, (listeners = new Set()));
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

const closedError = () =>
  new StorageError('closed', 'Cadence was updated in another window: reload this window. This change was not saved.');

/** Runs a write in one transaction: all of it is stored, or none of it. */
export const writeTx = async <T>(
  db: CadenceDb,
  tables: Array<'clients' | 'posts' | 'settings' | 'meta' | 'results' | 'media' | 'previews'>,
  work: () => Promise<T>,
): Promise<T> => {
  if (isClosedByUpgrade(db)) throw closedError();
  try {
    return await db.transaction('rw', tables.map((t) => db[t]), work);
  } catch (error) {
    // A transaction the closing interrupted fails too: it was not saved, for the same reason.
    if (isClosedByUpgrade(db)) throw closedError();
    throw toStorageError(error);
  }
};

/** Asks the browser not to evict Cadence's data under storage pressure. Best effort. */
export const requestPersistence = async (): Promise<boolean> => {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
};
