import { useCallback, useSyncExternalStore } from 'react';
import { TZDate } from '@date-fns/tz';

const TICK_MS = 30_000;

const subscribe = (onChange: () => void) => {
  const id = window.setInterval(onChange, TICK_MS);
  return () => window.clearInterval(id);
};

/**
 * Minutes since midnight now, in the client's time zone (the one its posts' times are written in),
 * refreshed every 30 s. A number snapshot, so React re-renders only when the minute changes.
 */
export const useNowMinutes = (timeZone: string | undefined): number => {
  const read = useCallback(() => {
    const now = timeZone ? new TZDate(Date.now(), timeZone) : new Date();
    return now.getHours() * 60 + now.getMinutes();
  }, [timeZone]);
  return useSyncExternalStore(subscribe, read, read);
};
