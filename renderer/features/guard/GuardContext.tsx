import { createContext, useContext } from 'react';
import type { GuardRules } from '../../../shared/analysis/rules';
import type { PeriodMix } from '../../../shared/analysis/types';

export type GuardData = {
  /** Ids of posts that are part of a promotional streak, for the badge on their cards. */
  streaks: ReadonlySet<string>;
  /** Each week's mix, by the week's first day. */
  weeks: ReadonlyMap<string, PeriodMix>;
  rules: GuardRules;
};

/** What the guard found, for the calendar's cards and week bars; null where no guard runs (All clients). */
export const GuardContext = createContext<GuardData | null>(null);

export const useGuardData = (): GuardData | null => useContext(GuardContext);
export const useInStreak = (postId: string): boolean => useContext(GuardContext)?.streaks.has(postId) ?? false;
