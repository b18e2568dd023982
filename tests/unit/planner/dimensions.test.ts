// One rule at a time: each dimension of the assignment on a small calendar (see shared/planner/assign.ts).
import { describe, expect, it } from 'vitest';
import type { GuardRules } from '../../../shared/analysis/rules';
import { plan } from '../../../shared/planner/plan';
import { ALL_OFF } from '../analysis/helpers';
import { existing, input, PILLARS, rulesWith } from './fixtures';

const only = <K extends keyof GuardRules>(id: K, over: Partial<GuardRules[K]> = {}): GuardRules => ({
  ...ALL_OFF,
  [id]: { ...rulesWith()[id], ...over, enabled: true },
});
const daily = [{ channel: 'instagram' as const, perWeek: 7, days: [0, 1, 2, 3, 4, 5, 6], times: ['12:30'] }];

describe('planner dimensions', () => {
  it('pillars: proposals take the targets in proportion, interleaved', () => {
    // 10 days, no post yet: Tips 40%, Community 30%, Products 20%, Behind the scenes 10% → 4, 3, 2, 1.
    const result = plan(input({ rhythm: daily, rules: only('pillar-drift'), from: '2026-12-07', to: '2026-12-16' }));
    const count = (id: string) => result.proposals.filter((p) => p.pillar === id).length;
    expect([count('tips'), count('community'), count('products'), count('bts')]).toEqual([4, 3, 2, 1]);
    // Not in blocks: no pillar three days running.
    const ids = result.proposals.map((p) => p.pillar);
    expect(ids.some((id, i) => i >= 2 && id === ids[i - 1] && id === ids[i - 2])).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('pillars: makes up for a month that leans on one pillar', () => {
    const posts = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d) => existing(d, { pillar: 'tips' }));
    const result = plan(input({ posts, rhythm: daily, rules: only('pillar-drift'), from: '2026-12-05', to: '2026-12-10' }));
    // 10 tagged posts: Tips must stay within 30–50% (it has 4 already), so no proposal is Tips.
    expect(result.proposals.some((p) => p.pillar === 'tips')).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('pillars: leaves a proposal untagged when tagging it would make the month drift', () => {
    // Three Tips posts in December (under the rule's 4): one more tagged post would make 4 with Tips at 75%.
    const pillars = [PILLARS[0]!, { ...PILLARS[1]!, target: 0.6 }];
    const posts = ['2026-12-01', '2026-12-02', '2026-12-03'].map((d) => existing(d, { pillar: 'tips' }));
    const rhythm = [{ channel: 'instagram' as const, perWeek: 1, days: [1], times: ['12:30'] }];
    const result = plan(input({ posts, pillars, rhythm, rules: only('pillar-drift', { minPosts: 4, tolerance: 0.1 }), from: '2026-12-07', to: '2026-12-13' }));
    expect(result.proposals.map((p) => p.pillar)).toEqual([null]);
    expect(result.warnings).toEqual([]);
    expect(result.unmet).toEqual([]);
  });

  it('tone: keeps each week inside the playful band, counting the posts already there', () => {
    // 3 playful posts already on Mon–Wed; 7 posts that week, band 30–50%: 3 of 7 is 43%, 4 of 7 would be 57%.
    const posts = ['2026-12-07', '2026-12-08', '2026-12-09'].map((d) => existing(d, { tone: 'playful', format: 'meme' }));
    for (let seed = 0; seed < 10; seed++) {
      const result = plan(input({ posts, seed, rhythm: daily, rules: only('playful-range', { min: 0.3, max: 0.5, minPosts: 3 }), from: '2026-12-07', to: '2026-12-13' }));
      expect(result.proposals).toHaveLength(4);
      expect(result.proposals.filter((p) => p.tone === 'playful').length).toBeLessThanOrEqual(0);
      expect(result.warnings).toEqual([]);
    }
  });

  it('invites: every week with posts gets an inviting proposal, and about a third overall', () => {
    const result = plan(input({ rhythm: daily, rules: only('no-participation-week'), from: '2026-12-07', to: '2026-12-27' }));
    for (const week of ['2026-12-07', '2026-12-14', '2026-12-21']) {
      const end = `2026-12-${String(Number(week.slice(8)) + 6).padStart(2, '0')}`;
      expect(result.proposals.some((p) => p.date >= week && p.date <= end && p.invitesParticipation)).toBe(true);
    }
    // 7 a week: round(7 / 3) = 2 inviting each week.
    expect(result.proposals.filter((p) => p.invitesParticipation)).toHaveLength(6);
    expect(result.warnings).toEqual([]);
  });

  it('promotion: about 80% of the share rule’s ceiling, spread out, never in a streak', () => {
    const rules = { ...only('promo-share', { maxShare: 0.2, windowDays: 14, minPosts: 5 }), 'promo-streak': { ...rulesWith()['promo-streak'], maxInARow: 1, scope: 'all' as const } };
    const result = plan(input({ rhythm: daily, rules, from: '2026-12-01', to: '2026-12-31' }));
    const promos = result.proposals.filter((p) => p.intent === 'promotional');
    // Aimed at 31 posts × 20% × 0.8 ≈ 5; any 14 days may hold 2 (3 of 14 is over 20%), so 4 or 5 fit.
    expect(promos.length).toBeGreaterThanOrEqual(4);
    expect(promos.length).toBeLessThanOrEqual(5);
    expect(promos.every((p) => !p.invitesParticipation)).toBe(true);
    const days = result.proposals.map((p) => p.intent === 'promotional');
    expect(days.some((d, i) => d && days[i - 1] === true)).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('format: suits the tone and invitation chosen, and never repeats a neighbour', () => {
    const result = plan(input({ rhythm: daily, rules: only('format-repeat', { repeatCount: 2, scope: 'all' }), from: '2026-12-01', to: '2026-12-31' }));
    const playfulFormats = new Set(['short_video', 'story', 'behind_the_scenes', 'meme', 'quiz', 'poll', 'contest', 'challenge', 'question', 'ugc_repost']);
    for (const p of result.proposals) expect(playfulFormats.has(p.format)).toBe(p.tone === 'playful');
    const formats = result.proposals.map((p) => p.format);
    expect(formats.some((f, i) => f === formats[i - 1])).toBe(false);
    // A varied mix: at least 8 formats in a month of 31 posts.
    expect(new Set(formats).size).toBeGreaterThanOrEqual(8);
    expect(result.warnings).toEqual([]);
  });
});
