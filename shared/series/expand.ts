/**
 * The days a series lands on.
 *
 * TRAP: days are local calendar dates (`yyyy-MM-dd` in the client's zone). Stepping goes through
 * date-fns on calendar fields (addDays, addWeeks, addMonths from the 1st), never by adding
 * milliseconds: a week is not always 7 × 24 h (daylight-saving weeks last 167 or 169 hours), and
 * where midnight does not exist (São Paulo before 2019) a "day" starts at 01:00. Days are compared
 * as strings, never as Date instants, for the same reason.
 *
 * TRAP: `addMonths(Jan 31, 1)` is Feb 28 in date-fns (it clamps). A series "monthly on the 31st"
 * instead SKIPS months without a 31st, as Google Calendar and RFC 5545 do: clamping would drift a
 * 31st series to the 28th… or land twice near month ends. Months are therefore always stepped from
 * their 1st, and the wanted day is set only when the month has it.
 */
import { addDays, addMonths, addWeeks, getDay, getDaysInMonth, setDate, startOfMonth, startOfWeek } from 'date-fns';
import { dateToDay, dayToDate, type Day } from '../dates';
import type { WeekStart } from '../model/enums';
import { MAX_OCCURRENCES, type MonthlyRule, type SeriesRule, type WeeklyRule } from './rule';

/**
 * Nothing is generated after year 9999: a later day no longer fits `yyyy-MM-dd` (and stops sorting
 * as a string). Only a far-fetched rule reaches it, e.g. 366 × "every 12 months on the 5th Friday of
 * February"; `validateSeries` refuses such a rule rather than silently creating fewer posts.
 */
const LAST_YEAR = 9999;

/**
 * Weekly candidates, in order, from `start` on. Weeks are numbered from the week that holds the
 * start (as the client's calendar draws weeks, per `weekStartsOn`); weeks 0, interval, 2×interval…
 * are active. This is RFC 5545's WKST: with an interval above 1, the week start decides which
 * weekdays share a "week" with the start, so it changes the result (see the tests).
 */
function* weeklyDays(rule: WeeklyRule, start: Day, weekStartsOn: WeekStart): Generator<Day> {
  const wanted = new Set<number>(rule.weekdays);
  for (let week = startOfWeek(dayToDate(start), { weekStartsOn }); ; week = addWeeks(week, rule.interval)) {
    for (let i = 0; i < 7; i++) {
      const date = addDays(week, i);
      if (date.getFullYear() > LAST_YEAR) return;
      const day = dateToDay(date);
      if (day >= start && wanted.has(getDay(date))) yield day;
    }
  }
}

/** Day of the month of the `nth` (1–5) `weekday` of the month starting at `first`; may exceed its length. */
const nthWeekdayOfMonth = (first: Date, weekday: number, nth: number): number =>
  1 + ((weekday - getDay(first) + 7) % 7) + (nth - 1) * 7;

/**
 * Monthly candidates: every `interval` months from the start's month, on the start's day number or
 * on its rank and weekday ("2nd Tuesday": the start's day number divided by 7, rounded up). A month
 * without that day (31st, 29 Feb, 5th Friday) is skipped, and a skipped month is not an occurrence.
 */
function* monthlyDays(rule: MonthlyRule, start: Day): Generator<Day> {
  const startDate = dayToDate(start);
  const first = startOfMonth(startDate);
  const dayOfMonth = startDate.getDate();
  const weekday = getDay(startDate);
  const nth = Math.ceil(dayOfMonth / 7);
  for (let i = 0; ; i++) {
    // From the start's 1st each time (not from the previous month), so nothing accumulates.
    const month = addMonths(first, i * rule.interval);
    if (month.getFullYear() > LAST_YEAR) return;
    const day = rule.monthlyBy === 'dayOfMonth' ? dayOfMonth : nthWeekdayOfMonth(month, weekday, nth);
    if (day <= getDaysInMonth(month)) yield dateToDay(setDate(month, day));
  }
}

/** The rule's days from `start` on, in order, stopping at its end or after `limit` days. */
export const collectSeries = (
  rule: SeriesRule,
  start: Day,
  weekStartsOn: WeekStart,
  limit: number,
): Day[] => {
  const days: Day[] = [];
  const max = rule.end.kind === 'count' ? Math.min(rule.end.count, limit) : limit;
  if (max <= 0) return days;
  const until = rule.end.kind === 'until' ? rule.end.until : null;
  const candidates = rule.freq === 'weekly' ? weeklyDays(rule, start, weekStartsOn) : monthlyDays(rule, start);
  for (const day of candidates) {
    if (until !== null && day > until) break;
    // A zone that once skipped a whole calendar day (Pacific/Apia, 30 Dec 2011) makes date-fns land
    // on the next day twice; keeping days strictly increasing keeps them unique and sorted anyway.
    const last = days[days.length - 1];
    if (last !== undefined && day <= last) continue;
    days.push(day);
    if (days.length >= max) break;
  }
  return days;
};

/**
 * The occurrence days of a series, in order, without duplicates: `start` itself when it matches
 * the rule (a monthly series always does; a weekly one only if its weekday is chosen), never a day
 * before it, up to `until` inclusive or `count` occurrences. Never more than MAX_OCCURRENCES, even
 * for a rule that skipped `validateSeries`: this is what stands between a typo and 10,000 posts.
 */
export const expandSeries = (rule: SeriesRule, start: Day, weekStartsOn: WeekStart): Day[] =>
  collectSeries(rule, start, weekStartsOn, MAX_OCCURRENCES);
