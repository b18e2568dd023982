/**
 * Whole-week moves and copies, as pure functions over posts.
 * TRAP (dates): weeks are shifted in calendar days with shiftDay (date-fns), never in milliseconds, so
 * a week that crosses a daylight-saving change keeps every post on its weekday and at its wall time.
 */
import { differenceInCalendarDays, startOfWeek } from 'date-fns';
import { dateToDay, dayToDate, shiftDay, type Day } from './dates';
import type { WeekStart } from './model/enums';
import type { Post } from './model/post';

/** Posts whose day is within [from, to] (inclusive): the ones a week action applies to. */
export const postsBetween = (posts: readonly Post[], from: Day, to: Day): Post[] =>
  posts.filter((p) => p.date !== null && p.date >= from && p.date <= to);

/** Every post moved by `days` calendar days, its time and everything else unchanged. */
export const shiftPosts = (posts: readonly Post[], days: number): Post[] =>
  posts.map((p) => (p.date === null ? p : { ...p, date: shiftDay(p.date, days) }));

/** Days between the week holding `from` and the week holding `to`, in whole weeks. */
export const weekOffset = (from: Day, to: Day, weekStartsOn: WeekStart): number =>
  differenceInCalendarDays(
    startOfWeek(dayToDate(to), { weekStartsOn }),
    startOfWeek(dayToDate(from), { weekStartsOn }),
  );

export const weekStartOf = (day: Day, weekStartsOn: WeekStart): Day => dateToDay(startOfWeek(dayToDate(day), { weekStartsOn }));

/**
 * Copies of posts moved by `days`, keeping their times. A copy is new work: a published or scheduled
 * original gives a draft (its copy has been neither published nor scheduled); ideas stay ideas.
 */
export const duplicatePosts = (
  posts: readonly Post[],
  days: number,
  make: { id: () => string; now: string },
): Post[] =>
  posts.map((p) => ({
    ...p,
    id: make.id(),
    date: p.date === null ? null : shiftDay(p.date, days),
    status: p.status === 'published' || p.status === 'scheduled' ? 'draft' : p.status,
    createdAt: make.now,
    updatedAt: make.now,
  }));
