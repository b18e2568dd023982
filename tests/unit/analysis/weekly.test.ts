import { describe, expect, it } from 'vitest';
import type { AnalysisPost } from '../../../shared/analysis/types';
import type { WeekStart } from '../../../shared/model/enums';
import { post, utcDay } from './fixtures';
import { only, warningsOf } from './helpers';

// 2026-11-14 is a Saturday, 15 a Sunday, 16 a Monday.
const edgePosts = (): AnalysisPost[] => [
  post('2026-11-14', { id: 'sat' }),
  post('2026-11-15', { id: 'sun', invitesParticipation: true }),
  post('2026-11-16', { id: 'mon' }),
];

describe('a week without a post that invites participation', () => {
  it.each([
    { start: 1, name: 'Monday', weeks: ['2026-11-16'] },
    { start: 0, name: 'Sunday', weeks: ['2026-11-08'] },
    { start: 6, name: 'Saturday', weeks: [] },
  ] as const)('weeks starting on $name: the inviting Sunday post covers the right week', ({ start, weeks }) => {
    const w = warningsOf(edgePosts(), only('no-participation-week'), { weekStartsOn: start as WeekStart });
    expect(w.map((x) => x.period?.from)).toEqual(weeks);
    expect(w.map((x) => x.id)).toEqual(weeks.map((d) => `no-participation-week:${d}`));
  });

  it.each([
    { start: 1, from: '2026-11-09', to: '2026-11-15' },
    { start: 0, from: '2026-11-15', to: '2026-11-21' },
    { start: 6, from: '2026-11-14', to: '2026-11-20' },
  ] as const)('with week start $start, Sunday 15 Nov is in the week $from to $to', ({ start, from, to }) => {
    const w = warningsOf([post('2026-11-15', { id: 'sun' })], only('no-participation-week'), {
      weekStartsOn: start as WeekStart,
    });
    expect(w.map((x) => x.period)).toEqual([{ from, to }]);
  });

  it('counts formats that invite by nature (a poll) as inviting', () => {
    const posts = [post('2026-11-16'), post('2026-11-17', { format: 'poll' })];
    expect(warningsOf(posts, only('no-participation-week'))).toEqual([]);
  });

  it.each([
    { posts: 2, fires: false },
    { posts: 3, fires: true },
  ])('with minPosts 3, a silent week of $posts posts → $fires', ({ posts, fires }) => {
    const list = Array.from({ length: posts }, (_, i) => post(utcDay('2026-11-16', i)));
    expect(warningsOf(list, only('no-participation-week', { minPosts: 3 })).length).toBe(fires ? 1 : 0);
  });

  it('never warns about a week with no post at all', () => {
    const posts = [post('2026-11-02', { invitesParticipation: true }), post('2026-11-30', { invitesParticipation: true })];
    expect(warningsOf(posts, only('no-participation-week'))).toEqual([]);
  });

  it('says which week, in both languages', () => {
    const [one] = warningsOf([post('2026-11-18')], only('no-participation-week'));
    expect(one?.message.en).toBe('Week of 16 Nov: its only post does not invite participation (question, poll, contest…).');
    expect(one?.message.fr).toBe('Semaine du 16 nov. : sa seule publication n’invite pas à participer (question, sondage, concours…).');
    const [two] = warningsOf([post('2026-11-18'), post('2026-11-19')], only('no-participation-week'), { weekStartsOn: 0 });
    expect(two?.message.en).toBe('Week of 15 Nov: none of its 2 posts invites participation (question, poll, contest…).');
    expect(two?.message.fr).toBe('Semaine du 15 nov. : aucune de ses 2 publications n’invite à participer (question, sondage, concours…).');
  });
});

/** A week (from Monday 16 Nov 2026) of `total` posts, `playful` of them playful. */
const week = (playful: number, total: number, start = '2026-11-16'): AnalysisPost[] =>
  Array.from({ length: total }, (_, i) => post(utcDay(start, i % 7), { tone: i < playful ? 'playful' : 'serious' }));

describe('a week whose playful share is outside the target range', () => {
  it.each([
    { playful: 3, total: 10, fires: false, label: '30% exactly' },
    { playful: 5, total: 10, fires: false, label: '50% exactly' },
    { playful: 300, total: 1000, fires: false, label: '30.0%' },
    { playful: 500, total: 1000, fires: false, label: '50.0%' },
    { playful: 299, total: 1000, fires: true, label: '29.9%' },
    { playful: 501, total: 1000, fires: true, label: '50.1%' },
    { playful: 2, total: 10, fires: true, label: '20%' },
    { playful: 6, total: 10, fires: true, label: '60%' },
  ])('$label → $fires', ({ playful, total, fires }) => {
    const w = warningsOf(week(playful, total), only('playful-range', { minPosts: 1 }));
    expect(w.length).toBe(fires ? 1 : 0);
  });

  it.each([
    { posts: 2, fires: false },
    { posts: 3, fires: true },
  ])('with the default minimum of 3 posts, an all-serious week of $posts → $fires', ({ posts, fires }) => {
    expect(warningsOf(week(0, posts), only('playful-range')).length).toBe(fires ? 1 : 0);
  });

  // A serious Saturday 14, a playful Sunday 15, serious Tuesday to Thursday 17–19; target ≥ 25%.
  // Monday start: 17–19 are 0 of 3 (below). Sunday start: 15–19 are 1 of 4 = 25% (inside; the
  // Saturday alone is under the 3-post minimum). Saturday start: 14–19 are 1 of 5 = 20% (below).
  it.each([
    { start: 1, weeks: ['2026-11-16'] },
    { start: 0, weeks: [] },
    { start: 6, weeks: ['2026-11-14'] },
  ] as const)('week start $start decides which week the playful Sunday lifts', ({ start, weeks }) => {
    const posts = [
      post('2026-11-14', { id: 'sat' }),
      post('2026-11-15', { id: 'sun', tone: 'playful' }),
      post('2026-11-17'),
      post('2026-11-18'),
      post('2026-11-19'),
    ];
    const w = warningsOf(posts, only('playful-range', { min: 0.25, minPosts: 3 }), { weekStartsOn: start as WeekStart });
    expect(w.map((x) => x.period?.from)).toEqual(weeks);
  });

  it('says the share and the target, rounded away from the bound, in both languages', () => {
    const [below] = warningsOf(week(299, 1000), only('playful-range', { minPosts: 1 }));
    expect(below?.message.en).toBe('Week of 16 Nov: 29.9% playful posts (299 of 1000), below the target of 30% to 50%.');
    expect(below?.message.fr).toBe(
      'Semaine du 16 nov. : 29,9 % de publications ludiques (299 sur 1000), sous la cible de 30 % à 50 %.',
    );
    const [above] = warningsOf(week(5001, 10000), only('playful-range', { minPosts: 1 }));
    expect(above?.message.en).toContain('50.1% playful posts (5001 of 10000), above the target');
    expect(above?.message.fr).toContain('au-dessus de la cible');
  });
});
