// The reminder timer (issue 16) driven by a hand-moved clock: a reminder fires once at its moment,
// the timer is re-armed when the schedule changes, a sleeping machine catches up within a minute of
// waking, reminders missed while closed are listed at start, and daylight-saving days and time zones
// give the right moment (the schedule's own rules are tested in tests/unit/publishing/reminders.test.ts).
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildSchedule, type SchedulePost } from '../../../shared/publishing/reminders';
import { MAX_WAIT, useReminders, type ReminderOptions } from '../../../renderer/features/upNext/useReminders';
import { fakeClock } from './fakeClock';

const PARIS = { id: 'paris', timeZone: 'Europe/Paris', reminders: { enabled: true, minutesBefore: 15 } };
const TOKYO = { id: 'tokyo', timeZone: 'Asia/Tokyo', reminders: { enabled: true, minutesBefore: 60 } };
const OFF = { id: 'off', timeZone: 'Europe/Paris', reminders: { enabled: false, minutesBefore: 15 } };
const post = (id: string, clientId: string, date: string, time: string | null, status: SchedulePost['status'] = 'scheduled'): SchedulePost => ({ id, clientId, date, time, status });

const setup = (start: string, posts: SchedulePost[], seenAt: string | null = null) => {
  const fake = fakeClock(start);
  const onRemind = vi.fn();
  const onMissed = vi.fn();
  const onSeen = vi.fn();
  const props = (list: SchedulePost[]): ReminderOptions => ({
    schedule: buildSchedule(list, [PARIS, TOKYO, OFF]),
    seenAt,
    clock: fake.clock,
    onRemind,
    onMissed,
    onSeen,
  });
  const hook = renderHook((p: ReminderOptions) => useReminders(p), { initialProps: props(posts) });
  const reminded = () => onRemind.mock.calls.flatMap(([entries]) => (entries as { postId: string }[]).map((e) => e.postId));
  const advance = (ms: number) => act(() => fake.advance(ms));
  return { ...fake, hook, props, onRemind, onMissed, onSeen, reminded, advance };
};

const MIN = 60_000;

describe('useReminders', () => {
  it('reminds once, at minutesBefore its time in the client’s zone, and never for reminders off or published posts', () => {
    // 09:00 UTC = 10:00 in Paris. Launch at 10:30 Paris → reminder 10:15 Paris = 09:15 UTC.
    const s = setup('2026-11-24T09:00:00.000Z', [
      post('launch', 'paris', '2026-11-24', '10:30'),
      post('quiet', 'off', '2026-11-24', '10:30'),
      post('done', 'paris', '2026-11-24', '10:30', 'published'),
    ]);
    s.advance(14 * MIN);
    expect(s.reminded()).toEqual([]);
    s.advance(1 * MIN);
    expect(s.reminded()).toEqual(['launch']);
    s.advance(120 * MIN);
    expect(s.reminded()).toEqual(['launch']);
    expect(s.onSeen).toHaveBeenCalledWith(new Date('2026-11-24T09:15:00.000Z'));
  });

  it('orders reminders across time zones by their instant (Paris 10:00 is 09:00 UTC, Tokyo 19:00 is 10:00 UTC)', () => {
    // Reminders: Paris 15 min before 09:00 UTC = 08:45 UTC; Tokyo 60 min before 10:00 UTC = 09:00 UTC.
    const s = setup('2026-11-24T08:30:00.000Z', [post('tokyo-19', 'tokyo', '2026-11-24', '19:00'), post('paris-10', 'paris', '2026-11-24', '10:00')]);
    s.advance(14 * MIN);
    expect(s.reminded()).toEqual([]);
    s.advance(1 * MIN);
    expect(s.reminded()).toEqual(['paris-10']);
    s.advance(14 * MIN);
    expect(s.reminded()).toEqual(['paris-10']);
    s.advance(1 * MIN);
    expect(s.reminded()).toEqual(['paris-10', 'tokyo-19']);
  });

  it('keeps one timer and re-arms it when the schedule changes: a post added later is reminded, a removed one is not', () => {
    const s = setup('2026-11-24T09:00:00.000Z', [post('a', 'paris', '2026-11-24', '12:00')]);
    expect(s.pending()).toBe(1);
    s.hook.rerender(s.props([post('b', 'paris', '2026-11-24', '10:30')]));
    expect(s.pending()).toBe(1);
    s.advance(4 * 60 * MIN);
    expect(s.reminded()).toEqual(['b']);
  });

  it('waits at most a minute between checks, so a machine that slept catches up within a minute of waking', () => {
    const s = setup('2026-11-24T06:00:00.000Z', [post('noon', 'paris', '2026-11-24', '12:00')]);
    // The timer is set for at most MAX_WAIT; the machine sleeps 5 hours without running it.
    act(() => s.jump(5 * 60 * MIN));
    expect(s.reminded()).toEqual([]);
    s.advance(MAX_WAIT);
    expect(s.reminded()).toEqual(['noon']);
  });

  it('lists at start the reminders that fell due since the last check, and no reminder for them', () => {
    const s = setup('2026-11-24T12:00:00.000Z', [post('morning', 'paris', '2026-11-24', '10:00'), post('evening', 'paris', '2026-11-24', '18:00')], '2026-11-24T07:00:00.000Z');
    expect(s.onMissed).toHaveBeenCalledOnce();
    expect(s.onMissed.mock.calls[0]![0].map((e: { postId: string }) => e.postId)).toEqual(['morning']);
    expect(s.onSeen).toHaveBeenCalledWith(new Date('2026-11-24T12:00:00.000Z'));
    s.advance(60 * MIN);
    expect(s.reminded()).toEqual([]);
  });

  it('lists nothing at the very first start (never checked before)', () => {
    const s = setup('2026-11-24T12:00:00.000Z', [post('morning', 'paris', '2026-11-24', '10:00')], null);
    expect(s.onMissed).not.toHaveBeenCalled();
  });

  it('on the spring-forward day, a post at 02:30 (in the gap) is reminded 15 real minutes before 03:30 CEST', () => {
    // 2027-03-28 in Paris: 02:00 CET jumps to 03:00 CEST. 02:30 reads as 03:30 CEST = 01:30 UTC; reminder 01:15 UTC.
    const s = setup('2027-03-28T00:00:00.000Z', [post('gap', 'paris', '2027-03-28', '02:30')]);
    s.advance(74 * MIN);
    expect(s.reminded()).toEqual([]);
    s.advance(1 * MIN);
    expect(s.reminded()).toEqual(['gap']);
  });

  it('on the fall-back day, a post at 02:30 (twice on the wall clock) is reminded once, before the first 02:30', () => {
    // 2026-10-25 in Paris: 03:00 CEST goes back to 02:00 CET. First 02:30 is CEST = 00:30 UTC; reminder 00:15 UTC.
    const s = setup('2026-10-25T00:00:00.000Z', [post('twice', 'paris', '2026-10-25', '02:30')]);
    s.advance(15 * MIN);
    expect(s.reminded()).toEqual(['twice']);
    s.advance(3 * 60 * MIN);
    expect(s.reminded()).toEqual(['twice']);
  });

  it('runs nothing until the settings have loaded, and stops its timer when unmounted', () => {
    const fake = fakeClock('2026-11-24T09:00:00.000Z');
    const onRemind = vi.fn();
    const schedule = buildSchedule([post('launch', 'paris', '2026-11-24', '10:30')], [PARIS]);
    const hook = renderHook((p: ReminderOptions) => useReminders(p), {
      initialProps: { schedule, seenAt: undefined, clock: fake.clock, onRemind, onMissed: vi.fn(), onSeen: vi.fn() } as ReminderOptions,
    });
    expect(fake.pending()).toBe(0);
    hook.rerender({ schedule, seenAt: null, clock: fake.clock, onRemind, onMissed: vi.fn(), onSeen: vi.fn() });
    expect(fake.pending()).toBe(1);
    hook.unmount();
    expect(fake.pending()).toBe(0);
  });
});
