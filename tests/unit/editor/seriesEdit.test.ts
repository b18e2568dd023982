import { describe, expect, it } from 'vitest';
import type { Post, PostInput } from '../../../shared/model/post';
import type { SeriesRule } from '../../../shared/series';
import { createSeries, deleteInSeries, saveInSeries } from '../../../renderer/features/editor/seriesEdit';

const weekly: SeriesRule = { freq: 'weekly', interval: 1, weekdays: [2, 4], end: { kind: 'count', count: 4 } };
const input = (over: Partial<PostInput> = {}): PostInput => ({
  clientId: 'c1',
  title: 'Tip',
  caption: '',
  date: '2026-11-03',
  time: '08:30',
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  intentSource: 'user',
  participationSource: 'user',
  status: 'draft',
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  ...over,
});

let n = 0;
const make = { id: () => `id${++n}`, now: '2026-11-24T10:00:00.000Z' };
const series = (): Post[] => {
  n = 0;
  return createSeries(input(), weekly, 1, make);
};

describe('series edits', () => {
  it('creates one post per occurrence, all sharing the series', () => {
    const posts = series();
    expect(posts.map((p) => p.date)).toEqual(['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12']);
    expect(new Set(posts.map((p) => p.series?.id)).size).toBe(1);
    expect(posts.every((p) => p.time === '08:30' && p.series?.start === '2026-11-03')).toBe(true);
  });

  it('"this and following" with the same rule edits those posts and keeps earlier ones as they were', () => {
    const posts = series();
    const third = posts[2]!;
    const change = saveInSeries(third, input({ title: 'New', time: '09:00', date: third.date }), weekly, 'following', posts, 1, make);
    const byId = new Map(change.upserts.map((p) => [p.id, p]));
    expect(change.deletes).toEqual([]);
    expect([byId.get(posts[2]!.id)?.title, byId.get(posts[3]!.id)?.title]).toEqual(['New', 'New']);
    expect(byId.get(posts[3]!.id)?.date).toBe('2026-11-12');
    expect(byId.get(posts[3]!.id)?.series?.id).toBe(posts[0]!.series?.id);
    // Earlier posts are rewritten only to end their rule before the cut, never retitled.
    expect(byId.get(posts[0]!.id)?.title).toBe('Tip');
    expect(byId.get(posts[0]!.id)?.series?.rule.end).toEqual({ kind: 'count', count: 2 });
  });

  it('a changed rule replaces the following posts with a new series from that day', () => {
    const posts = series();
    const monthly: SeriesRule = { freq: 'monthly', interval: 1, monthlyBy: 'dayOfMonth', end: { kind: 'count', count: 2 } };
    const change = saveInSeries(posts[2]!, input({ date: '2026-11-10' }), monthly, 'following', posts, 1, make);
    expect(change.deletes.sort()).toEqual([posts[2]!.id, posts[3]!.id].sort());
    const fresh = change.upserts.filter((p) => p.series?.rule.freq === 'monthly');
    expect(fresh.map((p) => p.date)).toEqual(['2026-11-10', '2026-12-10']);
  });

  it('"this post only" changes one post and keeps it in the series', () => {
    const posts = series();
    const change = saveInSeries(posts[1]!, input({ title: 'Special', date: '2026-11-05' }), weekly, 'one', posts, 1, make);
    expect(change.upserts).toHaveLength(1);
    expect(change.upserts[0]).toMatchObject({ id: posts[1]!.id, title: 'Special', series: posts[1]!.series });
  });

  it('deletes one, or it and every later occurrence', () => {
    const posts = series();
    expect(deleteInSeries(posts[1]!, 'one', posts).deletes).toEqual([posts[1]!.id]);
    expect(deleteInSeries(posts[1]!, 'following', posts).deletes.sort()).toEqual(posts.slice(1).map((p) => p.id).sort());
  });
});
