/**
 * A calendar month's content pillars against their targets, as the pillar-drift rule counts them
 * (shared/analysis/pillarDrift.ts): a pillar's share is of the month's dated posts WITH a known
 * pillar; a post naming a pillar the client removed counts as untagged. Marked off target when
 * further than the rule's tolerance from it, and only once the month holds the rule's minimum.
 */
import type { GuardRules } from '../../../shared/analysis/rules';
import { monthOf, type Day, type Month } from '../../../shared/dates';
import type { Pillar } from '../../../shared/model/pillars';
import type { Post } from '../../../shared/model/post';

export type PillarShare = { pillar: Pillar; count: number; share: number; off: 'up' | 'down' | null };
export type PillarMonthMix = {
  month: Month;
  /** Posts of the month with a known pillar. */
  tagged: number;
  /** Whether the month holds enough tagged posts for the rule to judge it (and the rule is on). */
  judged: boolean;
  tolerance: number;
  minPosts: number;
  shares: PillarShare[];
};

const EPS = 1e-9;

export const pillarMonthMix = (posts: readonly Pick<Post, 'date' | 'pillar'>[], pillars: readonly Pillar[], month: Month, rules: GuardRules): PillarMonthMix => {
  const counts = new Map(pillars.map((p) => [p.id, 0]));
  let tagged = 0;
  for (const post of posts) {
    if (post.date === null || monthOf(post.date as Day) !== month || post.pillar == null) continue;
    const count = counts.get(post.pillar);
    if (count === undefined) continue;
    counts.set(post.pillar, count + 1);
    tagged++;
  }
  const rule = rules['pillar-drift'];
  const judged = rule.enabled && tagged > 0 && tagged >= rule.minPosts;
  const shares = pillars.map((pillar): PillarShare => {
    const count = counts.get(pillar.id) ?? 0;
    const share = tagged === 0 ? 0 : count / tagged;
    const gap = share - pillar.target;
    const off = !judged || Math.abs(gap) <= rule.tolerance + EPS ? null : gap > 0 ? 'up' : 'down';
    return { pillar, count, share, off };
  });
  return { month, tagged, judged, tolerance: rule.tolerance, minPosts: rule.minPosts, shares };
};
