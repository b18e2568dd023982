/**
 * One planning session: the proposals of one run of the planner, and what the user did with each.
 *
 * TRAP: the proposals are computed once, when asked (Plan, Another proposal), from the posts as they
 * were then: never again from the live calendar. Accepting a week adds posts, and a planner re-run
 * on them would propose a different rest of the month under the user's eyes. A proposal is "accepted"
 * while a post with its id exists (so an undo of the acceptance shows it as a ghost again), and
 * "rejected" while the session remembers it so.
 */
import { useCallback, useMemo, useState } from 'react';
import { resolveRules } from '../../../shared/analysis/rules';
import { shiftDay, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import type { Post } from '../../../shared/model/post';
import { resolveRhythm } from '../../../shared/model/rhythm';
import type { ResultSnapshot } from '../../../shared/model/results';
import { proposalToPost } from '../../../shared/planner/draft';
import { plan } from '../../../shared/planner/plan';
import type { EvergreenIdea, PlanResult, Proposal } from '../../../shared/planner/types';
import { useAllPosts } from '../../db/hooks';
import { newId, nowIso } from '../../db/ids';
import type { PlanGhosts } from './PlanContext';
import type { PostChange } from '../../db/changes';
import { loadHolidays } from './loadHolidays';

export type PlanSession = {
  from: Day;
  to: Day;
  seed: number;
  result: PlanResult;
  /** Proposal ids the user turned down. */
  rejected: ReadonlySet<string>;
};

type Inputs = { client: Client; posts: readonly Post[]; snapshots: readonly ResultSnapshot[]; today: Day };

/** Runs the planner over the client's posts as they are now. */
export const runPlanner = async ({ client, posts, snapshots, today }: Inputs, from: Day, to: Day, seed: number): Promise<PlanResult> => {
  const country = client.country;
  // Occasions a few days either side: a post the day before a holiday may be for it.
  const occasions = country ? (await loadHolidays()).occasionsBetween(country, shiftDay(from, -3), shiftDay(to, 3), client.language) : [];
  const ideas: EvergreenIdea[] = posts.filter((p) => p.status === 'idea' && p.date === null && p.evergreen !== null);
  const ids = new Map<number, string>();
  return plan({
    posts,
    from,
    to,
    rhythm: resolveRhythm(client.rhythm),
    rules: resolveRules(client.rules),
    pillars: resolvePillars(client.pillars),
    weekStartsOn: client.weekStartsOn,
    language: client.language,
    clientName: client.name,
    today,
    seed,
    results: { posts, snapshots },
    occasions,
    ideas,
    // Real ids from the start: a proposal keeps its id as a post, so its place in the guard's order holds.
    newId: (n: number) => {
      let id = ids.get(n);
      if (id === undefined) ids.set(n, (id = newId()));
      return id;
    },
  });
};

/**
 * The change that accepts some proposals: their posts, and each evergreen idea they reuse with its
 * `lastUsed` moved to the latest day it is now used on. One change, so one undo step.
 */
export const acceptChange = (proposals: readonly Proposal[], client: Client, ideas: readonly Post[]): PostChange => {
  const now = nowIso();
  const upserts: Post[] = proposals.map((p) => proposalToPost(p, client.id, now));
  const read = new Map<string, string | null>(proposals.map((p) => [p.id, null]));
  for (const idea of ideas) {
    const days = proposals.filter((p) => p.ideaId === idea.id).map((p) => p.date);
    if (days.length === 0 || idea.evergreen === null) continue;
    const latest = [idea.evergreen.lastUsed ?? '', ...days].sort().at(-1) as Day;
    upserts.push({ ...idea, evergreen: { ...idea.evergreen, lastUsed: latest } });
    read.set(idea.id, idea.updatedAt);
  }
  return { upserts, deletes: [], read };
};

/**
 * The planning panel's state for the client shown: its posts (read only while the panel is open), the
 * session, the proposals still waiting (neither accepted nor rejected) and the ghost cards to draw.
 * Another client, or the panel closed, ends the session.
 */
export const usePlanning = (client: Client | null, open: boolean) => {
  const posts = useAllPosts(client?.id ?? null, open && client !== null);
  const existingIds = useMemo(() => (posts ? new Set(posts.map((p) => p.id)) : undefined), [posts]);
  const [session, setSession] = useState<PlanSession | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // Another client or the panel closed: the session ends (set during render, React's way to reset state on a prop change).
  const key = `${client?.id ?? ''}|${open}`;
  const [sessionKey, setSessionKey] = useState(key);
  if (sessionKey !== key) {
    setSessionKey(key);
    setSession(null);
    setSelected(null);
  }
  const pending = useMemo(
    () => (session ? session.result.proposals.filter((p) => !session.rejected.has(p.id) && !existingIds?.has(p.id)) : []),
    [session, existingIds],
  );
  const reject = useCallback((ids: readonly string[]) => {
    setSession((s) => (s ? { ...s, rejected: new Set([...s.rejected, ...ids]) } : s));
  }, []);
  const restore = useCallback((ids: readonly string[]) => {
    setSession((s) => (s ? { ...s, rejected: new Set([...s.rejected].filter((id) => !ids.includes(id))) } : s));
  }, []);
  const ghosts = useMemo<PlanGhosts | null>(() => {
    if (!open || pending.length === 0) return null;
    const byDay = new Map<Day, Proposal[]>();
    for (const p of pending) byDay.set(p.date, [...(byDay.get(p.date) ?? []), p]);
    return { byDay, select: setSelected };
  }, [open, pending]);
  return { posts, session, setSession, pending, reject, restore, selected, ghosts };
};
