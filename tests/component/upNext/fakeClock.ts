import type { Clock } from '../../../renderer/features/upNext/useReminders';

/** A clock the test moves by hand: its timers run, in order, only when it is advanced past them. */
export const fakeClock = (start: string) => {
  let now = new Date(start).getTime();
  let seq = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => new Date(now),
    setTimeout: (run, ms) => {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), run });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  /** Moves the clock forward, running each timer at its moment. */
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next || next[1].at > end) break;
      timers.delete(next[0]);
      now = next[1].at;
      next[1].run();
    }
    now = end;
  };
  /** Jumps the clock without running timers (the machine slept). */
  const jump = (ms: number) => {
    now += ms;
  };
  return { clock, advance, jump, pending: () => timers.size };
};
