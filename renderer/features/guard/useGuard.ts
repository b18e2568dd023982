import { resolveApprovalSettings } from '../../../shared/model/approval';
import { useCallback, useMemo } from 'react';
import { analyze } from '../../../shared/analysis/analyze';
import { resolveRules, type GuardRules } from '../../../shared/analysis/rules';
import type { Analysis } from '../../../shared/analysis/types';
import { shiftDay, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import { resolvePillars, type Pillar } from '../../../shared/model/pillars';
import type { Post } from '../../../shared/model/post';
import { useAllSnapshots, usePostsAround, usePostsBetween, usePrefetchPeriods, type RangeResult } from '../../db/hooks';
import { formatLift } from '../../../shared/insights/lift';

// Streaks and rolling windows reach past the period shown: read five weeks either side
// (GUARD_PAD_DAYS), so a streak that starts before the first visible day is still found (analyze
// reports only the period's). That read is shared with the calendar's (usePostsAround).

export type Guard = Analysis & { streaks: ReadonlySet<string>; posts: readonly Post[]; rules: GuardRules; pillars: readonly Pillar[] };

type Lift = ReturnType<typeof formatLift> | undefined;
type Period = { from: Day; to: Day };

// PERF: analyses by the posts they read (the same array while nothing changes) and what they were
// asked, so the periods around the one shown can be analysed ahead, while the browser is idle, and a
// month switch finds its guard ready. A few per array: the period shown, before and after.
const analyses = new WeakMap<readonly Post[], { key: string; lift: Lift; guard: Guard }[]>();

const guardOf = (client: Client, posts: readonly Post[], period: Period, today: Day, lift: Lift): Guard => {
  const key = `${period.from}|${period.to}|${today}|${client.weekStartsOn}|${JSON.stringify(client.rules ?? null)}|${JSON.stringify(client.pillars ?? null)}|${client.xPremium === true}|${JSON.stringify(client.approval ?? null)}`;
  const cached = analyses.get(posts);
  const hit = cached?.find((c) => c.key === key && c.lift === lift);
  if (hit) return hit.guard;
  const rules = resolveRules(client.rules);
  // The pillar-drift rule reads the client's pillars; without any it finds nothing.
  const pillars = resolvePillars(client.pillars);
  const approval = resolveApprovalSettings(client.approval);
  const analysis = analyze(posts, {
    pillars,
    // The caption-limit rule: X Premium raises X's limit from 280 to 25,000.
    xPremium: client.xPremium === true,
    // The approval-due rule, for a client whose settings require approval.
    ...(approval.required ? { approval: { daysBefore: approval.daysBefore } } : {}),
    rules,
    weekStartsOn: client.weekStartsOn,
    from: period.from,
    to: period.to,
    today,
    ...(lift && Object.keys(lift).length > 0 ? { formatLift: lift } : {}),
  });
  const guard: Guard = { ...analysis, streaks: new Set(analysis.streakPostIds), posts, rules, pillars };
  analyses.set(posts, [{ key, lift, guard }, ...(cached ?? [])].slice(0, 4));
  return guard;
};

/**
 * The guard's analysis of what the calendar shows, recomputed from the live query on every change: a
 * drop or an edit updates warnings, badges and the week bars in the same render. `ahead`: periods
 * the user is likely to go to next (the previous and next month), analysed ahead once read.
 */
export const useGuard = (client: Client | null, from: Day, to: Day, today: Day, ahead: readonly Period[] = []): Guard | null => {
  const range = usePostsAround(client?.id ?? null, from, to);
  // What worked for this client over the past year ranks the guard's fixes ("quizzes earned +42%").
  // Without any result snapshot there is nothing to rank by: the year is not read (PERF).
  const snapshots = useAllSnapshots();
  const history = usePostsBetween(snapshots && snapshots.length > 0 ? (client?.id ?? null) : null, shiftDay(today, -365), today);
  const lift = useMemo(
    () => (history && snapshots && snapshots.length > 0 ? formatLift(history.posts, snapshots) : undefined),
    [history, snapshots],
  );
  const onAhead = useCallback(
    (period: Period, read: RangeResult) => {
      // Right after the read rather than when idle: a quick "Next" should find it done.
      if (client) setTimeout(() => guardOf(client, read.posts, period, today, lift));
    },
    [client, today, lift],
  );
  usePrefetchPeriods(client?.id ?? null, ahead, client !== null && ahead.length > 0, onAhead);
  return useMemo(() => (client && range ? guardOf(client, range.posts, { from, to }, today, lift) : null), [client, range, from, to, today, lift]);
};
