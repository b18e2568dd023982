import { describe, expect, it } from 'vitest';
import {
  MAX_OCCURRENCES,
  SeriesRuleSchema,
  expandSeries,
  seriesFieldKey,
  validateSeries,
  type SeriesRule,
} from '../../../shared/series';

const weekly = (over: Record<string, unknown> = {}) => ({
  freq: 'weekly',
  interval: 1,
  weekdays: [1],
  end: { kind: 'count', count: 5 },
  ...over,
});
const monthly = (over: Record<string, unknown> = {}) => ({
  freq: 'monthly',
  interval: 1,
  monthlyBy: 'dayOfMonth',
  end: { kind: 'count', count: 5 },
  ...over,
});
const MONDAY = '2026-03-02';

const errorsOf = (rule: unknown, start = MONDAY) => {
  const result = validateSeries(rule, start);
  return result.ok ? {} : result.errors;
};

describe('validateSeries: a series must end', () => {
  it('refuses a series with no end, next to the end control', () => {
    const { end: _end, ...noEnd } = weekly();
    expect(errorsOf(noEnd)).toEqual({ end: 'errors.seriesNoEnd' });
    expect(errorsOf(weekly({ end: null }))).toEqual({ end: 'errors.seriesNoEnd' });
    expect(errorsOf(weekly({ end: { kind: 'never' } }))).toEqual({ end: 'errors.seriesNoEnd' });
  });

  it('refuses an end whose day or count was left empty, next to that field', () => {
    expect(errorsOf(weekly({ end: { kind: 'until' } }))).toEqual({ 'end.until': 'errors.seriesNoEnd' });
    expect(errorsOf(weekly({ end: { kind: 'until', until: '' } }))).toEqual({ 'end.until': 'errors.seriesNoEnd' });
    expect(errorsOf(weekly({ end: { kind: 'count' } }))).toEqual({ 'end.count': 'errors.seriesNoEnd' });
    expect(errorsOf(weekly({ end: { kind: 'count', count: null } }))).toEqual({ 'end.count': 'errors.seriesNoEnd' });
  });

  it('refuses an end day that is not a real day', () => {
    expect(errorsOf(weekly({ end: { kind: 'until', until: '2026-02-30' } }))).toEqual({
      'end.until': 'errors.dateInvalid',
    });
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    for (const count of [0, -3, 2.5, Number.NaN, '4']) {
      expect(errorsOf(weekly({ end: { kind: 'count', count } }))).toEqual({ 'end.count': 'errors.seriesCountInvalid' });
    }
  });

  it('refuses an end before the start', () => {
    expect(errorsOf(weekly({ end: { kind: 'until', until: '2026-03-01' } }))).toEqual({
      'end.until': 'errors.seriesEndBeforeStart',
    });
  });

  it('refuses an end before the first day the rule lands on: the series would be empty', () => {
    // Starts on a Monday, repeats on Tuesdays, ends that Monday: not a single post.
    expect(errorsOf(weekly({ weekdays: [2], end: { kind: 'until', until: MONDAY } }))).toEqual({
      'end.until': 'errors.seriesEndBeforeStart',
    });
  });

  it('accepts an end on the start day itself when the start matches: one post', () => {
    const result = validateSeries(weekly({ end: { kind: 'until', until: MONDAY } }), MONDAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(expandSeries(result.rule, MONDAY, 1)).toEqual([MONDAY]);
  });
});

describe('validateSeries: at most MAX_OCCURRENCES posts', () => {
  it('is 366, a post a day for a leap year', () => {
    expect(MAX_OCCURRENCES).toBe(366);
  });

  it('accepts exactly 366 and refuses 367 by count', () => {
    expect(validateSeries(weekly({ end: { kind: 'count', count: 366 } }), MONDAY).ok).toBe(true);
    expect(errorsOf(weekly({ end: { kind: 'count', count: 367 } }))).toEqual({ 'end.count': 'errors.seriesTooMany' });
  });

  it('refuses an end day that lets the rule produce more, whatever how far it is', () => {
    const everyDay = (until: string) => weekly({ weekdays: [0, 1, 2, 3, 4, 5, 6], end: { kind: 'until', until } });
    // 2028 is a leap year: 366 days from 1 January to 31 December inclusive.
    expect(validateSeries(everyDay('2028-12-31'), '2028-01-01').ok).toBe(true);
    expect(errorsOf(everyDay('2029-01-01'), '2028-01-01')).toEqual({ 'end.until': 'errors.seriesTooMany' });
    expect(errorsOf(everyDay('2126-01-01'), '2028-01-01')).toEqual({ 'end.until': 'errors.seriesTooMany' });
  });

  it('refuses a count that could only be reached after year 9999 rather than silently making fewer', () => {
    // The 5th Tuesday of February exists only when 29 February is a Tuesday: about every 28 years.
    const rare = monthly({ interval: 12, monthlyBy: 'weekdayOfMonth', end: { kind: 'count', count: 366 } });
    expect(errorsOf(rare, '2028-02-29')).toEqual({ 'end.count': 'errors.seriesTooFar' });
    // Every 29 February (about every 4 years) fits: 366 of them end around the year 3500.
    expect(validateSeries(monthly({ interval: 12, end: { kind: 'count', count: 366 } }), '2028-02-29').ok).toBe(true);
  });
});

describe('validateSeries: the other fields', () => {
  it('refuses a weekly series without a weekday', () => {
    expect(errorsOf(weekly({ weekdays: [] }))).toEqual({ weekdays: 'errors.seriesNoWeekday' });
    expect(errorsOf(weekly({ weekdays: undefined }))).toEqual({ weekdays: 'errors.seriesNoWeekday' });
  });

  it('refuses weekdays outside 0–6 or ticked twice, with one message for the whole picker', () => {
    expect(errorsOf(weekly({ weekdays: [1, 7] }))).toEqual({ weekdays: 'errors.seriesWeekdayInvalid' });
    expect(errorsOf(weekly({ weekdays: [1, 1] }))).toEqual({ weekdays: 'errors.seriesWeekdayInvalid' });
  });

  it('takes intervals of 1–52 weeks and 1–12 months', () => {
    for (const interval of [1, 52]) expect(validateSeries(weekly({ interval }), MONDAY).ok).toBe(true);
    for (const interval of [1, 12]) expect(validateSeries(monthly({ interval }), MONDAY).ok).toBe(true);
    for (const interval of [0, 53, 1.5, undefined, '2']) {
      expect(errorsOf(weekly({ interval }))).toEqual({ interval: 'errors.seriesInterval' });
    }
    expect(errorsOf(monthly({ interval: 13 }))).toEqual({ interval: 'errors.seriesInterval' });
  });

  it('refuses an unknown frequency or monthly mode', () => {
    expect(errorsOf(weekly({ freq: 'daily' }))).toEqual({ freq: 'errors.seriesFrequency' });
    expect(errorsOf(monthly({ monthlyBy: 'lastDay' }))).toEqual({ monthlyBy: 'errors.seriesMonthlyBy' });
    expect(errorsOf(null)).toEqual({ form: 'errors.seriesFrequency' });
  });

  it('reports every faulty field at once, including a bad start under "date"', () => {
    expect(errorsOf(weekly({ interval: 0, weekdays: [], end: undefined }), '2026-02-30')).toEqual({
      interval: 'errors.seriesInterval',
      weekdays: 'errors.seriesNoWeekday',
      end: 'errors.seriesNoEnd',
      date: 'errors.dateInvalid',
    });
    expect(errorsOf(weekly(), '')).toEqual({ date: 'errors.dateRequired' });
  });

  it('returns the parsed rule, without stray fields', () => {
    const result = validateSeries({ ...weekly(), monthlyBy: 'dayOfMonth', extra: 1 }, MONDAY);
    const expected: SeriesRule = { freq: 'weekly', interval: 1, weekdays: [1], end: { kind: 'count', count: 5 } };
    expect(result).toEqual({ ok: true, rule: expected });
  });
});

describe('SeriesRuleSchema', () => {
  it('puts each issue on its field path, for forms that use the schema directly', () => {
    const result = SeriesRuleSchema.safeParse(weekly({ weekdays: [9], end: { kind: 'until', until: '' } }));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues.map((i) => [i.path, i.message]);
    expect(issues).toEqual([
      [['weekdays', 0], 'errors.seriesWeekdayInvalid'],
      [['end', 'until'], 'errors.seriesNoEnd'],
    ]);
  });

  it('maps paths to the keys the editor uses', () => {
    expect(seriesFieldKey(['end', 'until'])).toBe('end.until');
    expect(seriesFieldKey(['end', 'kind'])).toBe('end');
    expect(seriesFieldKey(['weekdays', 3])).toBe('weekdays');
    expect(seriesFieldKey([])).toBe('form');
  });
});
