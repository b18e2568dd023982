import { useMemo } from 'react';
import { analyze } from '../../../shared/analysis/analyze';
import { resolveRules, type GuardRules } from '../../../shared/analysis/rules';
import type { Analysis } from '../../../shared/analysis/types';
import { shiftDay, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import { useAllSnapshots, usePostsInRange } from '../../db/hooks';
import { formatLift } from '../../../shared/insights/lift';

// Streaks and rolling windows reach past the period shown: read five weeks either side, so a streak
// that starts before the first visible day is still found (analyze reports only the period's).
const PAD_DAYS = 35;

import type { Post } from '../../../shared/model/post';

export type Guard = Analysis & { streaks: ReadonlySet<string>; posts: readonly Post[]; rules: GuardRules };

/**
 * The guard's analysis of what the calendar shows, recomputed from the live query on every change: a
 * drop or an edit updates warnings, badges and the week bars in the same render.
 */
export const useGuard = (client: Client | null, from: Day, to: Day, today: Day): Guard | null => {
  const range = usePostsInRange(client?.id ?? null, shiftDay(from, -PAD_DAYS), shiftDay(to, PAD_DAYS));
  // What worked for this client over the past year ranks the guard's fixes ("quizzes earned +42%").
  const history = usePostsInRange(client?.id ?? null, shiftDay(today, -365), today);
  const snapshots = useAllSnapshots();
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
