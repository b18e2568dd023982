import { describe, expect, it } from 'vitest';
import {
  expandSeries,
  occurrencesFrom,
  occurrencesOf,
  splitSeries,
  type SeriesOccurrence,
  type SeriesRule,
} from '../../../shared/series';

const posts: SeriesOccurrence[] = [
  { id: 'c', date: '2026-03-16', seriesId: 's1' },
  { id: 'x', date: '2026-03-09', seriesId: 's2' },
  { id: 'a', date: '2026-03-02', seriesId: 's1' },
  { id: 'idea', date: null, seriesId: 's1' },
  { id: 'b', date: '2026-03-09', seriesId: 's1' },
  { id: 'b2', date: '2026-03-09', seriesId: 's1' },
  { id: 'lone', date: '2026-03-09', seriesId: null },
];

describe('occurrencesOf ("all occurrences")', () => {
  it('lists the series’ posts by day, ties by id, posts without a day last', () => {
    expect(occurrencesOf(posts, 's1')).toEqual(['a', 'b', 'b2', 'c', 'idea']);
    expect(occurrencesOf(posts, 's2')).toEqual(['x']);
    expect(occurrencesOf(posts, 'none')).toEqual([]);
  });

  it('does not reorder the caller’s array', () => {
    const copy = [...posts];
    occurrencesOf(posts, 's1');
    expect(posts).toEqual(copy);
  });
});

describe('occurrencesFrom ("this and following")', () => {
  it('takes the series’ posts on that day or later, not other series nor posts without a day', () => {
    expect(occurrencesFrom(posts, 's1', '2026-03-09')).toEqual(['b', 'b2', 'c']);
    expect(occurrencesFrom(posts, 's1', '2026-03-10')).toEqual(['c']);
    expect(occurrencesFrom(posts, 's1', '2026-01-01')).toEqual(['a', 'b', 'b2', 'c']);
    expect(occurrencesFrom(posts, 's1', '2026-04-01')).toEqual([]);
  });

  it('goes by day, so an occurrence moved before the edited one is not "following"', () => {
    const moved = posts.map((p) => (p.id === 'c' ? { ...p, date: '2026-03-01' } : p));
    expect(occurrencesFrom(moved, 's1', '2026-03-09')).toEqual(['b', 'b2']);
  });
});

describe('splitSeries ("edit this and following")', () => {
  const rule: SeriesRule = { freq: 'weekly', interval: 2, weekdays: [2, 4], end: { kind: 'count', count: 6 } };
  const start = '2026-12-15';

  it('shares a count between the part kept and the part that changes', () => {
    const { before, after } = splitSeries(rule, start, '2026-12-31', 1);
    expect(before).toEqual({ ...rule, end: { kind: 'count', count: 3 } });
    expect(after).toEqual({ rule: { ...rule, end: { kind: 'count', count: 3 } }, start: '2026-12-31' });
    expect(expandSeries(after!.rule, after!.start, 1)).toEqual(['2026-12-31', '2027-01-12', '2027-01-14']);
  });

  it('ends the kept part on its last occurrence when the series ends on a day', () => {
    const monthly: SeriesRule = {
      freq: 'monthly',
      interval: 1,
      monthlyBy: 'dayOfMonth',
      end: { kind: 'until', until: '2026-12-31' },
    };
    const { before, after } = splitSeries(monthly, '2026-01-31', '2026-06-15', 1);
    expect(before).toEqual({ ...monthly, end: { kind: 'until', until: '2026-05-31' } });
    expect(after).toEqual({ rule: monthly, start: '2026-07-31' });
  });

  it('gives no kept part from the first occurrence, and no changed part after the last', () => {
    expect(splitSeries(rule, start, start, 1).before).toBeNull();
    expect(splitSeries(rule, start, '2027-02-01', 1).after).toBeNull();
  });
});
