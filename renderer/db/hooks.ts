import { createContext, createElement, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import type { Client } from '../../shared/model/client';
import { shiftDay, type Day } from '../../shared/dates';
import type { CadenceDb } from './database';
import { listClients } from './clients';
import { allPosts, backlogOf, getPost, sliceRange, type RangeResult } from './posts';
import { ALL_CLIENTS, sharedWindow, type Window } from './liveWindows';
import type { Post } from '../../shared/model/post';
import { readSettings, type Settings } from './settings';
import { snapshotsForPosts } from './results';
import { ResultSnapshotSchema, type ResultSnapshot } from '../../shared/model/results';

export { ALL_CLIENTS };
export type { RangeResult };

const DbContext = createContext<CadenceDb | null>(null);

export const DbProvider = ({ db, children }: { db: CadenceDb; children: ReactNode }) =>
  createElement(DbContext.Provider, { value: db }, children);

export const useDb = (): CadenceDb => {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb needs a DbProvider above it');
  return db;
};

/** All clients, kept live: any write elsewhere in the app re-renders the readers. */
export const useClients = (): Client[] | undefined => {
  const db = useDb();
  return useLiveQuery(() => listClients(db), [db]);
};

// ---------------------------------------------------------------------------------------------------
// Posts over a period (PERF, see bench/README.md). The calendar and the guard read the same period:
// the calendar its days, the guard five weeks more on either side (streaks and rolling windows reach
// past what is shown). They used to run two live queries, each reading and checking every row; now a
// single client's period is read ONCE, padded, by one kept-live read shared by every reader of that window (liveWindows.ts),
// and the calendar takes its slice. While the next period loads, a reader keeps the previous window:
// when that window already covers the new days (a month switch: the padded window reaches into the
// next month) the slice is exact, so the new month paints at once and the fresh read replaces it.

/** Days read on either side of a single client's period, for the guard (see useGuard). */
export const GUARD_PAD_DAYS = 35;

/** A client's window for a period: padded for the guard (a single client), exact for All clients. */
const calendarWindow = (db: CadenceDb, clientId: string, from: Day, to: Day) => {
  const pad = clientId !== ALL_CLIENTS ? GUARD_PAD_DAYS : 0;
  return sharedWindow(db, clientId, pad ? shiftDay(from, -pad) : from, pad ? shiftDay(to, pad) : to, { from, to });
};

/**
 * Reads what the calendar will show for `clientId` over a period, resolving once it is in memory (or
 * after `timeoutMs`, so a slow disk never leaves a click unanswered). A client switch waits for it,
 * then draws the new client once, with its posts, rather than an empty month first (PERF).
 */
export const preloadPeriod = (db: CadenceDb, clientId: string, from: Day, to: Day, timeoutMs = 250): Promise<void> =>
  new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
      // Unsubscribed on the next task: the window stays read for the render that follows.
      setTimeout(() => stop());
    };
    const timer = setTimeout(finish, timeoutMs);
    const stop = calendarWindow(db, clientId, from, to).subscribe(finish, finish);
  });

/**
 * Keeps the periods around the one shown read: "Next month" then draws from memory in one render,
 * the guard included (PERF, issue #7's month switch). The reads start just after the period shown
 * is drawn (IndexedDB works off the main thread; a few hundred rows cost a few ms to take in), not
 * when the browser is idle: a quick "Next" right after a start would find nothing ready. `onRead`
 * hears each period's posts (the guard analyses them ahead).
 */
export const usePrefetchPeriods = (
  clientId: string | null,
  periods: readonly { from: Day; to: Day }[],
  enabled: boolean,
  onRead?: (period: { from: Day; to: Day }, range: RangeResult) => void,
): void => {
  const db = useDb();
  const key = periods.map((p) => `${p.from}|${p.to}`).join(',');
  useEffect(() => {
    if (!enabled || !clientId) return;
    const stops: (() => void)[] = [];
    // One after the other, the last given first (the next period: where users go most), so it is
    // ready as soon as possible rather than both half-way.
    const queue = [...periods].reverse();
    const start = () => {
      const p = queue.shift();
      if (!p) return;
      let started = false;
      stops.push(
        calendarWindow(db, clientId, p.from, p.to).subscribe((window) => {
          onRead?.(p, window.range);
          if (!started) {
            started = true;
            start();
          }
        }),
      );
    };
    const timer = setTimeout(start);
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
    // `key` stands for `periods` (a fresh array on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, clientId, key, enabled, onRead]);
};

/** The posts of `clientId` over [from − pad, to + pad], live, shared by every reader of the same window. */
const usePeriodWindow = (clientId: string | null, from: Day, to: Day, pad: number): Window | undefined => {
  const db = useDb();
  const wFrom = pad ? shiftDay(from, -pad) : from;
  const wTo = pad ? shiftDay(to, pad) : to;
  return useObservable<Window>(() => sharedWindow(db, clientId, wFrom, wTo, { from, to }), [db, clientId, wFrom, wTo]);
};

/** The posts of a client (or of all clients, with ALL_CLIENTS) over a range, kept live. */
export const usePostsInRange = (clientId: string | null, from: Day, to: Day): RangeResult | undefined => {
  // A single client's calendar shares its guard's padded read; All clients reads just its days.
  const pad = clientId !== null && clientId !== ALL_CLIENTS ? GUARD_PAD_DAYS : 0;
  const window = usePeriodWindow(clientId, from, to, pad);
  return useMemo(() => {
    // While a new query runs the previous result is kept: fine for the same client (a period switch
    // shows no blank flash), never for another client, whose calendar must not show these posts.
    if (!window || window.clientId !== clientId) return undefined;
    if (window.from === from && window.to === to) return window.range;
    return sliceRange(window.range, from, to);
  }, [window, clientId, from, to]);
};

/** A single client's posts over [from − GUARD_PAD_DAYS, to + GUARD_PAD_DAYS]: the guard's read, shared with the calendar's. */
export const usePostsAround = (clientId: string | null, from: Day, to: Day): RangeResult | undefined => {
  const window = usePeriodWindow(clientId, from, to, GUARD_PAD_DAYS);
  return window && window.clientId === clientId ? window.range : undefined;
};

/** Exactly the posts from `from` to `to` (no padding), kept live. */
export const usePostsBetween = (clientId: string | null, from: Day, to: Day): RangeResult | undefined => {
  const window = usePeriodWindow(clientId, from, to, 0);
  return window && window.clientId === clientId ? window.range : undefined;
};

export const useSettings = (): Settings | undefined => {
  const db = useDb();
  return useLiveQuery(() => readSettings(db), [db]);
};

/** One post by id: `undefined` while loading, `null` when it does not exist (or no longer parses). */
export const usePost = (id: string | null): Post | null | undefined => {
  const db = useDb();
  // useLiveQuery hands back the previous query's result until the new one lands, so the result
  // carries its id: a stale "not found" for the last id must not read as "this post is gone".
  const result = useLiveQuery(
    async () => ({ id, post: id ? ((await getPost(db, id)) ?? null) : null }),
    [db, id],
  );
  return result && result.id === id ? result.post : undefined;
};

/** All posts of a client (or ALL_CLIENTS), only while `enabled` (search is open): 10,000 rows are cheap once, not on every render. */
export const useAllPosts = (clientId: string | null, enabled: boolean): Post[] | undefined => {
  const db = useDb();
  return useLiveQuery(
    async () => (enabled && clientId ? allPosts(db, clientId === ALL_CLIENTS ? null : clientId) : undefined),
    [db, clientId, enabled],
  );
};

/** A client's backlog of undated ideas (unordered: the backlog feature owns the order). */
export const useBacklog = (clientId: string | null): Post[] | undefined => {
  const db = useDb();
  const result = useLiveQuery(async () => ({ clientId, ideas: clientId ? await backlogOf(db, clientId) : [] }), [db, clientId]);
  return result && result.clientId === clientId ? result.ideas : undefined;
};

/** The result snapshots of some posts (one post's, or a client's for Insights), kept live. */
export const useSnapshots = (postIds: readonly string[] | null): ResultSnapshot[] | undefined => {
  const db = useDb();
  const key = postIds ? postIds.join(',') : null;
  return useLiveQuery(
    async () => (postIds ? snapshotsForPosts(db, postIds) : []),
    // The ids' content, not the array's identity, decides when to query again.
    [db, key],
  );
};

/** Every result snapshot stored: small (a few per published post), read whole for the guard's ranking. */
export const useAllSnapshots = (): ResultSnapshot[] | undefined => {
  const db = useDb();
  return useLiveQuery(() => snapshotsOfExistingPosts(db), [db]);
};

/**
 * The snapshots whose post exists, in index order (post id, then id), as
 * snapshotsForPosts(db, every post id) gives them, without reading every post's key (PERF: with
 * 90,000 posts that read, re-run after every drop, cost more than the drop).
 */
const snapshotsOfExistingPosts = async (db: CadenceDb): Promise<ResultSnapshot[]> => {
  const rows = await db.results.toArray();
  if (rows.length === 0) return [];
  const postIdOf = (row: unknown) => (row as { postId?: unknown }).postId;
  const ids = [...new Set(rows.map(postIdOf).filter((id): id is string => typeof id === 'string'))];
  const existing = new Set(await db.posts.where(':id').anyOf(ids).primaryKeys());
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .filter((row) => existing.has(postIdOf(row) as string))
    .sort((a, b) => cmp(a.postId, b.postId) || cmp(a.id, b.id))
    .flatMap((row) => {
      const parsed = ResultSnapshotSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
};

/**
 * Like useSnapshots, but `undefined` until the snapshots of THESE ids have been read: useLiveQuery
 * hands back the previous query's result while a new one runs, and a screen computing figures from
 * it would briefly show the new posts with the old posts' results (often none: "no results yet").
 */
export const useSnapshotsFor = (postIds: readonly string[] | null): ResultSnapshot[] | undefined => {
  const db = useDb();
  const key = postIds ? postIds.join(',') : null;
  const result = useLiveQuery(
    async () => ({ key, snapshots: postIds ? await snapshotsForPosts(db, postIds) : [] }),
    // The ids' content, not the array's identity, decides when to query again.
    [db, key],
  );
  return result && result.key === key ? result.snapshots : undefined;
};
