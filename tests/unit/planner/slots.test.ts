import { describe, expect, it } from 'vitest';
import { planSlots } from '../../../shared/planner/slots';
import { existing, RHYTHM } from './fixtures';

const base = { posts: [], rhythm: RHYTHM, weekStartsOn: 1 as const };

describe('rhythm slots', () => {
  it('gives every weekday and time of a full week, in calendar order', () => {
    // 2026-12-07 is a Monday.
    expect(planSlots({ ...base, from: '2026-12-07', to: '2026-12-13' })).toEqual([
      { date: '2026-12-07', time: '12:30', channel: 'instagram' },
      { date: '2026-12-08', time: '08:30', channel: 'linkedin' },
      { date: '2026-12-09', time: '12:30', channel: 'instagram' },
      { date: '2026-12-10', time: '08:30', channel: 'linkedin' },
      { date: '2026-12-11', time: '12:30', channel: 'instagram' },
    ]);
  });

  it('counts existing posts of the channel in the week, never moves them, and spreads what is left', () => {
    const posts = [existing('2026-12-09', { channel: 'instagram', time: '17:00' })];
    const slots = planSlots({ ...base, posts, from: '2026-12-07', to: '2026-12-13' }).filter((s) => s.channel === 'instagram');
    // Wednesday already has a post: Monday and Friday get the other two.
    expect(slots.map((s) => s.date)).toEqual(['2026-12-07', '2026-12-11']);
  });

  it('spreads fewer posts than days over the week (Mon/Wed/Fri, 2 a week: Monday and Friday)', () => {
    const rhythm = [{ channel: 'instagram' as const, perWeek: 2, days: [1, 3, 5], times: ['12:30'] }];
    expect(planSlots({ ...base, rhythm, from: '2026-12-07', to: '2026-12-13' }).map((s) => s.date)).toEqual(['2026-12-07', '2026-12-11']);
  });

  it('puts one post a day before doubling up, earliest time first', () => {
    const rhythm = [{ channel: 'instagram' as const, perWeek: 3, days: [1, 3], times: ['18:00', '09:00'] }];
    expect(planSlots({ ...base, rhythm, from: '2026-12-07', to: '2026-12-13' })).toEqual([
      { date: '2026-12-07', time: '09:00', channel: 'instagram' },
      { date: '2026-12-07', time: '18:00', channel: 'instagram' },
      { date: '2026-12-09', time: '09:00', channel: 'instagram' },
    ]);
  });

  it('scales a week cut by the range to the part of its weekdays inside it', () => {
    // Thu 3 Dec to Sun 6 Dec: Instagram has Friday of Mon/Wed/Fri inside (3 × 1/3 = 1), LinkedIn Thursday (2 × 1/2 = 1).
    const slots = planSlots({ ...base, from: '2026-12-03', to: '2026-12-06' });
    expect(slots).toEqual([
      { date: '2026-12-03', time: '08:30', channel: 'linkedin' },
      { date: '2026-12-04', time: '12:30', channel: 'instagram' },
    ]);
  });

  it('proposes nothing before today', () => {
    const slots = planSlots({ ...base, from: '2026-12-07', to: '2026-12-13', today: '2026-12-10' });
    expect(slots.every((s) => s.date >= '2026-12-10')).toBe(true);
    expect(slots.map((s) => s.date)).toEqual(['2026-12-10', '2026-12-11']);
  });

  it('follows the client week start: a Sunday belongs to the next week when weeks start on Sunday', () => {
    const rhythm = [{ channel: 'instagram' as const, perWeek: 1, days: [0, 6], times: ['10:00'] }];
    // Sat 12 and Sun 13 Dec: with Monday weeks they share a week (1 post); with Sunday weeks they do not (1 each).
    expect(planSlots({ ...base, rhythm, from: '2026-12-12', to: '2026-12-13' })).toHaveLength(1);
    expect(planSlots({ ...base, rhythm, weekStartsOn: 0, from: '2026-12-12', to: '2026-12-13' })).toHaveLength(2);
  });

  it('gives nothing for an empty or reversed range', () => {
    expect(planSlots({ ...base, from: '2026-12-13', to: '2026-12-07' })).toEqual([]);
  });
});
