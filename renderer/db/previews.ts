/**
 * Card-sized previews (issue 18): one row per content hash, `{ hash, preview }` (a ~1.4 KB data URL of
 * a 40 px WebP, shared/model/media.ts), and the in-memory cache the cards read them from.
 *
 * Why a table of their own (schema v5), not a field of the post nor of the media row:
 * - on the post (as built before v5), every post row read for a month carried its previews: rows ~5×
 *   larger, a month of 1,000 posts with pictures switched 1.9× slower (bench/README.md, "Fifth round");
 * - on the media row, reading a month's previews would read 1,000 rows holding two Blobs each (the
 *   file and its thumbnail), every Blob a handle the browser must hand over: the cost moves, it does
 *   not go. Here a month's previews are one bulkGet of small strings.
 * Backups carry no table of previews: each preview travels in the backup's media manifest, beside its
 * hash (renderer/db/snapshot.ts), and a restore puts it back here, byte for byte.
 *
 * TRAP (cache): a preview never changes for a hash (content-addressed; a stored preview is never
 * overwritten: putPreviews only adds), so one read once is kept for the session. "No preview" is NOT
 * kept for good: another window, a restore or an attach may store it later, so any write to this
 * table (Dexie's storagemutated, which other windows' writes raise too) reads the nones again; each is
 * kept until that read finds its preview (no card blinks meanwhile).
 * PERF (reading): a window reads the previews of its cards before it is shown (liveWindows.ts), so a
 * month prefetched ahead is drawn with its pictures; Dexie's bulkGet is one request and one event per
 * key, so a small table is read whole once a session, beside the first window's posts (primePreviews),
 * and a window wanting a good part of a larger one reads it whole too.
 * TRAP (order of writes): like the media bytes, a preview is stored before or with the post that shows
 * it (storeMedia's transaction); a post whose preview is missing shows its stored thumbnail instead.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { isPreview } from '../../shared/model/media';
import type { CadenceDb } from './database';

export type PreviewRow = { hash: string; preview: string };

type State = {
  found: Map<string, string>;
  none: Set<string>;
  /** Reads under way, by hash: a second asker waits for the same read instead of reading again. */
  pending: Map<string, Promise<void>>;
  /** Hashes asked for in the current task, read together in one bulkGet (see request). */
  batch: Set<string> | null;
  /** Bumped by every write to the previews table: a read that started before it keeps no "none". */
  writes: number;
  listeners: Set<() => void>;
  /** The whole table's first read (primePreviews), once a session; `writes` as it started. */
  primed: { read: Promise<boolean>; writes: number } | null;
};

const isPreviewsWrite = (db: CadenceDb, parts: ObservabilitySet): boolean => {
  const prefix = `idb://${db.name}/previews/`;
  return Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix));
};

const notify = (state: State): void => {
  for (const listener of [...state.listeners]) listener();
};

const states = new WeakMap<CadenceDb, State>();
const stateOf = (db: CadenceDb): State => {
  let state = states.get(db);
  if (!state) {
    const fresh: State = { found: new Map(), none: new Set(), pending: new Map(), batch: null, writes: 0, listeners: new Set(), primed: null };
    states.set(db, fresh);
    // Watched for as long as the page lives (one database in the app): a none kept while nothing
    // listened would otherwise outlive the write that filled it.
    Dexie.on('storagemutated', (parts: ObservabilitySet) => {
      if (!isPreviewsWrite(db, parts)) return;
      fresh.writes += 1;
      // The nones are read again, but kept until that read lands: dropped at once, every card without
      // a preview (a HEIC the platform cannot decode) would blink to an empty square and back.
      // Every write reads them all again, even while an earlier re-read is under way (it may have read
      // before this write); nobody waits for these reads: a none is already an answer.
      if (fresh.none.size > 0) void readInto(db, fresh, [...fresh.none], false);
    });
    state = fresh;
  }
  return state;
};

/** The preview of `hash` as known now: the data URL, null for none, undefined when not read yet. */
export const peekPreview = (db: CadenceDb, hash: string): string | null | undefined => {
  const state = stateOf(db);
  const found = state.found.get(hash);
  if (found !== undefined) return found;
  return state.none.has(hash) ? null : undefined;
};

/** Keeps previews just stored (or read by someone else) so the cards show them without a read. */
export const rememberPreviews = (db: CadenceDb, previews: Iterable<readonly [string, string]>): void => {
  const state = stateOf(db);
  let changed = false;
  for (const [hash, preview] of previews) {
    if (state.found.has(hash)) continue;
    state.found.set(hash, preview);
    state.none.delete(hash);
    changed = true;
  }
  if (changed) notify(state);
};

/**
 * PERF: Dexie's bulkGet is one IndexedDB request per key, each answered by its own event on the
 * page's thread: ~2,000 of them for a padded month of pictures cost more than the read itself. When
 * the keys wanted are a good part of the table (a quarter or more), the whole table is read instead,
 * in ONE request (getAll), and kept: previews are small and never change.
 */
const WHOLE_TABLE_SHARE = 4;
const FEW = 32;

/**
 * Reads the previews of `hashes` not known yet and keeps them, resolving once they are known; those
 * of `later` are read too but not waited for (the guard's padding around a month shown). Never rejects: a
 * preview is decoration, and a card without one shows its stored thumbnail (a read that failed is
 * counted as none until the table is written again).
 */
export const warmPreviews = async (db: CadenceDb, hashes: Iterable<string>, later: Iterable<string> = []): Promise<void> => {
  const state = stateOf(db);
  if (state.primed && (await state.primed.read) && state.primed.writes === state.writes) {
    // The whole table was read and nothing written since: a hash it did not hold has no preview.
    for (const hash of [...hashes, ...later]) if (!state.found.has(hash)) state.none.add(hash);
    return;
  }
  const now = unknownOf(state, hashes);
  const behind = unknownOf(state, later, new Set(now.wanted));
  const all = [...now.wanted, ...behind.wanted];
  if (all.length >= FEW && (await wholeTableIsCheap(db, all.length))) {
    const read = readInto(db, state, all, true);
    for (const hash of all) state.pending.set(hash, read);
    await Promise.all([read, ...now.under]);
    return;
  }
  if (behind.wanted.length > 0) {
    const read = readInto(db, state, behind.wanted, false);
    for (const hash of behind.wanted) state.pending.set(hash, read);
  }
  if (now.wanted.length > 0) {
    const read = readInto(db, state, now.wanted, false);
    for (const hash of now.wanted) state.pending.set(hash, read);
    now.under.push(read);
  }
  await Promise.all(now.under);
};

/** The hashes neither known nor being read (`wanted`), and the reads under way for the others. */
const unknownOf = (state: State, hashes: Iterable<string>, skip: ReadonlySet<string> = new Set()) => {
  const wanted: string[] = [];
  const under: Promise<void>[] = [];
  for (const hash of new Set(hashes)) {
    if (skip.has(hash) || state.found.has(hash) || state.none.has(hash)) continue;
    const pending = state.pending.get(hash);
    if (pending) under.push(pending);
    else wanted.push(hash);
  }
  return { wanted, under };
};

const wholeTableIsCheap = async (db: CadenceDb, wanted: number): Promise<boolean> => {
  try {
    return (await db.previews.count()) <= wanted * WHOLE_TABLE_SHARE;
  } catch {
    return false;
  }
};

const readInto = async (db: CadenceDb, state: State, wanted: readonly string[], whole: boolean): Promise<void> => {
  const writes = state.writes;
  try {
    if (whole) {
      for (const row of await db.previews.toArray()) {
        if (typeof row.preview !== 'string' || state.found.has(row.hash)) continue;
        state.found.set(row.hash, row.preview);
        state.none.delete(row.hash);
      }
      if (writes === state.writes) for (const hash of wanted) if (!state.found.has(hash)) state.none.add(hash);
    } else {
      const rows = await db.previews.bulkGet([...wanted]);
      wanted.forEach((hash, i) => {
        const row = rows[i];
        if (row && typeof row.preview === 'string') {
          state.found.set(hash, row.preview);
          state.none.delete(hash);
        } else if (writes === state.writes) state.none.add(hash);
      });
    }
  } catch {
    if (writes === state.writes) for (const hash of wanted) state.none.add(hash);
  } finally {
    for (const hash of wanted) state.pending.delete(hash);
  }
  notify(state);
};

/** Up to this many previews (~1.4 KB each: ~7 MB) the whole table is read when the first window is. */
const PRIME_MAX = 5000;

/**
 * PERF (opening a client): starts reading the whole previews table, when it is small enough, once a
 * session, at the same time as the first window's posts (the two reads overlap instead of following
 * each other). A larger table is read by hash, window by window (warmPreviews).
 */
export const primePreviews = (db: CadenceDb): void => {
  const state = stateOf(db);
  if (state.primed) return;
  const writes = state.writes;
  const read = (async () => {
    try {
      if ((await db.previews.count()) > PRIME_MAX) return false;
      for (const row of await db.previews.toArray()) if (typeof row.preview === 'string' && !state.found.has(row.hash)) state.found.set(row.hash, row.preview);
      notify(state);
      return true;
    } catch {
      return false;
    }
  })();
  state.primed = { read, writes };
};

/**
 * Asks for one preview; every card asking in the same task is read in the same bulkGet (PERF: one
 * transaction and one re-render for a month's cards, not one per card).
 */
export const requestPreview = (db: CadenceDb, hash: string): void => {
  const state = stateOf(db);
  if (state.batch) {
    state.batch.add(hash);
    return;
  }
  const batch = new Set([hash]);
  state.batch = batch;
  // After the render's other effects (run in the same task) have asked for theirs.
  queueMicrotask(() => {
    state.batch = null;
    void warmPreviews(db, batch);
  });
};

/** For useSyncExternalStore: calls `listener` whenever a preview becomes known (or a none is forgotten). */
export const subscribePreviews = (db: CadenceDb, listener: () => void): (() => void) => {
  const state = stateOf(db);
  state.listeners.add(listener);
  return () => void state.listeners.delete(listener);
};

/**
 * Adds the previews whose hash has none stored yet; a stored one is never replaced (see the TRAP on
 * the cache). Call inside a transaction that includes db.previews.
 */
export const putPreviews = async (db: CadenceDb, previews: ReadonlyMap<string, string>): Promise<void> => {
  if (previews.size === 0) return;
  // Only what the app makes is stored (the cards put it in an <img>; a backup must stay readable).
  const valid = [...previews].filter(([, preview]) => isPreview(preview));
  if (valid.length === 0) return;
  const present = new Set((await db.previews.where('hash').anyOf(valid.map(([hash]) => hash)).primaryKeys()) as string[]);
  const fresh = valid.filter(([hash]) => !present.has(hash)).map(([hash, preview]) => ({ hash, preview }));
  if (fresh.length > 0) await db.previews.bulkAdd(fresh);
};

/** The previews stored for `hashes`, by hash (a backup's manifest). */
export const readPreviews = async (db: CadenceDb, hashes: readonly string[]): Promise<Map<string, string>> => {
  const rows = await db.previews.bulkGet([...hashes]);
  const out = new Map<string, string>();
  for (const row of rows) if (row && typeof row.preview === 'string') out.set(row.hash, row.preview);
  return out;
};
