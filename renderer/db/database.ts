import Dexie, { type EntityTable } from 'dexie';
import type { Client } from '../../shared/model/client';
import type { Post } from '../../shared/model/post';
import { DATA_VERSION, DB_NAME, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema';
import { StorageError, toStorageError } from './errors';

export type SettingRow = { key: string; value: unknown };
export type MetaRow = { key: string; value: unknown };

export type CadenceDb = Dexie & {
  clients: EntityTable<Client, 'id'>;
  posts: EntityTable<Post, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const createDb = (name: string = DB_NAME): CadenceDb => {
  const db = new Dexie(name) as CadenceDb;
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
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw new StorageError('open-failed', describe(error));
  }
  // IndexedDB stores Dexie's version ×10; a higher one means a newer Cadence changed the schema.
  const installed = Math.round(db.verno);
  const stored = await db.meta.get('dataVersion');
  const dataVersion = typeof stored?.value === 'number' ? stored.value : 0;
  if (installed > SCHEMA_VERSION || dataVersion > DATA_VERSION) {
    db.close();
    throw new StorageError(
      'newer-data',
      `This data was written by a newer version of Cadence (data version ${Math.max(installed, dataVersion)}; this one reads up to ${DATA_VERSION}).`,
    );
  }
  if (dataVersion < DATA_VERSION) {
    await db.meta.put({ key: 'dataVersion', value: DATA_VERSION });
  }
};

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Runs a write in one transaction: all of it is stored, or none of it. */
export const writeTx = async <T>(
  db: CadenceDb,
  tables: Array<'clients' | 'posts' | 'settings' | 'meta'>,
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
