import { describe, expect, it } from 'vitest';
import { PROMO_PRESETS } from '../../../shared/analysis/rules';
import type { AnalysisPost } from '../../../shared/analysis/types';
import { post, promo, utcDay } from './fixtures';
import { only, warningsOf } from './helpers';

const D0 = '2026-03-02';
/** `promos` promotional and `others` other posts, all on the day `offset` days after D0. */
const on = (offset: number, promos: number, others = 0): AnalysisPost[] => [
  ...Array.from({ length: promos }, () => promo(utcDay(D0, offset))),
  ...Array.from({ length: others }, () => post(utcDay(D0, offset))),
];

describe('promotional share over a rolling window', () => {
  // Window [d, d + W - 1]: days 13 apart share a 14-day window, days 14 apart never do.
  it.each([
    { gap: 12, fires: true },
    { gap: 13, fires: true },
    { gap: 14, fires: false },
    { gap: 15, fires: false },
  ])('two promotional posts $gap days apart, window 14, at least 2 posts → $fires', ({ gap, fires }) => {
    const posts = [...on(0, 1), ...on(gap, 1)];
    const w = warningsOf(posts, only('promo-share', { preset: 'custom', maxShare: 0.5, windowDays: 14, minPosts: 2 }));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it.each([
    { windowDays: 1, gap: 0, fires: true },
    { windowDays: 1, gap: 1, fires: false },
    { windowDays: 7, gap: 6, fires: true },
    { windowDays: 7, gap: 7, fires: false },
  ])('window $windowDays: gap $gap → $fires', ({ windowDays, gap, fires }) => {
    const posts = [...on(0, 1), ...on(gap, 1)];
    const w = warningsOf(posts, only('promo-share', { preset: 'custom', maxShare: 0.5, windowDays, minPosts: 2 }));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it.each([
    { label: '1 of 5 = 20% exactly', promos: 1, others: 4, fires: false },
    { label: '2 of 10 = 20% exactly', promos: 2, others: 8, fires: false },
    { label: '2 of 9 ≈ 22%', promos: 2, others: 7, fires: true },
    { label: '2 of 5 = 40%', promos: 2, others: 3, fires: true },
  ])('80/20: $label → $fires', ({ promos, others, fires }) => {
    const w = warningsOf(on(3, promos, others), only('promo-share'));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it.each([
    { posts: 4, fires: false },
    { posts: 5, fires: true },
  ])('needs minPosts (5) posts in the window: $posts posts, all promotional → $fires', ({ posts, fires }) => {
    const w = warningsOf(on(0, posts), only('promo-share'));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it('does not call a lone promotional post 100% promotional', () => {
    expect(warningsOf(on(0, 1), only('promo-share', { minPosts: 5 }))).toEqual([]);
  });

  it.each([
    { preset: 'thirds', promos: 1, others: 2, fires: false },
    { preset: 'thirds', promos: 2, others: 3, fires: true },
    { preset: '4-1-1', promos: 1, others: 5, fires: false },
    { preset: '4-1-1', promos: 1, others: 4, fires: true },
    { preset: '5-3-1', promos: 1, others: 8, fires: false },
    { preset: '5-3-1', promos: 1, others: 7, fires: true },
  ] as const)('preset $preset: $promos promotional, $others others → $fires', ({ preset, promos, others, fires }) => {
    const { maxShare, windowDays } = PROMO_PRESETS[preset];
    const w = warningsOf(on(0, promos, others), only('promo-share', { preset, maxShare, windowDays, minPosts: 3 }));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it('reports one warning for overlapping windows, naming the worst and its promotional posts', () => {
    // Days 0–4: one promo and one other post a day; day 2 has an extra promo. With 5 posts at least,
    // windows holding days 0–2 or 2–4 are the worst (4 of 7); the earliest is reported.
    const posts = [...on(0, 1, 1), ...on(1, 1, 1), ...on(2, 2, 1), ...on(3, 1, 1), ...on(4, 1, 1)];
    const w = warningsOf(posts, only('promo-share'));
    expect(w).toHaveLength(1);
    expect(w[0]?.postIds).toHaveLength(4);
    expect(w[0]?.period).toEqual({ from: '2026-03-02', to: '2026-03-04' });
    expect(w[0]?.id).toBe('promo-share:2026-03-02:2026-03-04');
    expect(w[0]?.message.en).toMatch(/^4 of 7 posts promotional \(2–4 Mar\): 57.1%/);
    expect(w[0]?.fix).toBeUndefined();
  });

  it('reports separate warnings for bursts more than a window apart', () => {
    const posts = [...on(0, 4, 1), ...on(30, 4, 1)];
    const w = warningsOf(posts, only('promo-share'));
    expect(w.map((x) => x.period)).toEqual([
      { from: '2026-03-02', to: '2026-03-02' },
      { from: '2026-04-01', to: '2026-04-01' },
    ]);
  });

  it('says the share, the dates and the rule in both languages', () => {
    const posts = [...on(0, 2, 2), ...on(5, 1, 2)]; // 3 of 7 on 2–7 March
    const [w] = warningsOf(posts, only('promo-share'));
    expect(w?.message.en).toBe('3 of 7 posts promotional (2–7 Mar): 42.9%, more than the 20% allowed over any 14 days (80/20 rule).');
    expect(w?.message.fr).toBe(
      '3 publications promotionnelles sur 7 (2–7 mars) : 42,9 %, plus que les 20 % admis sur 14 jours (règle des 80/20).',
    );
  });

  it('returns a warning when one of its promotional posts is in the range', () => {
    const posts = [...on(0, 2, 1), ...on(3, 2, 1)];
    expect(warningsOf(posts, only('promo-share'), { from: '2026-03-05', to: '2026-03-31' })).toHaveLength(1);
    expect(warningsOf(posts, only('promo-share'), { from: '2026-03-06', to: '2026-03-31' })).toHaveLength(0);
  });
});
