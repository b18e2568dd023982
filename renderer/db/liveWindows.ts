/**
 * Live windows of posts (a client's, or every client's, posts over a range of days), shared by every
 * reader of the same window, and shown with the changes being written already applied.
 *
 * TRAP (optimistic changes): a change to posts is shown BEFORE its transaction commits, so a drop
 * moves the card and updates the guard's warnings in the very frame after the drop (issue #4),
 * instead of after the write and a fresh read (~50 ms on a busy month). The rules that keep this
 * honest:
 * - only rows that passed validation are shown early (applyPostChange validates first);
 * - a change that fails is taken back at once: every window is shown again without it;
 * - a committed change stays applied on top of a window until that window has been read again by a
 *   query that STARTED after the commit (an older read landing late must not show the old post back);
 * - nothing here writes: the database stays the only source of truth, these are views of it.
 */
import Dexie, { RangeSet, rangesOverlap, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Day } from '../../shared/dates';
import type { Post } from '../../shared/model/post';
import type { CadenceDb } from './database';
import { compareForDisplay, postsInRange, type RangeResult } from './posts';
import { primePreviews, warmPreviews } from './previews';

/** Stands for "every client" where a client id is expected (the All clients calendar). */
export const ALL_CLIENTS = '__all__';

export type Window = { clientId: string | null; from: Day; to: Day; range: RangeResult };

type Patch = {
  upserts: ReadonlyMap<string, Post>;
  deletes: ReadonlySet<string>;
  state: 'pending' | 'committed';
  /** The commit counter once committed: reads started at or after it include the change. */
  committedAt: number;
};

type Read = { window: Window; startedAt: number };

type SharedWindow = {
  /** For useObservable: a window already read is handed over in the first render. */
  hasValue: () => boolean;
  getValue: () => Window;
  subscribe: (next: (value: Window) => void, error?: (error: unknown) => void) => () => void;
  /** Shows the window again with the current patches (a patch was added, or taken back). */
  refresh: () => void;
};

type DbState = { windows: Map<string, SharedWindow>; patches: Set<Patch>; commits: number };

const states = new WeakMap<CadenceDb, DbState>();
const stateOf = (db: CadenceDb): DbState => {
  let state = states.get(db);
  if (!state) states.set(db, (state = { windows: new Map(), patches: new Set(), commits: 0 }));
  return state;
};

const inWindow = (window: Window, post: Post): boolean =>
  post.date !== null &&
  post.date >= window.from &&
  post.date <= window.to &&
  (window.clientId === ALL_CLIENTS || post.clientId === window.clientId);

/** `window` with `patches` applied, in order; the same object when they change nothing in it. */
const patched = (window: Window, patches: readonly Patch[]): Window => {
  if (patches.length === 0) return window;
  const touched = new Set<string>();
  const added = new Map<string, Post>();
  for (const patch of patches) {
    for (const id of patch.deletes) {
      touched.add(id);
      added.delete(id);
    }
    for (const [id, post] of patch.upserts) {
      touched.add(id);
      if (inWindow(window, post)) added.set(id, post);
      else added.delete(id);
    }
  }
  const { posts } = window.range;
  if (added.size === 0 && !posts.some((p) => touched.has(p.id))) return window;
  const next = posts.filter((p) => !touched.has(p.id));
  next.push(...added.values());
  next.sort(compareForDisplay);
  return { ...window, range: { ...window.range, posts: next } };
};

/**
 * Plain data (what a post's fields hold: arrays, objects, strings, numbers) equal by content.
 * PERF: not JSON.stringify, which built a new string of every post's media list, card previews
 * included, on every re-read of a month of posts with pictures.
 */
const sameData = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], list[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!(key in y) || !sameData(x[key], y[key])) return false;
  return true;
};

/** Equal field by field (tags, series, media compared by content). */
const samePost = (x: Post, y: Post): boolean => sameData(x, y);

/**
 * The same posts, in the same order, with the same content: a fresh read that lands on what is
 * already shown, as after a change shown early, is not shown again (PERF: that re-render cost as much
 * as the drop itself). Content, not updatedAt: two writes may carry the same time (a clock that does
 * not move, or moves back).
 */
const sameWindow = (a: Window, b: Window): boolean => {
  if (a.clientId !== b.clientId || a.from !== b.from || a.to !== b.to || a.range.unreadable !== b.range.unreadable) return false;
  const pa = a.range.posts;
  const pb = b.range.posts;
  if (pa.length !== pb.length) return false;
  for (let i = 0; i < pa.length; i++) if (!samePost(pa[i]!, pb[i]!)) return false;
  return true;
};

/** Calls `visit` on each interval of a Dexie range set; stops when it returns true. */
const someInterval = (node: IntervalTree | null | undefined, visit: (from: unknown, to: unknown) => boolean): boolean => {
  if (!node || !('from' in node)) return false;
  return visit(node.from, node.to) || someInterval(node.l, visit) || someInterval(node.r, visit);
};

/**
 * Whether a write (Dexie's `storagemutated` parts) may change what `window` shows: a row whose day
 * index (old or new value) falls in the window, or a row of the window changed or deleted by key.
 * Any doubt (a whole-table change, a key range) counts as yes.
 */
const touches = (db: CadenceDb, window: { clientId: string | null; from: Day; to: Day }, ids: ReadonlySet<string>, parts: ObservabilitySet): boolean => {
  const prefix = `idb://${db.name}/posts/`;
  const index = window.clientId === ALL_CLIENTS ? 'date' : '[clientId+date]';
  const range = window.clientId === ALL_CLIENTS ? new RangeSet(window.from, window.to) : new RangeSet([window.clientId ?? '', window.from], [window.clientId ?? '', window.to]);
  for (const [part, tree] of Object.entries(parts)) {
    if (part === 'all') return true;
    if (!part.startsWith(prefix)) continue;
    const name = part.slice(prefix.length);
    if (name === index) {
      if (rangesOverlap(tree, range)) return true;
    } else if (name === '' || name === ':dels') {
      if (someInterval(tree, (from, to) => from !== to || (typeof from === 'string' && ids.has(from)))) return true;
    } else if (someInterval(tree, (from, to) => from !== to && from !== undefined)) {
      // Another index changed as a whole (a clear): the window may have changed too.
      return true;
    }
  }
  return false;
};

/**
 * One read per window, however many components show it; kept 2 s after its last reader.
 *
 * PERF: not a Dexie liveQuery. Inside one, Dexie records the primary key of every row read (an
 * interval tree of UUIDs: ~20 ms for a month of 3,000 posts) and clones or freezes every row into its
 * cache. A window is read plainly instead, and read again whenever anything writes to the posts table
 * (Dexie's `storagemutated` event, which also carries other windows' writes): writes are rare (a
 * user's action, an import), a window is a few hundred rows, and a read that finds what is already
 * shown shows nothing new (sameWindow).
 * `focus`: the days the calendar shows of a padded window (the rest is the guard's), whose cards'
 * previews are read before the window is shown; the first reader of a window decides it (the same
 * padded range always pads the same days).
 */
export const sharedWindow = (db: CadenceDb, clientId: string | null, from: Day, to: Day, focus?: { from: Day; to: Day }): SharedWindow => {
  const state = stateOf(db);
  const key = `${clientId}|${from}|${to}`;
  const found = state.windows.get(key);
  if (found) return found;
  const listeners = new Set<{ next: (value: Window) => void; error?: (error: unknown) => void }>();
  let last: { read: Read } | { error: unknown } | null = null;
  let shown: Window | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let active = false;
  let reading = false;
  let again = false;
  let scheduled = false;

  const show = () => {
    if (!last || !('read' in last)) return;
    const { read } = last;
    const applied = [...state.patches].filter((p) => p.state === 'pending' || p.committedAt > read.startedAt);
    const value = patched(read.window, applied);
    if (value === shown || (shown !== null && sameWindow(value, shown))) return;
    shown = value;
    for (const l of [...listeners]) l.next(value);
  };
  const read = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    do {
      again = false;
      const startedAt = state.commits;
      try {
        // The previews' first read runs beside the posts' (previews.ts, PERF).
        primePreviews(db);
        const range = clientId ? await postsInRange(db, clientId === ALL_CLIENTS ? null : clientId, from, to) : { posts: [], unreadable: 0 };
        // PERF (issue 18): the cards' previews are read with their window (one bulkGet, only those not
        // in memory yet), so a month prefetched ahead is drawn with its pictures in one render. Only
        // the days shown are waited for; the padding's (the guard's weeks) are read behind, for the
        // periods around.
        const [shown, around] = cardPreviewHashes(range.posts, focus ?? { from, to });
        await warmPreviews(db, shown, around);
        last = { read: { window: { clientId, from, to, range }, startedAt } };
        show();
      } catch (failure) {
        // Closed because another window upgraded the database (database.ts): what is shown stays
        // shown, a window not read yet stays loading (an error would unmount the calendar, and with
        // it an editor's unsaved text). Dexie's own live queries ignore this error the same way.
        if (failure instanceof Error && failure.name === 'DatabaseClosedError') break;
        last = { error: failure };
        shown = null;
        for (const l of [...listeners]) l.error?.(failure);
      }
    } while (again && active);
    reading = false;
  };
  // Read on the next task, not at once: the write's own promise (and `committed` below) settles
  // first, so this read counts as taking the change over.
  const onMutated = (parts: ObservabilitySet) => {
    if (!active || scheduled) return;
    const ids = new Set(last && 'read' in last ? last.read.window.range.posts.map((p) => p.id) : []);
    if (last && 'read' in last && !touches(db, { clientId, from, to }, ids, parts)) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      if (active) void read();
    });
  };

  const shared: SharedWindow = {
    hasValue: () => shown !== null,
    getValue: () => shown as Window,
    refresh: show,
    subscribe: (next, error) => {
      const listener = { next, error };
      listeners.add(listener);
      clearTimeout(idle);
      if (!active) {
        active = true;
        Dexie.on('storagemutated', onMutated);
        void read();
      } else if (shown) next(shown);
      else if (last && 'error' in last) error?.(last.error);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        idle = setTimeout(() => {
          if (listeners.size > 0) return;
          active = false;
          Dexie.on.storagemutated.unsubscribe(onMutated);
          state.windows.delete(key);
        }, 2000);
      };
    },
  };
  state.windows.set(key, shared);
  return shared;
};

/**
 * The hashes whose previews the cards of `posts` show (each post's first item's, unless kept on the
 * item: older rows), those dated within `focus` first, then the others.
 */
const cardPreviewHashes = (posts: readonly Post[], focus: { from: Day; to: Day }): [string[], string[]] => {
  const shown: string[] = [];
  const around: string[] = [];
  for (const post of posts) {
    const first = post.media?.[0];
    if (!first || first.preview) continue;
    if (post.date !== null && post.date >= focus.from && post.date <= focus.to) shown.push(first.hash);
    else around.push(first.hash);
  }
  return [shown, around];
};

export type Optimistic = { committed: () => void; failed: () => void };

/**
 * Shows `upserts` and `deletes` in every live window now, before they are written. The caller says
 * how the write ended: `committed` (the windows' next reads take over) or `failed` (taken back now).
 */
export const showOptimistic = (db: CadenceDb, upserts: readonly Post[], deletes: readonly string[]): Optimistic => {
  const state = stateOf(db);
  const patch: Patch = { upserts: new Map(upserts.map((p) => [p.id, p])), deletes: new Set(deletes), state: 'pending', committedAt: 0 };
  const refreshAll = () => {
    for (const window of state.windows.values()) window.refresh();
  };
  state.patches.add(patch);
  refreshAll();
  return {
    committed: () => {
      state.commits += 1;
      patch.state = 'committed';
      patch.committedAt = state.commits;
      // Every window is read again after a write to the posts table (see sharedWindow), which takes over.
      // That read may have started a moment before this ran (then the patch stays on top of it,
      // changing nothing); the patch is dropped for good after a while and the windows re-shown, so a
      // later write that bypasses this module (a restore) is never hidden for long.
      setTimeout(() => {
        if (state.patches.delete(patch)) refreshAll();
      }, 3000);
    },
    failed: () => {
      state.patches.delete(patch);
      refreshAll();
    },
  };
};

/** Drops every change still shown early (a restore rewrote the posts: its reads are the truth). */
export const forgetOptimistic = (db: CadenceDb): void => {
  const state = stateOf(db);
  state.patches.clear();
  for (const window of state.windows.values()) window.refresh();
};
