import { useEffect, useRef, useState } from 'react';
import type { Schedule, ScheduleEntry } from '../../../shared/publishing/reminders';

/**
 * The reminder timer: one setTimeout, re-armed whenever the schedule changes, that notifies each
 * reminder as its moment passes; at start, the reminders that fell due while Cadence was closed.
 *
 * TRAP: nothing here reads the clock directly: `clock` is injected (tests pass a fake one or use
 * vi.useFakeTimers, whose Date and setTimeout move together).
 * - The timer waits at most MAX_WAIT, then checks again: a laptop that slept through a reminder, or a
 *   background tab whose timers the browser throttled, catches up within a minute of waking instead
 *   of hours late (a 3-hour setTimeout does not count the time asleep).
 * - Each check notifies schedule.dueBetween(lastChecked, now): half-open windows, so a reminder is
 *   neither missed nor repeated however the checks fall. A post edited so that its reminder moment is
 *   already past is not notified (it never "became" due while watched).
 * - `seenAt` is stored at start and whenever a reminder fires: between two fires nothing fell due, so
 *   the next start's dueBetween(seenAt, start) is exactly what was missed while closed.
 * - With two Cadence windows, only the one holding the 'cadence-reminders' Web Lock runs the timer
 *   (the lock passes to another window when it closes): one notification per reminder, not one per window.
 */

export type Clock = {
  now: () => Date;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

export const MAX_WAIT = 60_000;

export type ReminderOptions = {
  /** Null while the posts or settings load. */
  schedule: Schedule | null;
  /** The stored last-checked instant (settings.remindersSeenAt): undefined while settings load, null for never. */
  seenAt: string | null | undefined;
  clock?: Clock;
  onRemind: (entries: ScheduleEntry[]) => void;
  onMissed: (entries: ScheduleEntry[]) => void;
  onSeen: (instant: Date) => void;
  /** False in a window that does not hold the reminder lock (see the module comment). */
  leader?: boolean;
};

const parseSeen = (value: string | null | undefined): Date | null => {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
};

export const useReminders = ({ schedule, seenAt, clock = systemClock, onRemind, onMissed, onSeen, leader = true }: ReminderOptions): void => {
  const checked = useRef<Date | null>(null);
  const callbacks = useRef({ onRemind, onMissed, onSeen });
  // The latest callbacks, without re-arming the timer when they change.
  useEffect(() => {
    callbacks.current = { onRemind, onMissed, onSeen };
  });

  // Start: what fell due since the last check of an earlier session.
  const ready = schedule !== null && seenAt !== undefined && leader;
  useEffect(() => {
    if (!ready || checked.current !== null || !schedule) return;
    const start = clock.now();
    const seen = parseSeen(seenAt);
    checked.current = start;
    if (seen && seen.getTime() < start.getTime()) {
      const missed = schedule.dueBetween(seen, start);
      if (missed.length > 0) callbacks.current.onMissed(missed);
    }
    callbacks.current.onSeen(start);
  }, [ready, schedule, seenAt, clock]);

  // One timer, re-armed on every change of the schedule.
  useEffect(() => {
    if (!ready || !schedule) return;
    let handle: unknown = null;
    const check = () => {
      const now = clock.now();
      const from = checked.current ?? now;
      const due = schedule.dueBetween(from, now);
      checked.current = now;
      if (due.length > 0) {
        callbacks.current.onRemind(due);
        callbacks.current.onSeen(now);
      }
      const next = schedule.nextReminder(now);
      if (next?.remindAt) {
        const wait = Math.max(0, Math.min(next.remindAt.getTime() - now.getTime(), MAX_WAIT));
        handle = clock.setTimeout(check, wait);
      }
    };
    check();
    return () => {
      if (handle !== null) clock.clearTimeout(handle);
    };
  }, [ready, schedule, clock]);
};

/** True in the one window that holds the reminder lock (always true where Web Locks are missing). */
export const useReminderLeader = (): boolean => {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const [leader, setLeader] = useState(!locks);
  useEffect(() => {
    if (!locks) return;
    const abort = new AbortController();
    let release: (() => void) | null = null;
    locks
      .request('cadence-reminders', { signal: abort.signal }, () => {
        setLeader(true);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(() => undefined);
    return () => {
      abort.abort();
      (release as (() => void) | null)?.();
      setLeader(false);
    };
  }, [locks]);
  return leader;
};
