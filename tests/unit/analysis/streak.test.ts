import { describe, expect, it } from 'vitest';
import type { AnalysisPost } from '../../../shared/analysis/types';
import { post, promo, utcDay } from './fixtures';
import { ALL_OFF, only, run, warningsOf } from './helpers';

/** `pattern`: one post a day from 2026-11-09, 'P' promotional, '.' not. */
const daily = (pattern: string, over: (i: number) => Partial<AnalysisPost> = () => ({})): AnalysisPost[] =>
  [...pattern].map((c, i) =>
    c === 'P' ? promo(utcDay('2026-11-09', i), { id: `d${i}`, ...over(i) }) : post(utcDay('2026-11-09', i), { id: `d${i}`, ...over(i) }),
  );

describe('promotional streak: more than N promotional posts in a row', () => {
  it.each([
    { n: 2, pattern: '.PP.', fires: false },
    { n: 2, pattern: '.PPP.', fires: true },
    { n: 1, pattern: 'P.P.P', fires: false },
    { n: 1, pattern: '.PP', fires: true },
    { n: 3, pattern: 'PPP.PPP', fires: false },
    { n: 3, pattern: 'PPPP', fires: true },
  ])('N = $n, $pattern → $fires', ({ n, pattern, fires }) => {
    const w = warningsOf(daily(pattern), only('promo-streak', { maxInARow: n }));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it('names every post of the streak, in calendar order, and reports its period', () => {
    const posts = daily('.PPPP.').reverse();
    const [w] = warningsOf(posts, only('promo-streak'));
    expect(w?.postIds).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(w?.period).toEqual({ from: '2026-11-10', to: '2026-11-13' });
    expect(w?.id).toBe('promo-streak:d1..d4:4');
    expect(w?.severity).toBe('warning');
  });

  it('counts posts in a row whatever the days between them', () => {
    const posts = [promo('2026-01-05'), promo('2026-02-20'), promo('2026-04-01')];
    expect(warningsOf(posts, only('promo-streak'))).toHaveLength(1);
  });

  it('orders a day by time, with untimed posts first', () => {
    // 10:00 promo, untimed informative, 09:00 promo, then a promo the next day.
    const posts = [
      promo('2026-11-10', { id: 'a', time: '10:00' }),
      post('2026-11-10', { id: 'b', time: null }),
      promo('2026-11-10', { id: 'c', time: '09:00' }),
      promo('2026-11-11', { id: 'd', time: '08:00' }),
    ];
    const [w] = warningsOf(posts, only('promo-streak'));
    expect(w?.postIds).toEqual(['c', 'a', 'd']);
    // Untimed promo first: it joins the previous day's streak.
    const joined = [promo('2026-11-09', { id: 'x' }), promo('2026-11-09', { id: 'y', time: '18:00' }), promo('2026-11-10', { id: 'z' }), post('2026-11-10', { id: 'w', time: '07:00' })];
    expect(warningsOf(joined, only('promo-streak'))[0]?.postIds).toEqual(['x', 'y', 'z']);
  });

  it('breaks ties of the same day and time by id', () => {
    const posts = [post('2026-11-10', { id: 'b', time: '09:00' }), promo('2026-11-10', { id: 'a', time: '09:00' }), promo('2026-11-10', { id: 'c', time: '09:00' }), promo('2026-11-09', { id: 'z' })];
    // Order: z(P) a(P) b(.) c(P): no streak of 3.
    expect(warningsOf(posts, only('promo-streak'))).toHaveLength(0);
    const swapped = posts.map((p) => (p.id === 'b' ? { ...p, id: 'd' } : p));
    // Order: z a c d → z a c is a streak.
    expect(warningsOf(swapped, only('promo-streak'))[0]?.postIds).toEqual(['z', 'a', 'c']);
  });

  describe('scope', () => {
    // Three promotional posts alternating channels.
    const across = [
      promo('2026-11-10', { id: 'i1', channel: 'instagram' }),
      promo('2026-11-11', { id: 'f1', channel: 'facebook' }),
      promo('2026-11-12', { id: 'i2', channel: 'instagram' }),
    ];
    // Three promotional posts on Instagram, with a Facebook informative post between.
    const perChannel = [
      promo('2026-11-10', { id: 'i1' }),
      promo('2026-11-11', { id: 'i2' }),
      post('2026-11-11', { id: 'f1', channel: 'facebook', time: '12:00' }),
      promo('2026-11-12', { id: 'i3' }),
    ];

    it.each([
      { name: 'across channels, scope all', posts: across, scope: 'all', ids: ['i1', 'f1', 'i2'] },
      { name: 'across channels, scope channel', posts: across, scope: 'channel', ids: null },
      { name: 'one channel with another between, scope all', posts: perChannel, scope: 'all', ids: null },
      { name: 'one channel with another between, scope channel', posts: perChannel, scope: 'channel', ids: ['i1', 'i2', 'i3'] },
    ] as const)('$name', ({ posts, scope, ids }) => {
      const w = warningsOf(posts, only('promo-streak', { scope }));
      expect(w.map((x) => x.postIds)).toEqual(ids === null ? [] : [ids]);
    });

    it('names the channel in a per-channel message', () => {
      const [w] = warningsOf(perChannel, only('promo-streak', { scope: 'channel' }));
      expect(w?.message.en).toContain('on Instagram');
      expect(w?.message.fr).toContain('sur Instagram');
    });
  });

  it('says what happened with the dates, in both languages', () => {
    const [w] = warningsOf(daily('.PPP.').slice(1), only('promo-streak'));
    expect(w?.message.en).toBe('3 promotional posts in a row (10–12 Nov): more than 2 in a row tires your audience.');
    expect(w?.message.fr).toBe('3 publications promotionnelles d’affilée (10–12 nov.) : plus de 2 d’affilée lassent votre audience.');
  });

  it('writes ranges across months and years', () => {
    const months = [promo('2026-11-29'), promo('2026-11-30'), promo('2026-12-01')];
    expect(warningsOf(months, only('promo-streak'))[0]?.message.en).toContain('(29 Nov – 1 Dec)');
    expect(warningsOf(months, only('promo-streak'))[0]?.message.fr).toContain('(29 nov. – 1 déc.)');
    const years = [promo('2026-12-31'), promo('2027-01-01'), promo('2027-01-02')];
    expect(warningsOf(years, only('promo-streak'))[0]?.message.en).toContain('(31 Dec 2026 – 2 Jan 2027)');
  });

  it('lists streak posts for badges', () => {
    const a = run(daily('PPP.P.PPP'), only('promo-streak'));
    expect(a.streakPostIds).toEqual(['d0', 'd1', 'd2', 'd6', 'd7', 'd8']);
  });

  it('finds a streak crossing the edge of the range, and drops one wholly outside', () => {
    const posts = daily('PPP....PPP'); // 9–11 Nov and 16–18 Nov
    const edge = warningsOf(posts, only('promo-streak'), { from: '2026-11-11', to: '2026-11-13' });
    expect(edge.map((w) => w.postIds)).toEqual([['d0', 'd1', 'd2']]);
    const none = warningsOf(posts, only('promo-streak'), { from: '2026-11-12', to: '2026-11-15' });
    expect(none).toEqual([]);
  });

  it('does nothing when disabled', () => {
    expect(warningsOf(daily('PPPPP'), ALL_OFF)).toEqual([]);
  });
});
