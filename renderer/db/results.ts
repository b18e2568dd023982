import { ResultSnapshotInputSchema, ResultSnapshotSchema, type ResultSnapshot, type ResultSnapshotDraft } from '../../shared/model/results';
import { fieldErrors } from '../../shared/model/post';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { StorageError } from './errors';
import { newId, nowIso } from './ids';

const validate = (input: ResultSnapshotDraft) => {
  const parsed = ResultSnapshotInputSchema.safeParse(input);
  if (!parsed.success) throw new StorageError('invalid', 'These results are not valid.', fieldErrors(parsed.error));
  return parsed.data;
};

/** Adds a snapshot of how a post did, or replaces one (same id). */
export const saveSnapshot = async (db: CadenceDb, input: ResultSnapshotDraft, id?: string): Promise<ResultSnapshot> =>
  writeTx(db, ['results', 'posts'], async () => {
    const data = validate(input);
    if (!(await db.posts.get(data.postId))) throw new StorageError('not-found', 'This post no longer exists.');
    const current = id ? await db.results.get(id) : undefined;
    const now = nowIso();
    const row: ResultSnapshot = { ...data, id: id ?? newId(), createdAt: current?.createdAt ?? now, updatedAt: now };
    await db.results.put(row);
    return row;
  });

export const deleteSnapshot = async (db: CadenceDb, id: string): Promise<ResultSnapshot | undefined> =>
  writeTx(db, ['results'], async () => {
    const row = await db.results.get(id);
    if (row) await db.results.delete(id);
    return row;
  });

/** Many snapshots in one transaction (a results import): all of them, or none. */
export const importSnapshots = async (db: CadenceDb, inputs: readonly ResultSnapshotDraft[]): Promise<ResultSnapshot[]> => {
  const now = nowIso();
  const rows = inputs.map((input) => ({ ...validate(input), id: newId(), createdAt: now, updatedAt: now }));
  await writeTx(db, ['results'], () => db.results.bulkAdd(rows));
  return rows;
};

const readable = (rows: unknown[]): ResultSnapshot[] =>
  rows.flatMap((row) => {
    const parsed = ResultSnapshotSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });

export const snapshotsForPosts = async (db: CadenceDb, postIds: readonly string[]): Promise<ResultSnapshot[]> =>
  readable(await db.results.where('postId').anyOf([...postIds]).toArray());

/**
 * Puts a deleted snapshot back exactly as it was (same id and dates): the Undo of a delete. Refused
 * when its post is gone, like any save.
 */
export const restoreSnapshot = async (db: CadenceDb, snapshot: ResultSnapshot): Promise<void> =>
  writeTx(db, ['results', 'posts'], async () => {
    const parsed = ResultSnapshotSchema.safeParse(snapshot);
    if (!parsed.success) throw new StorageError('invalid', 'These results are not valid.', fieldErrors(parsed.error));
    if (!(await db.posts.get(parsed.data.postId))) throw new StorageError('not-found', 'This post no longer exists.');
    await db.results.put(parsed.data);
  });
