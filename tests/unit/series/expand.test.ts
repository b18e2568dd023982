import { describe, expect, it } from 'vitest';
import { expandSeries, type SeriesEnd, type SeriesRule, type Weekday } from '../../../shared/series';

const count = (n: number): SeriesEnd => ({ kind: 'count', count: n });
const until = (day: string): SeriesEnd => ({ kind: 'until', until: day });
const weekly = (interval: number, weekdays: Weekday[], end: SeriesEnd): SeriesRule => ({
  freq: 'weekly',
  interval,
  weekdays,
  end,
});
const onDay = (interval: number, end: SeriesEnd): SeriesRule => ({
  freq: 'monthly',
  interval,
  monthlyBy: 'dayOfMonth',
  end,
});
const onWeekday = (interval: number, end: SeriesEnd): SeriesRule => ({
  freq: 'monthly',
  interval,
  monthlyBy: 'weekdayOfMonth',
  end,
});
const [SUN, MON, TUE, WED, THU, FRI] = [0, 1, 2, 3, 4, 5] as const;

describe('expandSeries, weekly', () => {
  it('every week on Monday, Wednesday and Friday, 5 times, from a Monday', () => {
    expect(expandSeries(weekly(1, [MON, WED, FRI], count(5)), '2026-03-02', 1)).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
    ]);
  });

  it('does not care in which order the weekdays were ticked', () => {
    expect(expandSeries(weekly(1, [FRI, MON, WED], count(5)), '2026-03-02', 1)).toEqual(
      expandSeries(weekly(1, [MON, WED, FRI], count(5)), '2026-03-02', 1),
    );
  });

  it('starts on the first matching day when the start itself does not match, never before it', () => {
    // Start on a Wednesday: that week's Monday is before the start and is not an occurrence.
    expect(expandSeries(weekly(1, [MON, THU], count(3)), '2026-03-04', 1)).toEqual([
      '2026-03-05',
      '2026-03-09',
      '2026-03-12',
    ]);
  });

  it('every 2 weeks on Tuesday and Thursday, across a month and a year boundary', () => {
    expect(expandSeries(weekly(2, [TUE, THU], count(6)), '2026-12-15', 1)).toEqual([
      '2026-12-15',
      '2026-12-17',
      // 21–27 December is an off week.
      '2026-12-29',
      '2026-12-31',
      '2027-01-12',
      '2027-01-14',
    ]);
  });

  it('every 3 weeks across February of a leap year', () => {
    expect(expandSeries(weekly(3, [SUN], count(4)), '2028-02-06', 1)).toEqual([
      '2028-02-06',
      '2028-02-27',
      '2028-03-19',
      '2028-04-09',
    ]);
  });

  it('lets the week start decide which days share an active week, when the interval is above 1', () => {
    // "Every 2 weeks on Sunday and Monday" from Sunday 4 January 2026. Weeks are counted from the
    // week that holds the start, drawn as the client's calendar draws them (RFC 5545's WKST):
    // - weeks from Monday: that Sunday closes week 0, the Monday after opens the OFF week 1;
    // - weeks from Sunday (or Saturday): that Sunday and the Monday after are both in week 0.
    const rule = weekly(2, [SUN, MON], count(4));
    expect(expandSeries(rule, '2026-01-04', 1)).toEqual(['2026-01-04', '2026-01-12', '2026-01-18', '2026-01-26']);
    expect(expandSeries(rule, '2026-01-04', 0)).toEqual(['2026-01-04', '2026-01-05', '2026-01-18', '2026-01-19']);
    expect(expandSeries(rule, '2026-01-04', 6)).toEqual(['2026-01-04', '2026-01-05', '2026-01-18', '2026-01-19']);
    // Every week is active when the interval is 1, so the week start cannot matter.
    const everyWeek = weekly(1, [SUN, MON], count(4));
    expect(expandSeries(everyWeek, '2026-01-04', 1)).toEqual(expandSeries(everyWeek, '2026-01-04', 0));
  });

  it('includes the until day itself', () => {
    expect(expandSeries(weekly(1, [MON], until('2026-03-16')), '2026-03-02', 1)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(expandSeries(weekly(1, [MON], until('2026-03-15')), '2026-03-02', 1)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('is empty when the end comes before the first matching day', () => {
    expect(expandSeries(weekly(1, [TUE], until('2026-03-02')), '2026-03-02', 1)).toEqual([]);
    expect(expandSeries(weekly(1, [MON], until('2026-03-01')), '2026-03-02', 1)).toEqual([]);
  });

  it('never returns more than MAX_OCCURRENCES days, even for a rule that skipped validation', () => {
    const days = expandSeries(weekly(1, [0, 1, 2, 3, 4, 5, 6], until('2099-12-31')), '2026-01-01', 1);
    expect(days).toHaveLength(366);
    expect(days[365]).toBe('2027-01-01');
  });
});

describe('expandSeries, monthly on a day of the month', () => {
  it('repeats the start day number', () => {
    expect(expandSeries(onDay(1, count(4)), '2026-11-15', 1)).toEqual([
      '2026-11-15',
      '2026-12-15',
      '2027-01-15',
      '2027-02-15',
    ]);
  });

  it('every N months, counted from the start month', () => {
    expect(expandSeries(onDay(5, count(3)), '2026-10-20', 1)).toEqual(['2026-10-20', '2027-03-20', '2027-08-20']);
  });

  it('on the 31st, SKIPS months without one (as Google Calendar does) instead of moving to their last day', () => {
    expect(expandSeries(onDay(1, until('2026-12-31')), '2026-01-31', 1)).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('counts only the months it lands on, so a count still gives that many posts', () => {
    expect(expandSeries(onDay(2, count(4)), '2026-07-31', 1)).toEqual([
      '2026-07-31',
      // September and November have 30 days.
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
    ]);
  });

  it('on the 30th, skips only February', () => {
    expect(expandSeries(onDay(1, count(3)), '2027-01-30', 1)).toEqual(['2027-01-30', '2027-03-30', '2027-04-30']);
  });

  it('on 29 February, lands on 29 February of leap years only, 2100 not being one', () => {
    expect(expandSeries(onDay(12, count(3)), '2024-02-29', 1)).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(expandSeries(onDay(12, count(2)), '2096-02-29', 1)).toEqual(['2096-02-29', '2104-02-29']);
  });

  it('on the 29th monthly, skips February of common years only', () => {
    const days = expandSeries(onDay(1, until('2025-03-31')), '2024-01-29', 1);
    expect(days).toContain('2024-02-29');
    expect(days.filter((d) => d.startsWith('2025-02'))).toEqual([]);
    expect(days).toHaveLength(14);
  });
});

describe('expandSeries, monthly on a weekday of the month', () => {
  it('the second Tuesday', () => {
    expect(expandSeries(onWeekday(1, count(4)), '2026-01-13', 1)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
  });

  it('the first Monday, every 3 months', () => {
    expect(expandSeries(onWeekday(3, count(3)), '2026-06-01', 1)).toEqual(['2026-06-01', '2026-09-07', '2026-12-07']);
  });

  it('the fourth Thursday, never confused with the last one', () => {
    // November 2026 has four Thursdays, December 2026 five: the 4th is the 24th, not the 31st.
    expect(expandSeries(onWeekday(1, count(2)), '2026-11-26', 1)).toEqual(['2026-11-26', '2026-12-24']);
  });

  it('the fifth Friday: months without a fifth Friday are skipped', () => {
    expect(expandSeries(onWeekday(1, count(4)), '2026-01-30', 1)).toEqual([
      '2026-01-30',
      '2026-05-29',
      '2026-07-31',
      '2026-10-30',
    ]);
  });

  it('the fifth Sunday of a leap February comes back only when 29 February is a Sunday again', () => {
    expect(expandSeries(onWeekday(12, count(2)), '2032-02-29', 1)).toEqual(['2032-02-29', '2060-02-29']);
  });
});
