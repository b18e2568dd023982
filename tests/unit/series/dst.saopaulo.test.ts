// Series in São Paulo. Brazil dropped daylight saving in 2019, so 2026 has no change at all; the
// dates that matter are older ones, when the change happened AT MIDNIGHT: 2018-11-04 had no 00:00
// (clocks went 23:59 → 01:00) and 2019-02-16 had its 23:00–23:59 twice. A day that starts at 01:00
// is where code that builds "midnight" instants slips to the day before. The zone must be in effect
// before any date code loads, hence the dynamic import; the first test proves it is.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
// Types only: erased at run time, so they load nothing before the zone is set.
import type { MonthlyBy, SeriesEnd, SeriesRule, Weekday } from '../../../shared/series';

const originalTz = process.env.TZ;
process.env.TZ = 'America/Sao_Paulo';
const { describeRule, expandSeries } = await import('../../../shared/series');

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** Calendar days from a to b, counted in UTC where every day lasts 24 hours. */
const daysBetween = (a: string, b: string): number =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const weekly = (interval: number, weekdays: Weekday[], end: SeriesEnd): SeriesRule => ({
  freq: 'weekly',
  interval,
  weekdays,
  end,
});
const monthly = (monthlyBy: MonthlyBy, end: SeriesEnd): SeriesRule => ({
  freq: 'monthly',
  interval: 1,
  monthlyBy,
  end,
});
const count = (n: number): SeriesEnd => ({ kind: 'count', count: n });
const until = (day: string): SeriesEnd => ({ kind: 'until', until: day });
const ALL: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const steps = (days: string[]): number[] => days.slice(1).map((d, i) => daysBetween(days[i] as string, d));

describe('series in America/Sao_Paulo', () => {
  it('really runs in São Paulo time: changes in 2018–2019, none in 2026', () => {
    expect(new Date('2018-11-03T12:00:00Z').getTimezoneOffset()).toBe(180);
    expect(new Date('2018-11-04T12:00:00Z').getTimezoneOffset()).toBe(120);
    expect(new Date('2019-02-17T12:00:00Z').getTimezoneOffset()).toBe(180);
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(180);
    expect(new Date('2026-11-01T12:00:00Z').getTimezoneOffset()).toBe(180);
  });

  it('lands on the day without a midnight, 7 calendar days after the previous one', () => {
    const days = expandSeries(weekly(1, [0], count(3)), '2018-10-28', 1);
    expect(days).toEqual(['2018-10-28', '2018-11-04', '2018-11-11']);
  });

  it('counts weeks from a week that starts on the day without a midnight', () => {
    // Weeks from Sunday: week 0 is 4–10 November 2018, whose first instant is 01:00.
    const days = expandSeries(weekly(2, [0, 6], count(4)), '2018-11-04', 0);
    expect(days).toEqual(['2018-11-04', '2018-11-10', '2018-11-18', '2018-11-24']);
  });

  it('lands every day through both changes when all weekdays are chosen', () => {
    const spring = expandSeries(weekly(1, ALL, until('2018-11-06')), '2018-11-02', 1);
    expect(spring).toEqual(['2018-11-02', '2018-11-03', '2018-11-04', '2018-11-05', '2018-11-06']);
    const autumn = expandSeries(weekly(1, ALL, until('2019-02-18')), '2019-02-15', 1);
    expect(autumn).toEqual(['2019-02-15', '2019-02-16', '2019-02-17', '2019-02-18']);
  });

  it('lands monthly on the day without a midnight, by day number and by rank', () => {
    const byDay = expandSeries(monthly('dayOfMonth', count(3)), '2018-10-04', 1);
    expect(byDay).toEqual(['2018-10-04', '2018-11-04', '2018-12-04']);
    const byRank = expandSeries(monthly('weekdayOfMonth', count(2)), '2018-10-07', 1);
    expect(byRank).toEqual(['2018-10-07', '2018-11-04']);
  });

  it('steps exactly 7 calendar days every week for seven years of midnight changes, and in 2026', () => {
    const sundays = expandSeries(weekly(1, [0], count(366)), '2012-01-01', 1);
    expect(sundays[sundays.length - 1]).toBe('2018-12-30');
    expect(new Set(steps(sundays))).toEqual(new Set([7]));
    const saturdays = expandSeries(weekly(1, [6], until('2026-12-31')), '2026-01-01', 0);
    expect(saturdays).toHaveLength(52);
    expect(new Set(steps(saturdays))).toEqual(new Set([7]));
  });

  it('keeps whole-week steps for any weekly rule with one weekday, through the years of changes', () => {
    const day = fc
      .date({ min: new Date('2008-01-01T00:00:00Z'), max: new Date('2019-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const interval = fc.integer({ min: 1, max: 5 });
    const weekday = fc.constantFrom<Weekday>(...ALL);
    const weekStart = fc.constantFrom(0 as const, 1 as const, 6 as const);
    fc.assert(
      fc.property(day, interval, weekday, weekStart, (start, every, onDay, weekStartsOn) => {
        const days = expandSeries(weekly(every, [onDay], count(60)), start, weekStartsOn);
        expect(days).toHaveLength(60);
        expect(new Set(steps(days))).toEqual(new Set([7 * every]));
      }),
      { numRuns: 100 },
    );
  });

  it('names the end day as the calendar shows it, west of UTC and on a day without a midnight', () => {
    const rule = weekly(1, [0], until('2018-11-04'));
    expect(describeRule(rule, '2018-10-28', 'en')).toBe('Weekly on Sunday, until 4 November 2018');
    expect(describeRule(rule, '2018-10-28', 'fr')).toBe('Toutes les semaines le dimanche, jusqu’au 4 novembre 2018');
  });
});
