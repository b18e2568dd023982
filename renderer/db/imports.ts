/**
 * Post imports (CSV, ICS). Whole-database reads and the restore of backups live in snapshot.ts.
 *
 * DATA: every import and every restore is ONE transaction. Nothing is written until every row has
 * been checked, and a failure half-way (a full disk, a bug) aborts the transaction, so the database
 * is exactly as it was: IndexedDB never keeps half of a transaction. A full disk comes back as
 * StorageError('storage-full'), like every other write.
 */
import { ClientSchema, type Client } from '../../shared/model/client';
import { PostSchema, type Post } from '../../shared/model/post';
import { mergeApproval } from '../../shared/serializers/approvalCells';
import { matchPillar, pillarsByClient } from '../../shared/serializers/pillarCells';
import type { ImportError, ImportedPost } from '../../shared/serializers/types';
import type { AppliedChange, PostChange } from './changes';
import type { CadenceDb } from './database';
import { readPostRow } from './posts';
import { StorageError, toStorageError } from './errors';
import { newId as makeId, nowIso } from './ids';

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

/**
 * What an import is checked against: the clients, the posts its rows' ids name, and `kept`: ids of
 * stored rows that no longer read (kept, never replaced or reused, so a row naming one becomes a new post).
 */
export type ImportContext = { clients: readonly Client[]; existing: ReadonlyMap<string, Post>; kept?: ReadonlySet<string> };

/**
 * The posts an import writes, from rows already read and validated by fromCsv / fromIcs. A row's
 * pillar name is matched here against the client it ends up in (the reader may not have known it: a
 * file's own clients, or pillars changed since the preview); a name that client does not have refuses
 * the row. An update from a file that has no pillar (evergreen) column keeps the post's own, and an
 * update always keeps the post's media (no file brings media).
 */
export const buildImportedPosts = (
  rows: readonly ImportedPost[],
  context: ImportContext,
  options: PostImportOptions,
): PostImportPlan => {
  const now = options.now ?? nowIso();
  const newId = options.newId ?? makeId;
  const byId = new Map(context.clients.map((c) => [c.id, c]));
  const byName = new Map(context.clients.map((c) => [c.name.trim().toLowerCase(), c]));
  const pillarsOf = pillarsByClient(context.clients);
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
    let pillar = row.post.pillar;
    if (row.pillarName !== undefined && row.pillarName !== null) {
      const match = matchPillar(row.pillarName, pillarsOf(client.id) ?? [], row.line);
      if (!match.ok) {
        errors.push(match.error);
        continue;
      }
      pillar = match.id;
    }
    let evergreen = row.post.evergreen;
    // Checked by the readers (publishCells.ts); left out when the file does not carry them.
    let publishedAt = row.publishedAt;
    let liveUrl = row.liveUrl;
    // What the store had: its first comment and review outlive a file that does not carry them.
    let existingPost: Post | undefined;
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
        if (row.pillarName === undefined) pillar = existing.pillar;
        if (row.evergreenGiven === false) evergreen = existing.evergreen;
        if (publishedAt === undefined) publishedAt = existing.publishedAt;
        if (liveUrl === undefined) liveUrl = existing.liveUrl;
        existingPost = existing;
      } else if (!existing && !context.kept?.has(row.sourceId)) {
        id = row.sourceId; // a post that left and comes back keeps its id (and its ICS UID)
      }
    }
    // row.post passed PostInputSchema in fromCsv / fromIcs; the store's fields are set here. The write
    // validates the whole Post again (applyPostChange, or importPosts below): 50,000 zod parses on the
    // page are better done once.
    const published = { ...(publishedAt !== undefined ? { publishedAt } : {}), ...(liveUrl !== undefined ? { liveUrl } : {}) };
    // Media never comes from a file (a CSV or an ICS cannot carry the bytes): an update keeps the post's
    // own pictures and alt texts, a new post has none (issue 18).
    const { firstComment: fileComment, media: _fileMedia, ...fields } = row.post;
    const media = existingPost?.media;
    const firstComment = row.firstCommentGiven === false && existingPost ? existingPost.firstComment : fileComment;
    // The file's review state over the post's own, its comments kept (approvalCells.ts).
    const approval = mergeApproval(row.approval, existingPost?.approval);
    posts.push({
      ...fields,
      ...(firstComment !== undefined ? { firstComment } : {}),
      ...(media !== undefined ? { media } : {}),
      clientId: client.id,
      pillar,
      evergreen,
      ...published,
      ...(approval !== undefined ? { approval } : {}),
      id,
      createdAt,
      updatedAt: now,
    });
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
  const kept = new Set<string>();
  for (const row of found) {
    if (!row) continue;
    // A row that no longer reads is not a post to update (the "update" took its missing createdAt, so
    // it did not read either), and its id is not free: the kept row stays as it is.
    const post = readPostRow(row);
    if (post) existing.set(post.id, post);
    else kept.add(row.id);
  }
  return { clients, existing, kept };
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
