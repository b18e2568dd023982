/**
 * Whole-database reads and writes for export, import and restore.
 *
 * DATA: every import and every restore is ONE transaction. Nothing is written until every row has
 * been checked, and a failure half-way (a full disk, a bug) aborts the transaction, so the database
 * is exactly as it was: IndexedDB never keeps half of a transaction. A full disk comes back as
 * StorageError('storage-full'), like every other write.
 */
import { ClientSchema, type Client } from '../../shared/model/client';
import { PostSchema, type Post } from '../../shared/model/post';
import type { BackupData } from '../../shared/serializers/backup';
import type { ImportError, ImportedPost } from '../../shared/serializers/types';
import type { AppliedChange, PostChange } from './changes';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { readPostRow } from './posts';
import { StorageError, toStorageError } from './errors';
import { newId as makeId, nowIso } from './ids';
import { forgetOptimistic } from './liveWindows';

export type DatabaseSnapshot = BackupData & {
  settings: Record<string, unknown>;
  /** Rows that no longer read (see README, "Your data"): left out of backups and exports. */
  unreadable: number;
};

/** Every readable client, post and setting, read in one transaction (a consistent picture). */
export const readAll = async (db: CadenceDb): Promise<DatabaseSnapshot> => {
  const [clientRows, postRows, settingRows] = await db.transaction('r', [db.clients, db.posts, db.settings], () =>
    Promise.all([db.clients.toArray(), db.posts.toArray(), db.settings.toArray()]),
  );
  const clients: Client[] = [];
  const posts: Post[] = [];
  let unreadable = 0;
  for (const row of clientRows) {
    const parsed = ClientSchema.safeParse(row);
    if (parsed.success) clients.push(parsed.data);
    else unreadable += 1;
  }
  // PERF: readPostRow checks rows in the shape the app writes by hand (PostSchema's verdict, ~20×
  // faster): the automatic backup reads every post, and with 98,000 of them PostSchema froze the
  // window for over a second, five seconds after every start.
  for (const row of postRows) {
    const post = readPostRow(row);
    if (post) posts.push(post);
    else unreadable += 1;
  }
  const settings = Object.fromEntries(settingRows.map((row) => [row.key, row.value]));
  return { clients, posts, settings, unreadable };
};

// ---------------------------------------------------------------------------------------------------
// Automatic backups: what changed since the last one.

/** FNV-1a of a string, 32 bits. */
const fnv = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

/**
 * A cheap fingerprint of the data: counts, plus an order-free sum of (id, updatedAt) hashes, plus the
 * settings. Any create, delete, edit, undo or setting change moves it; no hashing of whole rows.
 */
export const dataFingerprint = (data: Pick<DatabaseSnapshot, 'clients' | 'posts' | 'settings'>): string => {
  let sum = 0;
  for (const row of data.clients) sum = (sum + fnv(`c${row.id}\u0000${row.updatedAt}`)) >>> 0;
  for (const row of data.posts) sum = (sum + fnv(`p${row.id}\u0000${row.updatedAt}`)) >>> 0;
  const settings = fnv(JSON.stringify(Object.entries(data.settings).sort(([a], [b]) => (a < b ? -1 : 1))));
  return `${data.clients.length}.${data.posts.length}.${sum.toString(36)}.${settings.toString(36)}`;
};

const AUTO_BACKUP_KEY = 'lastAutoBackup';
export type AutoBackupMark = { fingerprint: string; at: string };

export const readAutoBackupMark = async (db: CadenceDb): Promise<AutoBackupMark | null> => {
  const row = await db.meta.get(AUTO_BACKUP_KEY);
  const value = row?.value as Partial<AutoBackupMark> | undefined;
  return typeof value?.fingerprint === 'string' && typeof value.at === 'string'
    ? { fingerprint: value.fingerprint, at: value.at }
    : null;
};

export const writeAutoBackupMark = async (db: CadenceDb, mark: AutoBackupMark): Promise<void> => {
  await writeTx(db, ['meta'], () => db.meta.put({ key: AUTO_BACKUP_KEY, value: mark }));
};

// ---------------------------------------------------------------------------------------------------
// Restore a backup.

export type RestoreMode = 'replace' | 'merge';
export type RowCounts = { added: number; replaced: number; removed: number };
/** What a restore changes: `removed` is only ever non-zero for 'replace'. */
export type RestorePlan = { mode: RestoreMode; clients: RowCounts; posts: RowCounts; settings: boolean };

const countRows = (incoming: readonly { id: string }[], existingIds: ReadonlySet<string>, mode: RestoreMode): RowCounts => {
  const incomingIds = new Set(incoming.map((r) => r.id));
  let replaced = 0;
  for (const id of incomingIds) if (existingIds.has(id)) replaced += 1;
  const removed = mode === 'replace' ? [...existingIds].filter((id) => !incomingIds.has(id)).length : 0;
  return { added: incomingIds.size - replaced, replaced, removed };
};

const planWith = async (db: CadenceDb, data: BackupData, mode: RestoreMode): Promise<RestorePlan> => {
  const [clientIds, postIds] = await Promise.all([db.clients.toCollection().primaryKeys(), db.posts.toCollection().primaryKeys()]);
  return {
    mode,
    clients: countRows(data.clients, new Set(clientIds), mode),
    posts: countRows(data.posts, new Set(postIds), mode),
    settings: mode === 'replace' && data.settings !== undefined,
  };
};

/** What restoring `data` would change, for the confirmation ("3 clients and 120 posts added…"). */
export const planRestore = (db: CadenceDb, data: BackupData, mode: RestoreMode): Promise<RestorePlan> =>
  db.transaction('r', [db.clients, db.posts], () => planWith(db, data, mode));

/**
 * Restores a parsed backup (parseBackup has checked every row) in ONE transaction.
 * 'replace': the database becomes the backup (clients, posts, and settings when the backup has them).
 * 'merge': the backup's clients and posts are added, replacing rows with the same id; nothing is removed.
 */
export const restoreBackup = async (db: CadenceDb, data: BackupData, mode: RestoreMode): Promise<RestorePlan> => {
  // Checked before the transaction: a post of the backup must have its client in the backup.
  const clientIds = new Set(data.clients.map((c) => c.id));
  const orphan = data.posts.find((p) => !clientIds.has(p.clientId));
  if (orphan) throw new Error(`Post ${orphan.id} belongs to client ${orphan.clientId}, which is not in the backup`);
  // Changes still shown early (liveWindows.ts) predate the restore: its rows are the truth now.
  forgetOptimistic(db);
  return writeTx(db, ['clients', 'posts', 'settings'], async () => {
    const plan = await planWith(db, data, mode);
    if (mode === 'replace') {
      await Promise.all([db.posts.clear(), db.clients.clear()]);
      if (data.settings !== undefined) await db.settings.clear();
    }
    await db.clients.bulkPut(data.clients);
    await db.posts.bulkPut(data.posts);
    if (mode === 'replace' && data.settings !== undefined) {
      await db.settings.bulkPut(Object.entries(data.settings).map(([key, value]) => ({ key, value })));
    }
    return plan;
  });
};

// ---------------------------------------------------------------------------------------------------
// Import posts (CSV, ICS).

/** 'add': every row becomes a new post. 'update': a row whose id is a post of the same client replaces it. */
export type PostImportMode = 'add' | 'update';

export type PostImportOptions = {
  /** The client every row goes to; null: each row's own client (client_id, else the client's name). */
  clientId: string | null;
  mode: PostImportMode;
  now?: string;
  newId?: () => string;
};

export type PostImportPlan = { posts: Post[]; added: number; replaced: number; errors: ImportError[] };

const lineError = (line: number, text: string, code: ImportError['code'], params?: Record<string, string>): ImportError => ({
  code,
  line,
  message: `line ${line}: ${text}`,
  ...(params ? { params } : {}),
});

/** The posts an import writes, from rows already read and validated by fromCsv / fromIcs. */
export const buildImportedPosts = (
  rows: readonly ImportedPost[],
  context: { clients: readonly Client[]; existing: ReadonlyMap<string, Post> },
  options: PostImportOptions,
): PostImportPlan => {
  const now = options.now ?? nowIso();
  const newId = options.newId ?? makeId;
  const byId = new Map(context.clients.map((c) => [c.id, c]));
  const byName = new Map(context.clients.map((c) => [c.name.trim().toLowerCase(), c]));
  const errors: ImportError[] = [];
  const posts: Post[] = [];
  const seen = new Map<string, number>();
  let replaced = 0;
  for (const row of rows) {
    const client =
      options.clientId !== null
        ? byId.get(options.clientId)
        : ((row.sourceClientId !== null ? byId.get(row.sourceClientId) : undefined) ??
          (row.clientName !== null ? byName.get(row.clientName.trim().toLowerCase()) : undefined));
    if (!client) {
      const name = row.clientName ?? row.sourceClientId ?? '';
      errors.push(
        name === ''
          ? lineError(row.line, 'no client: choose one for the import or fill the client column', 'row.clientMissing')
          : lineError(row.line, `there is no client '${name}' in Cadence: create it first or choose a client for the import`, 'row.clientMissing', { value: name }),
      );
      continue;
    }
    if (client.archived) {
      errors.push(lineError(row.line, `the client '${client.name}' is archived: restore it first`, 'row.clientMissing', { archived: client.name }));
      continue;
    }
    let id = newId();
    let createdAt = row.createdAt !== null && !Number.isNaN(Date.parse(row.createdAt)) ? row.createdAt : now;
    if (options.mode === 'update' && row.sourceId !== null) {
      const first = seen.get(row.sourceId);
      if (first !== undefined) {
        const text = `id '${row.sourceId}' is also on line ${first}: each post can be updated once`;
        errors.push(lineError(row.line, text, 'row.invalid', { value: row.sourceId }));
        continue;
      }
      seen.set(row.sourceId, row.line);
      const existing = context.existing.get(row.sourceId);
      if (existing && existing.clientId === client.id) {
        id = existing.id;
        createdAt = existing.createdAt;
        replaced += 1;
      } else if (!existing) {
        id = row.sourceId; // a post that left and comes back keeps its id (and its ICS UID)
      }
    }
    // row.post passed PostInputSchema in fromCsv / fromIcs; the store's fields are set here. The write
    // validates the whole Post again (applyPostChange, or importPosts below): 50,000 zod parses on the
    // page are better done once.
    posts.push({ ...row.post, clientId: client.id, id, createdAt, updatedAt: now });
  }
  return { posts, added: posts.length - replaced, replaced, errors };
};

const readContext = async (db: CadenceDb, rows: readonly ImportedPost[], mode: PostImportMode) => {
  const clients = (await db.clients.toArray()).flatMap((row) => {
    const parsed = ClientSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  const ids = mode === 'update' ? [...new Set(rows.flatMap((r) => (r.sourceId !== null ? [r.sourceId] : [])))] : [];
  const found = ids.length > 0 ? await db.posts.bulkGet(ids) : [];
  const existing = new Map<string, Post>();
  for (const row of found) if (row) existing.set(row.id, row);
  return { clients, existing };
};

/** What an import would write (and the rows it refuses), without writing. */
export const planPostImport = async (db: CadenceDb, rows: readonly ImportedPost[], options: PostImportOptions): Promise<PostImportPlan> => {
  const context = await db.transaction('r', [db.clients, db.posts], () => readContext(db, rows, options.mode));
  return buildImportedPosts(rows, context, options);
};

export type PostImportResult =
  | { ok: true; added: number; replaced: number; applied: AppliedChange }
  | { ok: false; errors: ImportError[] };

/**
 * Imports posts, all or nothing: when any row is refused (unknown client, duplicate id…) nothing is
 * written and the errors come back. Otherwise the posts are written in ONE transaction: through
 * `commit` when given (the undo history's, so one Ctrl+Z undoes the whole import), else here, with
 * the check and the write in the same transaction.
 */
export const importPosts = async (
  db: CadenceDb,
  rows: readonly ImportedPost[],
  options: PostImportOptions & { commit?: (change: PostChange) => Promise<AppliedChange> },
): Promise<PostImportResult> => {
  const { commit } = options;
  if (commit) {
    const plan = await planPostImport(db, rows, options);
    if (plan.errors.length > 0) return { ok: false, errors: plan.errors };
    const applied = await commit({ upserts: plan.posts, deletes: [] });
    return { ok: true, added: plan.added, replaced: plan.replaced, applied };
  }
  try {
    return await db.transaction('rw', [db.clients, db.posts], async () => {
      const plan = buildImportedPosts(rows, await readContext(db, rows, options.mode), options);
      if (plan.errors.length > 0) return { ok: false as const, errors: plan.errors };
      const invalid = plan.posts.findIndex((p) => !PostSchema.safeParse(p).success);
      if (invalid !== -1) throw new StorageError('invalid', `Post "${plan.posts[invalid]!.title}" is not valid.`);
      const ids = plan.posts.map((p) => p.id);
      const existing = await db.posts.bulkGet(ids);
      const before = new Map<string, Post | null>(ids.map((id, i) => [id, existing[i] ?? null]));
      const after = new Map<string, Post | null>(plan.posts.map((p) => [p.id, p]));
      await db.posts.bulkPut(plan.posts);
      return { ok: true as const, added: plan.added, replaced: plan.replaced, applied: { before, after } };
    });
  } catch (error) {
    throw toStorageError(error);
  }
};
