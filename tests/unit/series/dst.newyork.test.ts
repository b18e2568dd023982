// Series across New York's daylight-saving changes (2026-03-08 and 2026-11-01, both Sundays, at 02:00).
// The zone must be in effect before any date code loads, hence the dynamic import; the first test
// proves it is, so the others cannot pass vacuously in UTC.
import { afterAll, describe, expect, it } from 'vitest';
// Types only: erased at run time, so they load nothing before the zone is set.
import type { MonthlyBy, SeriesEnd, SeriesRule, Weekday } from '../../../shared/series';

const originalTz = process.env.TZ;
process.env.TZ = 'America/New_York';
const { expandSeries } = await import('../../../shared/series');

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

describe('series in America/New_York', () => {
  it('really runs in New York time, with its 2026 changes', () => {
    expect(new Date('2026-03-07T12:00:00Z').getTimezoneOffset()).toBe(300);
    expect(new Date('2026-03-08T12:00:00Z').getTimezoneOffset()).toBe(240);
    expect(new Date('2026-11-01T12:00:00Z').getTimezoneOffset()).toBe(300);
  });

  it('steps exactly 7 calendar days through the March change, landing on it', () => {
    const days = expandSeries(weekly(1, [0], count(3)), '2026-03-01', 0);
    expect(days).toEqual(['2026-03-01', '2026-03-08', '2026-03-15']);
  });

  it('lands on both weekend days around the November change', () => {
    const days = expandSeries(weekly(1, [6, 0], count(6)), '2026-10-24', 0);
    expect(days).toEqual(['2026-10-24', '2026-10-25', '2026-10-31', '2026-11-01', '2026-11-07', '2026-11-08']);
  });

  it('lands every day through the November change, the 25-hour day included once', () => {
    expect(expandSeries(weekly(1, ALL, until('2026-11-03')), '2026-10-30', 0)).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
  });

  it('gives every Sunday of 2026 exactly 7 days apart, whatever the week start', () => {
    for (const weekStartsOn of [0, 1, 6] as const) {
      const days = expandSeries(
        weekly(1, [0], until('2026-12-31')),
        '2026-01-01',
        weekStartsOn,
      );
      expect(days[0]).toBe('2026-01-04');
      expect(days).toHaveLength(52);
      expect(new Set(steps(days))).toEqual(new Set([7]));
    }
  });

  it('keeps every other Sunday 14 days apart from one change to the other', () => {
    const days = expandSeries(
      weekly(2, [0], until('2026-11-30')),
      '2026-03-08',
      0,
    );
    expect(days).toContain('2026-11-01');
    expect(new Set(steps(days))).toEqual(new Set([14]));
  });

  it('keeps a monthly series started on the change day on its rank', () => {
    // 8 March 2026 is the 2nd Sunday of March.
    const days = expandSeries(monthly('weekdayOfMonth', count(3)), '2026-03-08', 0);
    expect(days).toEqual(['2026-03-08', '2026-04-12', '2026-05-10']);
  });
});
