import Dexie, { type EntityTable } from 'dexie';
import type { Client } from '../../shared/model/client';
import type { Post } from '../../shared/model/post';
import type { ResultSnapshot } from '../../shared/model/results';
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

/** Runs a write in one transaction: all of it is stored, or none of it. */
export const writeTx = async <T>(
  db: CadenceDb,
  tables: Array<'clients' | 'posts' | 'settings' | 'meta' | 'results'>,
  work: () => Promise<T>,
): Promise<T> => {
  try {
    return await db.transaction('rw', tables.map((t) => db[t]), work);
  } catch (error) {
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
