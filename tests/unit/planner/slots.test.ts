import { describe, expect, it } from 'vitest';
import { planSlots } from '../../../shared/planner/slots';
import { existing, RHYTHM, rulesWith } from './fixtures';

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

  it('given the rules, prefers a slot that breaks an existing streak or repeat over the earliest one', () => {
    // Facebook promotions on Wed 9 and Sat 12 Dec form a streak across channels (at most 1 in a row):
    // of Instagram's Tue and Fri, Friday falls between them.
    const posts = ['2026-12-09', '2026-12-12'].map((d) => existing(d, { channel: 'facebook', intent: 'promotional' }));
    const rhythm = [{ channel: 'instagram' as const, perWeek: 1, days: [2, 5], times: ['12:30'] }];
    const rules = rulesWith({ 'promo-streak': { maxInARow: 1, scope: 'all' } });
    const range = { from: '2026-12-07', to: '2026-12-13' };
    expect(planSlots({ ...base, posts, rhythm, ...range }).map((s) => s.date)).toEqual(['2026-12-08']);
    expect(planSlots({ ...base, posts, rhythm, rules, ...range }).map((s) => s.date)).toEqual(['2026-12-11']);
    // Within a day, the time inside the run: memes at 10:00 and 14:00 on Tue 8 Dec (repeat of 2 on Instagram).
    const memes = ['10:00', '14:00'].map((time) => existing('2026-12-08', { time, format: 'meme' }));
    const twoTimes = [{ channel: 'instagram' as const, perWeek: 3, days: [2], times: ['09:00', '12:00', '18:00'] }];
    const repeatRules = rulesWith({ 'format-repeat': { repeatCount: 2, scope: 'channel' }, 'channel-frequency': { enabled: false } });
    expect(planSlots({ ...base, posts: memes, rhythm: twoTimes, rules: repeatRules, ...range, to: '2026-12-08' }).map((s) => s.time)).toEqual(['12:00']);
  });

  it('given the rules, does not double a day up past the guide even to break a streak', () => {
    // Facebook promotions at 08:00 and 20:00 on Wed 9 Dec (at most 1 in a row, across channels); LinkedIn
    // already has a post that Wednesday at 21:00, its guide of 1 a day. Wednesday's 08:30 or 17:00 would
    // break the streak but double LinkedIn up: Monday instead.
    const posts = [
      existing('2026-12-09', { channel: 'facebook', intent: 'promotional', time: '08:00' }),
      existing('2026-12-09', { channel: 'facebook', intent: 'promotional', time: '20:00' }),
      existing('2026-12-09', { channel: 'linkedin', time: '21:00' }),
    ];
    const rhythm = [{ channel: 'linkedin' as const, perWeek: 2, days: [1, 3], times: ['08:30', '17:00'] }];
    const range = { from: '2026-12-07', to: '2026-12-13' };
    const streak = { 'promo-streak': { maxInARow: 1, scope: 'all' as const } };
    expect(planSlots({ ...base, posts, rhythm, rules: rulesWith(streak), ...range }).map((s) => s.date)).toEqual(['2026-12-07']);
    // With a guide of 2 LinkedIn posts a day, breaking the streak wins.
    const roomy = rulesWith({ ...streak, 'channel-frequency': { maxPerDay: { ...rulesWith()['channel-frequency'].maxPerDay, linkedin: 2 } } });
    expect(planSlots({ ...base, posts, rhythm, rules: roomy, ...range })).toEqual([{ date: '2026-12-09', time: '08:30', channel: 'linkedin' }]);
  });
});
