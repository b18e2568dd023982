import { MAX_FIRST_COMMENT, PostInputSchema, PostSchema, fieldErrors, type Post, type PostInput, type PostInputDraft } from '../../shared/model/post';
import { APPROVAL_STATES, MAX_COMMENT, MAX_COMMENTS } from '../../shared/model/approval';
import type { Day } from '../../shared/dates';
import { compareTimes, isTime } from '../../shared/dates';
import { CHANNELS, INTENTS, STATUSES, TONES } from '../../shared/model/enums';
import { FORMAT_IDS } from '../../shared/model/formats';
import { isHttpsUrl, isIsoInstant } from '../../shared/model/published';
import { MAX_ALT_TEXT, MAX_MEDIA_PER_POST, MAX_PREVIEW_CHARS, PREVIEW_RE } from '../../shared/model/media';
import { MEDIA_KINDS } from '../../shared/media/sniff';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { ConflictError, findConflicts, nextVersion, versionOf } from './conflicts';
import { StorageError } from './errors';
import { newId, nowIso } from './ids';

const validate = (input: PostInputDraft): PostInput => {
  const parsed = PostInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new StorageError('invalid', 'The post is not valid.', fieldErrors(parsed.error));
  }
  return parsed.data;
};

export const createPost = async (db: CadenceDb, input: PostInputDraft): Promise<Post> => {
  const now = nowIso();
  const post: Post = { ...validate(input), id: newId(), createdAt: now, updatedAt: now };
  await writeTx(db, ['posts', 'clients'], async () => {
    if (!(await db.clients.get(post.clientId))) {
      throw new StorageError('not-found', 'This client no longer exists.');
    }
    await db.posts.add(post);
  });
  return post;
};

/**
 * Saves an edit. With `read` (the `updatedAt` of the post the edit was made from), refuses with a
 * ConflictError when another window changed or deleted the post since (checked in the transaction).
 */
export const updatePost = async (db: CadenceDb, id: string, input: PostInputDraft, read?: string): Promise<Post> => {
  const fields = validate(input);
  return writeTx(db, ['posts'], async () => {
    const current = (await db.posts.get(id)) ?? null;
    const next: Post | null = current && { ...current, ...fields, id, updatedAt: nextVersion(nowIso(), versionOf(current)) };
    if (read !== undefined) refuseIfChanged(id, current, read, next);
    if (!current || !next) throw new StorageError('not-found', 'This post no longer exists.');
    await db.posts.put(next);
    return next;
  });
};

const refuseIfChanged = (id: string, current: Post | null, read: string | null, mine: Post | null) => {
  const conflicts = findConflicts(new Map([[id, current]]), new Map([[id, mine]]), new Map([[id, read]]));
  if (conflicts.length > 0) throw new ConflictError(conflicts);
};

/**
 * Deletes a post and hands it back, so the caller can offer Undo with `restorePost`. With `read`, as
 * updatePost: a post changed elsewhere since is not deleted (ConflictError).
 */
export const deletePost = async (db: CadenceDb, id: string, read?: string): Promise<Post | undefined> =>
  writeTx(db, ['posts'], async () => {
    const current = await db.posts.get(id);
    if (read !== undefined) refuseIfChanged(id, current ?? null, read, null);
    if (current) await db.posts.delete(id);
    return current;
  });

/** Puts a deleted post back; refused (ConflictError) when a post with its id exists again meanwhile. */
export const restorePost = async (db: CadenceDb, post: Post): Promise<void> => {
  await writeTx(db, ['posts'], async () => {
    refuseIfChanged(post.id, (await db.posts.get(post.id)) ?? null, null, post);
    await db.posts.put(post);
  });
};

export type RangeResult = {
  posts: Post[];
  unreadable: number;
  /** The (indexed) day of each unreadable row, so a narrower range can count its own. */
  unreadableDays?: readonly string[];
};

// ---------------------------------------------------------------------------------------------------
// Reading stored rows fast (PERF, see bench/README.md): PostSchema.safeParse costs ~15 µs a row (its
// isDay goes through date-fns), which made a month of 3,000 posts spend most of its time validating.
// A row already in the exact shape the app writes is checked here by hand and used as it is; anything
// else (an extra or missing field, a series, an untrimmed title, a date outside 1900-2199, any doubt)
// goes through PostSchema exactly as before. tests/unit/bench/readPost.test.ts checks both agree.

// Every field of PostSchema: a row written before a field existed (fewer keys) takes the slow path,
// which fills the field's default (pillar and evergreen null for rows older than issue 15). The
// optional fields (publishedAt, liveUrl, firstComment, approval) are there or not, each counted when
// there: a field list that forgot one would send every row that has it down the slow path.
const POST_KEYS = 22;
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const FORMAT_SET: ReadonlySet<unknown> = new Set(FORMAT_IDS);
const TONE_SET: ReadonlySet<unknown> = new Set(TONES);
const INTENT_SET: ReadonlySet<unknown> = new Set(INTENTS);
const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const SOURCE_SET: ReadonlySet<unknown> = new Set(['auto', 'user']);
const APPROVAL_STATE_SET: ReadonlySet<unknown> = new Set(APPROVAL_STATES);
const COMMENT_KIND_SET: ReadonlySet<unknown> = new Set(['client', 'internal']);
const SIMPLE_DAY = /^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar day in 1900-2199 (a subset of what isDay accepts). */
const isSimpleDay = (value: string): boolean => {
  if (!SIMPLE_DAY.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const last = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= last;
};

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty text that zod's trim() leaves as it is. */
const isTrimmedText = (value: unknown, max: number): value is string => isText(value, 1, max) && value.trim() === value;

/** True when ApprovalSchema would accept `value` and hand back an equal object. */
const isCanonicalApproval = (value: unknown): boolean => {
  if (!isRecord(value) || Object.keys(value).length !== 3) return false;
  if (!APPROVAL_STATE_SET.has(value.state) || typeof value.changedAfterReview !== 'boolean') return false;
  const { comments } = value;
  if (!Array.isArray(comments) || comments.length > MAX_COMMENTS) return false;
  for (const c of comments as unknown[]) {
    if (!isRecord(c) || Object.keys(c).length !== 5 || !isText(c.id, 1, 100) || !COMMENT_KIND_SET.has(c.kind)) return false;
    if (!isTrimmedText(c.author, 80) || !isTrimmedText(c.text, MAX_COMMENT)) return false;
    if (typeof c.at !== 'string' || !isIsoInstant(c.at)) return false;
  }
  return true;
};

const MEDIA_KIND_SET: ReadonlySet<unknown> = new Set(MEDIA_KINDS);
const HASH = /^[0-9a-f]{64}$/;

/** True when MediaListSchema would accept `value` and hand back an equal array. */
const isCanonicalMedia = (value: unknown): boolean => {
  if (!Array.isArray(value) || value.length > MAX_MEDIA_PER_POST) return false;
  for (const m of value as unknown[]) {
    if (!isRecord(m) || Object.keys(m).length !== 5 + Number('preview' in m) || typeof m.hash !== 'string' || !HASH.test(m.hash)) return false;
    if ('preview' in m && !(isText(m.preview, 0, MAX_PREVIEW_CHARS) && PREVIEW_RE.test(m.preview))) return false;
    if (!isText(m.name, 1, 255) || !MEDIA_KIND_SET.has(m.kind) || !isText(m.alt, 0, MAX_ALT_TEXT)) return false;
    if (typeof m.size !== 'number' || !Number.isInteger(m.size) || m.size < 0) return false;
  }
  return true;
};

/** True when PostSchema would accept `row` and hand back an equal object. */
const isCanonicalPost = (row: unknown): row is Post => {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const r = row as Record<string, unknown>;
  const optionalKeys = Number('publishedAt' in r) + Number('liveUrl' in r) + Number('firstComment' in r) + Number('approval' in r) + Number('media' in r);
  if (Object.keys(r).length !== POST_KEYS + optionalKeys) return false;
  if ('firstComment' in r && !isText(r.firstComment, 0, MAX_FIRST_COMMENT)) return false;
  if ('approval' in r && !isCanonicalApproval(r.approval)) return false;
  if ('media' in r && !isCanonicalMedia(r.media)) return false;
  if (r.publishedAt !== undefined && r.publishedAt !== null && !(typeof r.publishedAt === 'string' && isIsoInstant(r.publishedAt))) return false;
  if (r.liveUrl !== undefined && r.liveUrl !== null && !(typeof r.liveUrl === 'string' && isHttpsUrl(r.liveUrl))) return false;
  if (('publishedAt' in r && r.publishedAt === undefined) || ('liveUrl' in r && r.liveUrl === undefined)) return false;
  const { title, date, time, tags, order } = r;
  if (!isText(r.id, 1, Infinity) || !isText(r.clientId, 1, Infinity)) return false;
  if (!isText(title, 1, 200) || title.trim() !== title) return false;
  if (!isText(r.caption, 0, 5000) || !isText(r.notes, 0, 10000)) return false;
  if (date !== null && (typeof date !== 'string' || !isSimpleDay(date))) return false;
  if (time !== null && (typeof time !== 'string' || !isTime(time))) return false;
  if (!CHANNEL_SET.has(r.channel) || !FORMAT_SET.has(r.format) || !TONE_SET.has(r.tone) || !INTENT_SET.has(r.intent)) return false;
  if (!STATUS_SET.has(r.status) || typeof r.invitesParticipation !== 'boolean') return false;
  if (!SOURCE_SET.has(r.intentSource) || !SOURCE_SET.has(r.participationSource)) return false;
  if (!Array.isArray(tags) || tags.length > 30) return false;
  for (const tag of tags) if (!isText(tag, 1, 40) || tag.trim() !== tag) return false;
  if (r.series !== null || r.evergreen !== null) return false;
  if (r.pillar !== null && !isText(r.pillar, 1, 40)) return false;
  if (order !== null && !isText(order, 0, 200)) return false;
  if (typeof r.createdAt !== 'string' || typeof r.updatedAt !== 'string') return false;
  return r.status === 'idea' || date !== null;
};

/** A stored row as a Post, or null when it no longer reads (PostSchema's verdict). */
export const readPostRow = (row: unknown): Post | null => {
  if (isCanonicalPost(row)) return row;
  const parsed = PostSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};

const collator = new Intl.Collator();
/** Display order: by day, untimed first, then by time and title. */
export const compareForDisplay = (a: Post, b: Post): number => {
  const da = a.date ?? '';
  const db = b.date ?? '';
  // Days are yyyy-MM-dd: plain comparison orders them as localeCompare did, far faster.
  if (da !== db) return da < db ? -1 : 1;
  return compareTimes(a.time, b.time) || collator.compare(a.title, b.title);
};

/**
 * A client's posts (or every client's, with `clientId` null) from one day to another, inclusive, in
 * display order: by day, untimed first, then by time and title. Rows that no longer parse are
 * counted, never dropped from the database.
 */
export const postsInRange = async (
  db: CadenceDb,
  clientId: string | null,
  from: Day,
  to: Day,
): Promise<RangeResult> => {
  const rows = await (clientId === null
    ? db.posts.where('date').between(from, to, true, true)
    : db.posts.where('[clientId+date]').between([clientId, from], [clientId, to], true, true)
  ).toArray();
  const posts: Post[] = [];
  const unreadableDays: string[] = [];
  for (const row of rows) {
    const post = readPostRow(row);
    if (post) posts.push(post);
    else unreadableDays.push(String((row as { date?: unknown }).date));
  }
  posts.sort(compareForDisplay);
  return unreadableDays.length ? { posts, unreadable: unreadableDays.length, unreadableDays } : { posts, unreadable: 0 };
};

/** The part of a range result (in display order) from `from` to `to`, inclusive. */
export const sliceRange = (range: RangeResult, from: Day, to: Day): RangeResult => {
  const { posts } = range;
  const firstAt = (day: Day) => {
    let lo = 0;
    let hi = posts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((posts[mid]!.date ?? '') < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = firstAt(from);
  // Every day after `to` starts with a character greater than any of `to`'s continuations.
  const end = firstAt(`${to}\uffff`);
  const unreadableDays = (range.unreadableDays ?? []).filter((day) => day >= from && day <= to);
  const slice = posts.slice(start, end);
  return unreadableDays.length ? { posts: slice, unreadable: unreadableDays.length, unreadableDays } : { posts: slice, unreadable: 0 };
};

export const getPost = async (db: CadenceDb, id: string): Promise<Post | undefined> =>
  readPostRow(await db.posts.get(id)) ?? undefined;

/** Every readable post of a client (or of all clients), for search; undated ideas included. */
export const allPosts = async (db: CadenceDb, clientId: string | null): Promise<Post[]> => {
  const rows = await (clientId === null ? db.posts.toArray() : db.posts.where('clientId').equals(clientId).toArray());
  const posts: Post[] = [];
  for (const row of rows) {
    const post = readPostRow(row);
    if (post) posts.push(post);
  }
  return posts;
};

/** A client's backlog: ideas with no day yet (ideas already on the calendar are not in it). */
export const backlogOf = async (db: CadenceDb, clientId: string): Promise<Post[]> => {
  const rows = await db.posts.where('[clientId+status]').equals([clientId, 'idea']).toArray();
  return rows.flatMap((row) => {
    const post = readPostRow(row);
    return post && post.date === null ? [post] : [];
  });
};

/** Every post of a series (its occurrences), by the client's index: series are per client. */
export const seriesPosts = async (db: CadenceDb, clientId: string, seriesId: string): Promise<Post[]> =>
  (await allPosts(db, clientId)).filter((post) => post.series?.id === seriesId);
