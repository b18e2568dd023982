// Series across Paris' daylight-saving changes (2026-03-29 and 2026-10-25, both Sundays). The zone
// must be in effect before any date code loads, hence the dynamic import; the first test proves it is,
// so the others cannot pass vacuously in UTC.
import { afterAll, describe, expect, it } from 'vitest';
// Types only: erased at run time, so they load nothing before the zone is set.
import type { MonthlyBy, SeriesEnd, SeriesRule, Weekday } from '../../../shared/series';

const originalTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';
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

describe('series in Europe/Paris', () => {
  it('really runs in Paris time, with its 2026 changes', () => {
    expect(-new Date('2026-03-28T12:00:00Z').getTimezoneOffset()).toBe(60);
    expect(-new Date('2026-03-29T12:00:00Z').getTimezoneOffset()).toBe(120);
    expect(-new Date('2026-10-25T12:00:00Z').getTimezoneOffset()).toBe(60);
  });

  it('steps exactly 7 calendar days through the spring change, landing on it', () => {
    const days = expandSeries(weekly(1, [0], count(3)), '2026-03-22', 1);
    expect(days).toEqual(['2026-03-22', '2026-03-29', '2026-04-05']);
  });

  it('steps exactly 7 calendar days through the autumn change, from a start on the change', () => {
    const days = expandSeries(weekly(1, [0], count(3)), '2026-10-25', 1);
    expect(days).toEqual(['2026-10-25', '2026-11-01', '2026-11-08']);
  });

  it('gives every Monday of 2026 exactly 7 days apart, whatever the week start', () => {
    for (const weekStartsOn of [0, 1, 6] as const) {
      const days = expandSeries(
        weekly(1, [1], until('2026-12-31')),
        '2026-01-01',
        weekStartsOn,
      );
      expect(days).toHaveLength(52);
      expect(new Set(steps(days))).toEqual(new Set([7]));
    }
  });

  it('keeps every other week in phase across both changes', () => {
    const days = expandSeries(
      weekly(2, [6, 0], until('2026-11-30')),
      '2026-03-28',
      1,
    );
    // Weekends of weeks 0, 2, 4… from the week of 23 March; 30 weeks later is that of 19 October.
    expect(days.slice(0, 4)).toEqual(['2026-03-28', '2026-03-29', '2026-04-11', '2026-04-12']);
    expect(days).toContain('2026-10-24');
    expect(days).toContain('2026-10-25');
    expect(new Set(steps(days))).toEqual(new Set([1, 13]));
  });

  it('lands every day through the change when all weekdays are chosen', () => {
    const days = expandSeries(
      weekly(1, ALL, until('2026-03-31')),
      '2026-03-27',
      1,
    );
    expect(days).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });

  it('keeps a monthly series started on a change day on its day number or rank', () => {
    const byDay = expandSeries(monthly('dayOfMonth', count(3)), '2026-03-29', 1);
    expect(byDay).toEqual(['2026-03-29', '2026-04-29', '2026-05-29']);
    // 25 October 2026 is the 4th Sunday of its month.
    const byRank = expandSeries(monthly('weekdayOfMonth', count(2)), '2026-10-25', 1);
    expect(byRank).toEqual(['2026-10-25', '2026-11-22']);
  });
});
