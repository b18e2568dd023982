/**
 * The whole database at once: the read behind every backup (manual, automatic, the safety copy taken
 * before a restore), its fingerprint, and the restore.
 *
 * TRAP (a new table): every table of the schema is either in BACKED_UP or in NOT_BACKED_UP with the
 * reason. readAll refuses to run when a table is in neither, and tests/component/data/backupTables.test.ts
 * enumerates the database's tables, so a table added later cannot silently stay out of backups.
 *
 * DATA: rows that no longer read are hidden from the app with a warning and KEPT. They travel in every
 * backup exactly as stored (`unreadable`) and a restore puts them back, so a replace-restore and its
 * Undo lose nothing. Every restore is ONE transaction: a failure half-way leaves the database as it was.
 *
 * MEDIA: a snapshot lists the media the posts refer to ({hash, kind, size}: the manifest), never the
 * bytes. A restore writes the backup's media rows in the same transaction as the posts, and NEVER
 * deletes a media row (even 'replace'): rows are keyed by content, so the bytes a safety copy or an
 * automatic backup refers to by hash are still here when it is put back. A manifest hash that is
 * neither given nor stored refuses the whole restore, naming the post and file.
 *
 * PREVIEWS (data version 5): each media entry of the manifest carries its card-sized preview (the
 * previews table, renderer/db/previews.ts), so JSON, zip and automatic backups all carry them without
 * any bytes of their own. A restore adds the previews the database lacks, from the manifest or, for a
 * backup made before version 5, from the posts' media items, which it writes without them
 * (splitPreviews): the same strings, byte for byte, in the previews table.
 */
import { ClientSchema, type Client } from '../../shared/model/client';
import { isPreview, splitPreviews } from '../../shared/model/media';
import type { Post } from '../../shared/model/post';
import { ResultSnapshotSchema, type ResultSnapshot } from '../../shared/model/results';
import type { BackupData, MediaManifestEntry, UnreadableRow, UnreadableTable } from '../../shared/serializers/backup';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { forgetOptimistic } from './liveWindows';
import type { MediaRow } from './media';
import { readPostRow } from './posts';
import { putPreviews, readPreviews } from './previews';

/** The tables a backup carries. */
export const BACKED_UP = ['clients', 'posts', 'settings', 'results'] as const;
/** The tables it leaves out, and why. */
export const NOT_BACKED_UP: Readonly<Record<string, string>> = {
  media: 'the pictures and videos themselves travel beside the JSON, once per content hash (renderer/db/mediaBackup.ts): in the zip of a saved backup, in the backup store for automatic ones',
  previews: "each preview travels in the backup's media manifest, beside its hash (readAll), and a restore puts it back (putMedia)",
  meta: "this database's own bookkeeping (its data version, the last automatic backup's mark), which must not travel to another database",
};

/** Tables of the database that are in neither list: a developer added a table and forgot its backup. */
export const tablesLeftOut = (db: CadenceDb): string[] =>
  db.tables.map((t) => t.name).filter((name) => !(BACKED_UP as readonly string[]).includes(name) && !(name in NOT_BACKED_UP));

export type DatabaseSnapshot = Required<Pick<BackupData, 'clients' | 'posts' | 'settings' | 'results' | 'unreadable' | 'media'>>;

const keep = (table: UnreadableTable, row: unknown, unreadable: UnreadableRow[]): void => {
  // A row always has its primary key (IndexedDB stores none without it): the restore puts it back by it.
  unreadable.push({ table, row: row as UnreadableRow['row'] });
};

/** The media hashes post rows refer to, kept (damaged) rows included when their list still reads (never throws on a damaged row). */
export const referencedHashes = (rows: readonly unknown[]): string[] => {
  const hashes = new Set<string>();
  for (const row of rows) {
    const media = (row as { media?: unknown }).media;
    if (!Array.isArray(media)) continue;
    for (const item of media) {
      const hash = (item as { hash?: unknown } | null)?.hash;
      if (typeof hash === 'string') hashes.add(hash);
    }
  }
  return [...hashes].sort();
};

/** Every row of every backed-up table, read in one transaction (a consistent picture). */
export const readAll = async (db: CadenceDb): Promise<DatabaseSnapshot> => {
  const missing = tablesLeftOut(db);
  if (missing.length > 0) throw new Error(`Backups do not know the table(s) ${missing.join(', ')}: add them to renderer/db/snapshot.ts`);
  const [clientRows, postRows, settingRows, resultRows, mediaRows, previews] = await db.transaction(
    'r',
    [db.clients, db.posts, db.settings, db.results, db.media, db.previews],
    async () => {
      const rows = await Promise.all([db.clients.toArray(), db.posts.toArray(), db.settings.toArray(), db.results.toArray()]);
      // Only the rows the posts (readable or kept) refer to; their Blobs are handles, no bytes are read here.
      const hashes = referencedHashes(rows[1]);
      const media = (await db.media.bulkGet(hashes)).filter((row): row is MediaRow => row !== undefined);
      return [...rows, media, await readPreviews(db, hashes)] as const;
    },
  );
  const clients: Client[] = [];
  const posts: Post[] = [];
  const results: ResultSnapshot[] = [];
  const unreadable: UnreadableRow[] = [];
  for (const row of clientRows) {
    const parsed = ClientSchema.safeParse(row);
    if (parsed.success) clients.push(parsed.data);
    else keep('clients', row, unreadable);
  }
  // PERF: readPostRow checks rows in the shape the app writes by hand (PostSchema's verdict, ~20×
  // faster): the automatic backup reads every post.
  for (const row of postRows) {
    const post = readPostRow(row);
    if (post) posts.push(post);
    else keep('posts', row, unreadable);
  }
  for (const row of resultRows) {
    const parsed = ResultSnapshotSchema.safeParse(row);
    if (parsed.success) results.push(parsed.data);
    else keep('results', row, unreadable);
  }
  const settings = Object.fromEntries(settingRows.map((row) => [row.key, row.value]));
  // A hash no row holds (a damaged database) is left out: the post keeps it, shown as missing, as in the app.
  const media: MediaManifestEntry[] = mediaRows.map((row) => ({
    hash: row.hash,
    kind: row.kind,
    size: row.size,
    width: row.width,
    height: row.height,
    addedAt: row.addedAt,
    // Only a valid preview travels: a damaged row must not make the backup unreadable (backup.ts drops one anyway).
    ...(isPreview(previews.get(row.hash)) ? { preview: previews.get(row.hash)! } : {}),
  }));
  return { clients, posts, settings, results, unreadable, media };
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
 * settings. Any create, delete, edit, undo, logged result or setting change moves it; no hashing of
 * whole rows (unreadable rows are few: they are hashed whole).
 */
export const dataFingerprint = (data: DatabaseSnapshot): string => {
  let sum = 0;
  for (const row of data.clients) sum = (sum + fnv(`c${row.id}\u0000${row.updatedAt}`)) >>> 0;
  for (const row of data.posts) sum = (sum + fnv(`p${row.id}\u0000${row.updatedAt}`)) >>> 0;
  for (const row of data.results) sum = (sum + fnv(`r${row.id}\u0000${row.updatedAt}`)) >>> 0;
  for (const kept of data.unreadable) sum = (sum + fnv(`u${kept.table}\u0000${JSON.stringify(kept.row)}`)) >>> 0;
  const settings = fnv(JSON.stringify(Object.entries(data.settings).sort(([a], [b]) => (a < b ? -1 : 1))));
  const counts = [data.clients, data.posts, data.results, data.unreadable].map((rows) => rows.length).join('.');
  return `${counts}.${sum.toString(36)}.${settings.toString(36)}`;
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
/**
 * What a restore changes: `removed` is only ever non-zero for 'replace'. `unreadable`: the backup's
 * kept rows that the restore puts back as they are (hidden with a warning, never dropped).
 */
export type RestorePlan = {
  mode: RestoreMode;
  clients: RowCounts;
  posts: RowCounts;
  results: RowCounts;
  settings: boolean;
  unreadable: number;
};

const countRows = (incoming: readonly { id: string }[], existingIds: ReadonlySet<string>, mode: RestoreMode): RowCounts => {
  const incomingIds = new Set(incoming.map((r) => r.id));
  let replaced = 0;
  for (const id of incomingIds) if (existingIds.has(id)) replaced += 1;
  const removed = mode === 'replace' ? [...existingIds].filter((id) => !incomingIds.has(id)).length : 0;
  return { added: incomingIds.size - replaced, replaced, removed };
};

/**
 * Writes the given media rows not stored yet, and the previews the database lacks (`previews`: the
 * manifest's and the old posts', see PREVIEWS above); refuses (throws, so nothing is written) a
 * manifest hash neither given nor stored.
 */
const putMedia = async (db: CadenceDb, data: BackupData, media: readonly MediaRow[], previews: ReadonlyMap<string, string>): Promise<void> => {
  await putPreviews(db, previews);
  const given = new Map(media.map((row) => [row.hash, row]));
  const wanted = [...new Set([...(data.media ?? []).map((m) => m.hash), ...given.keys()])];
  if (wanted.length === 0) return;
  const stored = new Set((await db.media.where('hash').anyOf(wanted).primaryKeys()) as string[]);
  for (const entry of data.media ?? []) {
    if (given.has(entry.hash) || stored.has(entry.hash)) continue;
    const owner = data.posts.find((p) => (p.media ?? []).some((m) => m.hash === entry.hash));
    const file = owner?.media?.find((m) => m.hash === entry.hash)?.name ?? entry.hash;
    throw new Error(`The file ${file} of the post “${owner?.title || owner?.id || '?'}” is not in this backup nor on this computer: nothing was restored`);
  }
  const fresh = [...given.values()].filter((row) => !stored.has(row.hash));
  if (fresh.length > 0) await db.media.bulkAdd(fresh);
};

const keysOf = async (db: CadenceDb, table: 'clients' | 'posts' | 'results'): Promise<Set<string>> =>
  new Set((await db.table(table).toCollection().primaryKeys()) as string[]);

const planWith = async (db: CadenceDb, data: BackupData, mode: RestoreMode): Promise<RestorePlan> => {
  const [clientIds, postIds, resultIds] = await Promise.all([keysOf(db, 'clients'), keysOf(db, 'posts'), keysOf(db, 'results')]);
  return {
    mode,
    clients: countRows(data.clients, clientIds, mode),
    posts: countRows(data.posts, postIds, mode),
    results: countRows(data.results ?? [], resultIds, mode),
    settings: mode === 'replace' && data.settings !== undefined,
    unreadable: data.unreadable?.length ?? 0,
  };
};

/** What restoring `data` would change, for the confirmation ("3 clients and 120 posts added…"). */
export const planRestore = (db: CadenceDb, data: BackupData, mode: RestoreMode): Promise<RestorePlan> =>
  db.transaction('r', [db.clients, db.posts, db.results], () => planWith(db, data, mode));

/**
 * Restores a parsed backup (parseBackup has checked every row) in ONE transaction.
 * 'replace': the database becomes the backup: clients, posts, results and kept rows (an older backup
 * without results leaves none), and settings when the backup has them.
 * 'merge': the backup's rows are added, replacing readable rows with the same id; nothing is removed,
 * and a kept (unreadable) row never overwrites a row that is there.
 */
export const restoreBackup = async (
  db: CadenceDb,
  data: BackupData,
  mode: RestoreMode,
  media: readonly MediaRow[] = [],
): Promise<RestorePlan> => {
  // Checked before the transaction: a post of the backup must have its client in the backup.
  const clientIds = new Set(data.clients.map((c) => c.id));
  const orphan = data.posts.find((p) => !clientIds.has(p.clientId));
  if (orphan) throw new Error(`Post ${orphan.id} belongs to client ${orphan.clientId}, which is not in the backup`);
  // Changes still shown early (liveWindows.ts) predate the restore: its rows are the truth now.
  forgetOptimistic(db);
  // Previews leave the posts (a backup made before data version 5 has them there) for their table.
  const split = splitPreviews(data.posts);
  const posts = split.posts;
  const previews = new Map(split.previews);
  for (const entry of data.media ?? []) if (entry.preview && isPreview(entry.preview)) previews.set(entry.hash, entry.preview);
  return writeTx(db, ['clients', 'posts', 'settings', 'results', 'media', 'previews'], async () => {
    const plan = await planWith(db, data, mode);
    if (mode === 'replace') {
      await Promise.all([db.posts.clear(), db.clients.clear(), db.results.clear()]);
      if (data.settings !== undefined) await db.settings.clear();
    }
    await db.clients.bulkPut(data.clients);
    await db.posts.bulkPut(posts);
    await db.results.bulkPut(data.results ?? []);
    for (const table of ['clients', 'posts', 'results'] as const) {
      const rows = (data.unreadable ?? []).filter((kept) => kept.table === table).map((kept) => kept.row);
      if (rows.length === 0) continue;
      const present = mode === 'merge' ? await keysOf(db, table) : new Set<string>();
      await db.table(table).bulkPut(rows.filter((row) => !present.has(row.id)));
    }
    if (mode === 'replace' && data.settings !== undefined) {
      await db.settings.bulkPut(Object.entries(data.settings).map(([key, value]) => ({ key, value })));
    }
    // Last, in the same transaction: a refusal or a full disk here takes back every row written above.
    await putMedia(db, data, media, previews);
    return plan;
  });
};
