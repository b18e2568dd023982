import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import type { AnalysisPost } from '../../../shared/analysis/types';
import { post, prng, promo, utcDay } from './fixtures';

// `prepare` orders posts by one of three paths (input sorted by day with small days; days in a
// bounded range; days spread over centuries). Whatever the path, the calendar order is the same:
// date, then time with untimed first, then id.
const options = { rules: DEFAULT_RULES, weekStartsOn: 1 as const };
// JSON writes the lazily written messages, so comparisons include them.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const calendarIds = (posts: readonly AnalysisPost[]) => analyze(posts, options).streakPostIds;
const shuffle = <T>(list: readonly T[], seed: number): T[] => {
  const rand = prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe('calendar order of the posts analysed', () => {
  it('orders a day by time, untimed first, then by id, when the input is sorted by day', () => {
    const day = '2026-03-02';
    const posts = [
      promo(day, { id: 'c', time: '09:00' }),
      promo(day, { id: 'b', time: null }),
      promo(day, { id: 'a', time: '09:00' }),
      promo(day, { id: 'd', time: '08:00' }),
      promo('2026-03-03', { id: 'e', time: '07:00' }),
    ];
    expect(calendarIds(posts)).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(calendarIds(shuffle(posts, 1))).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('orders a day of more than 32 posts the same way, sorted or not', () => {
    const posts = Array.from({ length: 40 }, (_, i) =>
      promo('2026-03-02', { id: `q${String(39 - i).padStart(2, '0')}`, time: i % 3 === 0 ? null : `1${i % 4}:00` }),
    );
    const expected = [...posts]
      .sort((a, b) => ((a.time ?? '') < (b.time ?? '') ? -1 : (a.time ?? '') > (b.time ?? '') ? 1 : a.id < b.id ? -1 : 1))
      .map((p) => p.id);
    expect(calendarIds(posts)).toEqual(expected);
    expect(calendarIds(shuffle(posts, 2))).toEqual(expected);
  });

  it('orders days decades apart, and skips impossible dates', () => {
    const days = ['1990-05-06', '2026-01-01', '2069-12-31', '2026-01-02', '2050-07-14', '1968-02-28'];
    const posts = [
      ...days.map((d, i) => promo(d, { id: `x${i}` })),
      promo('2026-02-30', { id: 'bad1' }),
      promo('2026-13-01', { id: 'bad2' }),
      promo('2026-1-05', { id: 'bad3' }),
      promo('20260105', { id: 'bad4' }),
    ];
    const expected = ['x5', 'x0', 'x1', 'x3', 'x4', 'x2'];
    expect(calendarIds(posts)).toEqual(expected);
    expect(calendarIds([...posts].reverse())).toEqual(expected);
  });

  it('gives the same analysis for a sorted, a reversed and a shuffled calendar', () => {
    const rand = prng(7);
    const posts = Array.from({ length: 600 }, (_, i) =>
      post(utcDay('2026-01-01', Math.floor(i / 3)), {
        id: `r${String(Math.floor(rand() * 1e6)).padStart(6, '0')}-${i}`,
        time: rand() < 0.2 ? null : `${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}:${rand() < 0.5 ? '00' : '30'}`,
        intent: rand() < 0.35 ? 'promotional' : 'informative',
        format: rand() < 0.5 ? 'image' : 'video',
        channel: rand() < 0.5 ? 'instagram' : 'x',
      }),
    );
    const sorted = plain(analyze(posts, options));
    expect(analyze(posts, options).warnings.length).toBeGreaterThan(10);
    expect(plain(analyze([...posts].reverse(), options))).toEqual(sorted);
    expect(plain(analyze(shuffle(posts, 3), options))).toEqual(sorted);
  });
});
