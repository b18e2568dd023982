import { describe, expect, it } from 'vitest';
import { duplicatePosts, postsBetween, shiftPosts, weekOffset, weekStartOf } from '../../../shared/bulk';
import type { Post } from '../../../shared/model/post';

const post = (id: string, date: string | null, time: string | null = null, status: Post['status'] = 'draft'): Post => ({
  id,
  clientId: 'c',
  title: id,
  caption: '',
  date,
  time,
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  intentSource: 'user',
  participationSource: 'user',
  status: date === null ? 'idea' : status,
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('week actions', () => {
  const week = [post('mon', '2026-10-19', '09:00'), post('sun', '2026-10-25', '02:30'), post('next', '2026-10-26'), post('idea', null)];

  it('selects the posts of an inclusive range, never undated ideas', () => {
    expect(postsBetween(week, '2026-10-19', '2026-10-25').map((p) => p.id)).toEqual(['mon', 'sun']);
  });

  it('shifts by calendar days across the October daylight-saving change, times untouched', () => {
    const moved = shiftPosts(postsBetween(week, '2026-10-19', '2026-10-25'), 7);
    expect(moved.map((p) => [p.date, p.time])).toEqual([
      ['2026-10-26', '09:00'],
      ['2026-11-01', '02:30'],
    ]);
    expect(shiftPosts(moved, -7).map((p) => p.date)).toEqual(['2026-10-19', '2026-10-25']);
  });

  it('duplicates with new ids, kept times, and published or scheduled copies as drafts', () => {
    let n = 0;
    const originals = [post('a', '2026-11-02', '08:00', 'published'), post('b', '2026-11-03', null, 'scheduled'), post('c', '2026-11-04', '12:00', 'ready')];
    const copies = duplicatePosts(originals, 14, { id: () => `copy-${++n}`, now: '2026-11-24T10:00:00.000Z' });
    expect(copies.map((p) => [p.id, p.date, p.time, p.status])).toEqual([
      ['copy-1', '2026-11-16', '08:00', 'draft'],
      ['copy-2', '2026-11-17', null, 'draft'],
      ['copy-3', '2026-11-18', '12:00', 'ready'],
    ]);
    expect(copies.every((p) => p.createdAt === '2026-11-24T10:00:00.000Z')).toBe(true);
  });

  it('measures whole weeks between two days for each week start', () => {
    expect(weekOffset('2026-11-25', '2026-12-03', 1)).toBe(7);
    expect(weekOffset('2026-11-25', '2026-12-07', 1)).toBe(14);
    // Sunday 29 Nov starts a new week when weeks start on Sunday, not when they start on Monday.
    expect(weekOffset('2026-11-25', '2026-11-29', 0)).toBe(7);
    expect(weekOffset('2026-11-25', '2026-11-29', 1)).toBe(0);
    expect(weekStartOf('2026-11-25', 6)).toBe('2026-11-21');
  });
});
