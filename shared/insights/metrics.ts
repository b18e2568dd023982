/**
 * Per-post figures read from one result snapshot.
 *
 * TRAP (division): a zero or missing denominator gives `value: null` with a reason, never NaN or
 * Infinity, which would poison every mean built on top of it. Callers exclude null rates and count
 * them ("3 posts without reach").
 * TRAP (reply coverage): it is replies written ÷ comments received, capped at 1. The team may answer
 * one comment several times, and some platforms count the team's own replies among the comments, so
 * the raw ratio can pass 100% although not every comment was answered. Capping keeps "100%" meaning
 * "as many replies as comments" and stops one chatty thread from lifting a client's average above
 * what any post can reach. It remains an approximation of "share of comments answered".
 */
import { engagementOf, type ResultCounts } from '../model/results';

export type RateReason = 'no-reach' | 'no-comments';

export type Rate = {
  /** A fraction (0.034 = 3.4%), or null when it cannot be computed (see `reason`). */
  value: number | null;
  /** How it was computed, in words, for a tooltip or a screen reader. */
  formula: string;
  reason?: RateReason;
};

export type EngagementRate = Rate & {
  /** The denominator used: reach when the platform gave it, else impressions; null when neither. */
  basis: 'reach' | 'impressions' | null;
  /** The numerator, reactions + comments + shares + saves. */
  engagement: number;
};

export const ENGAGEMENT_FORMULA = {
  reach: '(reactions + comments + shares + saves) ÷ reach',
  impressions: '(reactions + comments + shares + saves) ÷ impressions',
} as const;
export const REPLY_COVERAGE_FORMULA = 'replies by the team ÷ comments, at most 100%';

type EngagementCounts = Pick<ResultCounts, 'reach' | 'impressions' | 'reactions' | 'comments' | 'shares' | 'saves'>;

/**
 * (reactions + comments + shares + saves) ÷ reach, or ÷ impressions when reach is null. A reach of 0
 * is a given reach of 0 (nobody saw the post): it does not fall back to impressions, and gives null.
 */
export const engagementRate = (s: EngagementCounts): EngagementRate => {
  const engagement = engagementOf(s);
  const basis = s.reach !== null ? 'reach' : s.impressions !== null ? 'impressions' : null;
  const denominator = basis === 'reach' ? s.reach : basis === 'impressions' ? s.impressions : null;
  const formula = ENGAGEMENT_FORMULA[basis ?? 'reach'];
  if (denominator === null || !(denominator > 0) || !Number.isFinite(engagement)) {
    return { value: null, formula, reason: 'no-reach', basis, engagement };
  }
  return { value: engagement / denominator, formula, basis, engagement };
};

/** min(1, repliesByTeam ÷ comments); null when the post has no comments (nothing to answer). */
export const replyCoverage = (s: Pick<ResultCounts, 'comments' | 'repliesByTeam'>): Rate => {
  const formula = REPLY_COVERAGE_FORMULA;
  if (!(s.comments > 0)) return { value: null, formula, reason: 'no-comments' };
  return { value: Math.min(1, Math.max(0, s.repliesByTeam) / s.comments), formula };
};
