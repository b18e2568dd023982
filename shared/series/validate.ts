/**
 * Whether a series may be created, with one i18n key per field for the editor.
 *
 * TRAP: the checks that need the start day compare `yyyy-MM-dd` strings, never Date instants, and
 * count occurrences by expanding the rule with the client's week start: for "every 2 weeks" the
 * week start can change which days fall in an active week, hence how many fit before `until`.
 */
import type { Day } from '../dates';
import type { WeekStart } from '../model/enums';
import { DaySchema } from '../model/post';
import { collectSeries } from './expand';
import { MAX_OCCURRENCES, SERIES_ERRORS, SeriesRuleSchema, seriesFieldErrors, type SeriesRule } from './rule';

/** Field key ('end', 'end.until', 'end.count', 'weekdays', 'interval', 'date'…) → i18n key. */
export type SeriesErrors = Partial<Record<string, string>>;
export type SeriesValidation = { ok: true; rule: SeriesRule } | { ok: false; errors: SeriesErrors };

/**
 * Checks a rule a user is building against the day its first post is on (`start`, the post's own
 * 'date' field, whose errors come back under 'date'). Refuses, next to the field at fault:
 * - no end, or an end without a day / a count ('end', 'end.until', 'end.count': errors.seriesNoEnd);
 * - an end before the start, or before the first day the rule lands on ('end.until':
 *   errors.seriesEndBeforeStart): either way the series would have no post;
 * - more than MAX_OCCURRENCES posts ('end.until' or 'end.count': errors.seriesTooMany);
 * - a weekly series without a weekday ('weekdays': errors.seriesNoWeekday);
 * - an interval outside 1–52 weeks or 1–12 months ('interval': errors.seriesInterval);
 * - a count that cannot be reached before year 9999 ('end.count': errors.seriesTooFar).
 * Pass the client's `weekStartsOn`, as for `expandSeries`; Monday (the renderer's own fallback) when
 * left out, so the signature stays `validateSeries(rule, start)` for forms that do not care.
 */
export const validateSeries = (rule: unknown, start: Day, weekStartsOn: WeekStart = 1): SeriesValidation => {
  const parsed = SeriesRuleSchema.safeParse(rule);
  const startCheck = DaySchema.safeParse(start);
  if (!parsed.success || !startCheck.success) {
    const errors: SeriesErrors = parsed.success ? {} : seriesFieldErrors(parsed.error);
    if (!startCheck.success) errors.date = startCheck.error.issues[0]?.message ?? 'errors.dateInvalid';
    return { ok: false, errors };
  }
  const valid = parsed.data;
  const { end } = valid;
  if (end.kind === 'until' && end.until < start) {
    return { ok: false, errors: { 'end.until': SERIES_ERRORS.endBeforeStart } };
  }
  // One past the cap is enough to know the cap is exceeded, whatever `until` is.
  const days = collectSeries(valid, start, weekStartsOn, MAX_OCCURRENCES + 1);
  if (end.kind === 'until') {
    if (days.length > MAX_OCCURRENCES) return { ok: false, errors: { 'end.until': SERIES_ERRORS.tooMany } };
    if (days.length === 0) return { ok: false, errors: { 'end.until': SERIES_ERRORS.endBeforeStart } };
  } else if (days.length < end.count) {
    return { ok: false, errors: { 'end.count': SERIES_ERRORS.tooFar } };
  }
  return { ok: true, rule: valid };
};
