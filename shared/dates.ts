/**
 * Calendar days and times as the product stores them.
 *
 * TRAP: a post's day is a `yyyy-MM-dd` string and its time `HH:mm`, both in the client's own time zone.
 * They are never turned into a UTC instant here: doing so on a machine in another zone, or across a
 * daylight-saving change, shifts posts by a day. All arithmetic goes through date-fns on local
 * calendar dates (addDays, addMonths…), never by adding milliseconds. "Today" depends on the client's
 * zone, so it is computed with @date-fns/tz.
 */
import {
  addDays,
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isValid,
  parse,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { WeekStart } from './model/enums';

/** `yyyy-MM-dd`, a calendar day. */
export type Day = string;
/** `yyyy-MM`, a calendar month. */
export type Month = string;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
// A reference date for date-fns' parse; only its own fields are read, so any fixed date works.
const REF = new Date(2000, 0, 1, 12);

/** True for a real calendar day: 2026-02-29 and 2026-13-01 are refused. */
export const isDay = (value: string): boolean => {
  if (!DAY_RE.test(value)) return false;
  const d = parse(value, 'yyyy-MM-dd', REF);
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
};

export const isMonth = (value: string): boolean => MONTH_RE.test(value);

/** True for `HH:mm` from 00:00 to 23:59; 25:00 and 7:5 are refused. */
export const isTime = (value: string): boolean => TIME_RE.test(value);

/** The local Date (start of day) of a day; only its calendar fields are ever read. */
export const dayToDate = (day: Day): Date => parse(day, 'yyyy-MM-dd', REF);
export const dateToDay = (date: Date): Day => format(date, 'yyyy-MM-dd');
export const monthOf = (day: Day): Month => day.slice(0, 7);
export const monthToDate = (month: Month): Date => parse(`${month}-01`, 'yyyy-MM-dd', REF);
export const shiftMonth = (month: Month, by: number): Month =>
  format(addMonths(monthToDate(month), by), 'yyyy-MM');
export const shiftDay = (day: Day, by: number): Day => dateToDay(addDays(dayToDate(day), by));

/** Today's day in the given IANA time zone (the client's), whatever zone this machine is in. */
export const todayIn = (timeZone: string, now: Date = new Date()): Day =>
  format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');

// PERF: building an Intl.DateTimeFormat costs ~0.3 ms, and every client read from storage is checked
// (48 clients at start): a zone's verdict is kept. The set of zones a runtime knows does not change
// while it runs.
const zoneVerdicts = new Map<string, boolean>();

export const isTimeZone = (value: string): boolean => {
  let verdict = zoneVerdicts.get(value);
  if (verdict === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      verdict = value.length > 0;
    } catch {
      verdict = false;
    }
    if (zoneVerdicts.size > 1000) zoneVerdicts.clear();
    zoneVerdicts.set(value, verdict);
  }
  return verdict;
};

/**
 * The weeks shown for a month: rows of seven days, from the week that holds the 1st to the week that
 * holds the last day, starting on the client's week start. Four to six rows.
 */
export const monthGrid = (month: Month, weekStartsOn: WeekStart): Day[][] => {
  const first = monthToDate(month);
  const days = eachDayOfInterval({
    start: startOfWeek(startOfMonth(first), { weekStartsOn }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn }),
  }).map(dateToDay);
  const weeks: Day[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
};

/** First and last day of the grid of a month, for loading exactly what the view shows. */
export const gridRange = (month: Month, weekStartsOn: WeekStart): { from: Day; to: Day } => {
  const weeks = monthGrid(month, weekStartsOn);
  const first = weeks[0]?.[0] ?? `${month}-01`;
  const last = weeks[weeks.length - 1]?.[6] ?? `${month}-28`;
  return { from: first, to: last };
};

/** Compares `HH:mm` times with untimed posts first, then by the given tie-breaker. */
export const compareTimes = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
};
