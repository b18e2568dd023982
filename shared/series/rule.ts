/**
 * The shape of a series ("repeat this post…"): how often, on which days, and when it stops.
 *
 * Error messages are i18n keys (`errors.series*`), set on the field they belong to, so the editor
 * shows each one next to its control. Checks that need the start day (an end before the start, too
 * many occurrences) live in `validateSeries`, since a schema alone does not know the start.
 */
import { z } from 'zod';
import { isDay } from '../dates';

/**
 * The most posts one series may create. A typo such as "until 2062" or a count of 1000 would
 * otherwise fill the calendar with posts the user then has to delete one by one; 366 still allows
 * a post every day for a whole (leap) year.
 */
export const MAX_OCCURRENCES = 366;

/** Weekly intervals up to a year, monthly ones up to a year: beyond that, nobody plans a "series". */
export const MAX_WEEKLY_INTERVAL = 52;
export const MAX_MONTHLY_INTERVAL = 12;

/** 0 = Sunday … 6 = Saturday, as date-fns' getDay counts them. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Every error key this module and `validateSeries` may produce (besides the shared date keys). */
export const SERIES_ERRORS = {
  noEnd: 'errors.seriesNoEnd',
  endBeforeStart: 'errors.seriesEndBeforeStart',
  noWeekday: 'errors.seriesNoWeekday',
  weekdayInvalid: 'errors.seriesWeekdayInvalid',
  tooMany: 'errors.seriesTooMany',
  tooFar: 'errors.seriesTooFar',
  interval: 'errors.seriesInterval',
  count: 'errors.seriesCountInvalid',
  frequency: 'errors.seriesFrequency',
  monthlyBy: 'errors.seriesMonthlyBy',
} as const;
export type SeriesErrorKey = (typeof SERIES_ERRORS)[keyof typeof SERIES_ERRORS];

const E = SERIES_ERRORS;

// An emptied field arrives as undefined, null or '' depending on the control: each means "not chosen".
const isBlank = (input: unknown): boolean => input === undefined || input === null || input === '';

const UntilSchema = z
  .string({ error: E.noEnd })
  // An empty day is "no end chosen", not also an invalid date: stop there.
  .min(1, { error: E.noEnd, abort: true })
  .refine(isDay, { error: 'errors.dateInvalid' });

const CountSchema = z
  .int({ error: (issue) => (isBlank(issue.input) ? E.noEnd : E.count) })
  .min(1, { error: E.count })
  .max(MAX_OCCURRENCES, { error: E.tooMany });

/** When a series stops: on a day (inclusive) or after a number of occurrences. Never open-ended. */
export const SeriesEndSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('until'), until: UntilSchema }),
    z.object({ kind: z.literal('count'), count: CountSchema }),
  ],
  { error: E.noEnd },
);
export type SeriesEnd = z.infer<typeof SeriesEndSchema>;

const intervalSchema = (max: number) =>
  z.int({ error: E.interval }).min(1, { error: E.interval }).max(max, { error: E.interval });

const WeekdaysSchema = z
  .array(z.literal(WEEKDAYS, { error: E.weekdayInvalid }), { error: E.noWeekday })
  .min(1, { error: E.noWeekday })
  .refine((days) => new Set(days).size === days.length, { error: E.weekdayInvalid });

export const WeeklyRuleSchema = z.object({
  freq: z.literal('weekly'),
  interval: intervalSchema(MAX_WEEKLY_INTERVAL),
  weekdays: WeekdaysSchema,
  end: SeriesEndSchema,
});

/**
 * 'dayOfMonth' repeats the start's day number (the 15th); 'weekdayOfMonth' repeats its rank and
 * weekday (the 2nd Tuesday). Both are read from the start day, which is why the rule stores neither.
 */
export const MONTHLY_BY = ['dayOfMonth', 'weekdayOfMonth'] as const;
export type MonthlyBy = (typeof MONTHLY_BY)[number];

export const MonthlyRuleSchema = z.object({
  freq: z.literal('monthly'),
  interval: intervalSchema(MAX_MONTHLY_INTERVAL),
  monthlyBy: z.enum(MONTHLY_BY, { error: E.monthlyBy }),
  end: SeriesEndSchema,
});

export const SeriesRuleSchema = z.discriminatedUnion('freq', [WeeklyRuleSchema, MonthlyRuleSchema], {
  error: E.frequency,
});
export type SeriesRule = z.infer<typeof SeriesRuleSchema>;
export type WeeklyRule = z.infer<typeof WeeklyRuleSchema>;
export type MonthlyRule = z.infer<typeof MonthlyRuleSchema>;

/**
 * Issue path → the field key the editor uses: 'end.until', 'weekdays', 'interval'…
 * Array indices are dropped (one message for the whole weekday picker), and so is an unknown end
 * `kind`, which means "no end chosen" and belongs next to the end control. An empty path is 'form'.
 */
export const seriesFieldKey = (path: readonly PropertyKey[]): string => {
  const parts: string[] = [];
  for (const part of path) {
    if (typeof part !== 'string' || part === 'kind') break;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('.') : 'form';
};

/** Field key → first error key, as `fieldErrors` does for posts. */
export const seriesFieldErrors = (error: z.ZodError): Partial<Record<string, string>> => {
  const out: Partial<Record<string, string>> = {};
  for (const issue of error.issues) out[seriesFieldKey(issue.path)] ??= issue.message;
  return out;
};
