import { useMemo } from 'react';
import { analyze } from '../../../shared/analysis/analyze';
import { resolveRules, type GuardRules } from '../../../shared/analysis/rules';
import type { Analysis } from '../../../shared/analysis/types';
import { shiftDay, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import { useAllSnapshots, usePostsAround, usePostsBetween } from '../../db/hooks';
import { formatLift } from '../../../shared/insights/lift';

// Streaks and rolling windows reach past the period shown: read five weeks either side
// (GUARD_PAD_DAYS), so a streak that starts before the first visible day is still found (analyze
// reports only the period's). That read is shared with the calendar's (usePostsAround).

import type { Post } from '../../../shared/model/post';

export type Guard = Analysis & { streaks: ReadonlySet<string>; posts: readonly Post[]; rules: GuardRules };

/**
 * The guard's analysis of what the calendar shows, recomputed from the live query on every change: a
 * drop or an edit updates warnings, badges and the week bars in the same render.
 */
export const useGuard = (client: Client | null, from: Day, to: Day, today: Day): Guard | null => {
  const range = usePostsAround(client?.id ?? null, from, to);
  // What worked for this client over the past year ranks the guard's fixes ("quizzes earned +42%").
  // Without any result snapshot there is nothing to rank by: the year is not read (PERF).
  const snapshots = useAllSnapshots();
  const history = usePostsBetween(snapshots && snapshots.length > 0 ? (client?.id ?? null) : null, shiftDay(today, -365), today);
  const lift = useMemo(
    () => (history && snapshots && snapshots.length > 0 ? formatLift(history.posts, snapshots) : undefined),
    [history, snapshots],
  );
  return useMemo(() => {
    if (!client || !range) return null;
    const rules = resolveRules(client.rules);
    const analysis = analyze(range.posts, {
      rules,
      weekStartsOn: client.weekStartsOn,
      from,
      to,
      today,
      ...(lift && Object.keys(lift).length > 0 ? { formatLift: lift } : {}),
    });
    return { ...analysis, streaks: new Set(analysis.streakPostIds), posts: range.posts, rules };
  }, [client, range, from, to, today, lift]);
};
