import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../shared/model/client';
import type { Day } from '../../shared/dates';
import type { CadenceDb } from './database';
import { listClients } from './clients';
import { allPosts, backlogOf, getPost, postsInRange, type RangeResult } from './posts';
import type { Post } from '../../shared/model/post';
import { readSettings, type Settings } from './settings';
import { snapshotsForPosts } from './results';
import type { ResultSnapshot } from '../../shared/model/results';

/** Stands for "every client" where a client id is expected (the All clients calendar). */
export const ALL_CLIENTS = '__all__';

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

/** The posts of a client (or of all clients, with ALL_CLIENTS) over a range, kept live. */
export const usePostsInRange = (clientId: string | null, from: Day, to: Day): RangeResult | undefined => {
  const db = useDb();
  const result = useLiveQuery(
    async () => ({
      clientId,
      range: clientId ? await postsInRange(db, clientId === ALL_CLIENTS ? null : clientId, from, to) : { posts: [], unreadable: 0 },
    }),
    [db, clientId, from, to],
  );
  // While a new query runs the previous result is kept: fine for the same client (a period switch
  // shows no blank flash), never for another client, whose calendar must not show these posts.
  return result && result.clientId === clientId ? result.range : undefined;
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
  return useLiveQuery(async () => snapshotsForPosts(db, await db.posts.toCollection().primaryKeys()), [db]);
};
