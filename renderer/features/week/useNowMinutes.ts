import { useCallback, useMemo, useSyncExternalStore } from 'react';

const TICK_MS = 30_000;

const subscribe = (onChange: () => void) => {
  const id = window.setInterval(onChange, TICK_MS);
  return () => window.clearInterval(id);
};

/**
 * Minutes since midnight now, in the client's time zone (the one its posts' times are written in),
 * refreshed every 30 s. A number snapshot, so React re-renders only when the minute changes.
 * Intl rather than a TZDate: it reads only Date.now(), so it also holds under a mocked clock.
 */
export const useNowMinutes = (timeZone: string | undefined): number => {
  const clock = useMemo(
    () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    [timeZone],
  );
  const read = useCallback(() => {
    const parts = clock.formatToParts(Date.now());
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return part('hour') * 60 + part('minute');
  }, [clock]);
  return useSyncExternalStore(subscribe, read, read);
};
