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

// Day numbers by the digits of 'yyyy-MM-dd': a typed-array lookup per post rather than a map lookup
// of a string (hashing and comparing strings read from storage, which are never the same objects).
// The table is filled from `dayNumberOf` (date-fns) the first time a day is seen: calendar arithmetic
// stays in days.ts. Days outside KEY_YEARS, or not written in the canonical form, take the map.
const KEY_YEAR0 = 1970;
const KEY_YEARS = 200;
const UNKNOWN = -0x7fffffff;
/** Not a real calendar day (day numbers stay within ±3,000,000). */
export const NOT_A_DAY = -0x7ffffffe;
let dayTable: Int32Array | undefined;
const dayMap = new Map<Day, number>();

/** The digit at `i`, or -1. */
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** The day number of a day (see days.ts), or NOT_A_DAY. Cached. */
export const dayNumber = (day: Day): number => {
  if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const y0 = digit(day, 0);
    const y1 = digit(day, 1);
    const y2 = digit(day, 2);
    const y3 = digit(day, 3);
    const m0 = digit(day, 5);
    const m1 = digit(day, 6);
    const d0 = digit(day, 8);
    const d1 = digit(day, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NOT_A_DAY;
    const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - KEY_YEAR0;
    const m = m0 * 10 + m1;
    const d = d0 * 10 + d1;
    if (m > 12 || d > 31) return NOT_A_DAY;
    if (y >= 0 && y < KEY_YEARS) {
      const table = (dayTable ??= new Int32Array(KEY_YEARS * 416).fill(UNKNOWN));
      const key = y * 416 + m * 32 + d;
      let idx = table[key] as number;
      if (idx === UNKNOWN) {
        idx = dayNumberOf(day) ?? NOT_A_DAY;
        table[key] = idx;
      }
      return idx;
    }
  }
  let idx = dayMap.get(day);
  if (idx === undefined) {
    idx = dayNumberOf(day) ?? NOT_A_DAY;
    if (dayMap.size > 10_000) dayMap.clear();
    dayMap.set(day, idx);
  }
  return idx;
};

/** The day number of a day (see days.ts), or null for a string that is not a real calendar day. */
export const dayIndex = (day: Day): number | null => {
  const idx = dayNumber(day);
  return idx === NOT_A_DAY ? null : idx;
};

/** The month of a canonical 'yyyy-MM-dd' day as one number (year × 12 + month), no string made. */
export const monthNumber = (day: Day): number =>
  (day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3) - 53_328) * 12 +
  (day.charCodeAt(5) * 10 + day.charCodeAt(6) - 528);
