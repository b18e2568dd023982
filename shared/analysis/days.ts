/**
 * Day numbers: calendar days counted from 2000-01-01 (internal to shared/analysis).
 *
 * TRAP (dates): a day is a local calendar date. Day numbers are counted with date-fns'
 * `differenceInCalendarDays` between local noons, and turned back into days with `addDays`, so a
 * daylight-saving change never makes a day 23 or 25 hours "long" or shifts a post. Adding 1 to a
 * day number is adding a calendar day. Both directions are cached per day: 100,000 posts rarely
 * span more than a few hundred days.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import { dateToDay, type Day } from '../dates';

// A local noon, like `dayToDate` but without date-fns' `parse`, which costs ~10 µs a call.
const localNoon = (day: Day): Date =>
  new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
// Re-created at each use rather than kept: a Date is an instant, and if the machine's zone changes
// while the app runs (a laptop crossing zones), a kept instant would fall on another local day.
const epoch = (): Date => localNoon('2000-01-01');
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

const dayOfIdx = new Map<number, Day>();

/** The day number of a day, or null for a string that is not a real calendar day. Uncached: see `dayIndex`. */
export const dayNumberOf = (day: Day): number | null => {
  if (!DAY_RE.test(day)) return null;
  const d = localNoon(day);
  return dateToDay(d) === day ? differenceInCalendarDays(d, epoch()) : null;
};

/** The day of a day number (calendar arithmetic with date-fns' addDays on a local date). */
export const dayAt = (idx: number): Day => {
  let day = dayOfIdx.get(idx);
  if (day === undefined) {
    day = dateToDay(addDays(epoch(), idx));
    if (dayOfIdx.size > 50_000) dayOfIdx.clear();
    dayOfIdx.set(idx, day);
  }
  return day;
};

/** 0 = Sunday … 6 = Saturday. The epoch, 2000-01-01, was a Saturday. */
export const weekdayOf = (idx: number): number => (((idx + 6) % 7) + 7) % 7;

