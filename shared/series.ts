/**
 * Series: one post repeated every N weeks on chosen weekdays, or every N months, until a day or
 * N times. The rule and its checks (series/rule, series/validate), the days it lands on
 * (series/expand), the posts an edit touches (series/occurrences) and its summary in words
 * (series/describe). All pure: the renderer stores the posts.
 *
 * TRAP: occurrence days are local calendar days (`yyyy-MM-dd`), stepped with date-fns on calendar
 * fields and never by milliseconds, and "monthly on the 31st" skips shorter months instead of
 * clamping to their last day. See series/expand.
 */
export {
  MAX_MONTHLY_INTERVAL,
  MAX_OCCURRENCES,
  MAX_WEEKLY_INTERVAL,
  MONTHLY_BY,
  MonthlyRuleSchema,
  SERIES_ERRORS,
  SeriesEndSchema,
  SeriesRuleSchema,
  WEEKDAYS,
  WeeklyRuleSchema,
  seriesFieldErrors,
  seriesFieldKey,
  type MonthlyBy,
  type MonthlyRule,
  type SeriesEnd,
  type SeriesErrorKey,
  type SeriesRule,
  type Weekday,
  type WeeklyRule,
} from './series/rule';
export { expandSeries } from './series/expand';
export { validateSeries, type SeriesErrors, type SeriesValidation } from './series/validate';
export { occurrencesFrom, occurrencesOf, splitSeries, type SeriesOccurrence } from './series/occurrences';
export { describeRule } from './series/describe';
