/**
 * Picking the posts of a series for "this one", "this and following" and "all", and cutting a rule
 * in two when the following ones change.
 *
 * TRAP: "following" is by calendar day (`yyyy-MM-dd`, compared as strings), not by creation order
 * nor by instant: an occurrence moved earlier than the one being edited is no longer "following".
 */
import type { Day } from '../dates';
import type { WeekStart } from '../model/enums';
import { expandSeries } from './expand';
import type { SeriesEnd, SeriesRule } from './rule';

/** The little of a post these helpers read; a whole Post fits. */
export type SeriesOccurrence = { id: string; date: Day | null; seriesId: string | null };

// By day, posts without one last, then by id so the order never depends on the input's.
const byDay = (a: SeriesOccurrence, b: SeriesOccurrence): number => {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** Ids of every post of the series ("all occurrences"), by day; posts moved off the calendar last. */
export const occurrencesOf = (posts: readonly SeriesOccurrence[], seriesId: string): string[] =>
  posts
    .filter((p) => p.seriesId === seriesId)
    .sort(byDay)
    .map((p) => p.id);

/**
 * Ids of the posts of the series on `fromDay` or later ("this and following"), by day. A post of
 * the series with no day (sent back to the ideas) is not "following" anything, so it is left alone.
 */
export const occurrencesFrom = (posts: readonly SeriesOccurrence[], seriesId: string, fromDay: Day): string[] =>
  posts
    .filter((p) => p.seriesId === seriesId && p.date !== null && p.date >= fromDay)
    .sort(byDay)
    .map((p) => p.id);

const withEnd = (rule: SeriesRule, end: SeriesEnd): SeriesRule => ({ ...rule, end });

/**
 * A series cut at `fromDay`, for "edit / delete this and following": `before` is the rule that
 * keeps the occurrences before `fromDay` (null when none remain: the whole series goes), `after`
 * the rule and start of the ones from `fromDay` on (null when none). Together they expand to the
 * same days as the whole. `after` starts on its first occurrence, so a weekly series keeps its
 * active weeks and a monthly one its day or rank; a count is shared out between the two halves.
 */
export const splitSeries = (
  rule: SeriesRule,
  start: Day,
  fromDay: Day,
  weekStartsOn: WeekStart,
): { before: SeriesRule | null; after: { rule: SeriesRule; start: Day } | null } => {
  const days = expandSeries(rule, start, weekStartsOn);
  const kept = days.filter((d) => d < fromDay);
  const moved = days.filter((d) => d >= fromDay);
  const lastKept = kept[kept.length - 1];
  const firstMoved = moved[0];
  const keptEnd: SeriesEnd | null =
    lastKept === undefined
      ? null
      : rule.end.kind === 'count'
        ? { kind: 'count', count: kept.length }
        : { kind: 'until', until: lastKept };
  const before = keptEnd === null ? null : withEnd(rule, keptEnd);
  const after =
    firstMoved === undefined
      ? null
      : {
          rule: rule.end.kind === 'count' ? withEnd(rule, { kind: 'count', count: moved.length }) : rule,
          start: firstMoved,
        };
  return { before, after };
};
