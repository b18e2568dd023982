// Series in São Paulo. Brazil dropped daylight saving in 2019, so 2026 has no change at all; the
// dates that matter are older ones, when the change happened AT MIDNIGHT: 2018-11-04 had no 00:00
// (clocks went 23:59 → 01:00) and 2019-02-16 had its 23:00–23:59 twice. A day that starts at 01:00
// is where code that builds "midnight" instants slips to the day before. The zone must be in effect
// before any date code loads, hence the dynamic import; the first test proves it is.
import { afterAll, describe, expect, it } from 'vitest';

const originalTz = process.env.TZ;
process.env.TZ = 'America/Sao_Paulo';
const { expandSeries } = await import('../../../shared/series');

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** Calendar days from a to b, counted in UTC where every day lasts 24 hours. */
const daysBetween = (a: string, b: string): number =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
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
    const days = expandSeries({ freq: 'weekly', interval: 1, weekdays: [0], end: { kind: 'count', count: 3 } }, '2018-10-28', 1);
    expect(days).toEqual(['2018-10-28', '2018-11-04', '2018-11-11']);
  });

  it('counts weeks from a week that starts on the day without a midnight', () => {
    // Weeks from Sunday: week 0 is 4–10 November 2018, whose first instant is 01:00.
    const days = expandSeries({ freq: 'weekly', interval: 2, weekdays: [0, 6], end: { kind: 'count', count: 4 } }, '2018-11-04', 0);
    expect(days).toEqual(['2018-11-04', '2018-11-10', '2018-11-18', '2018-11-24']);
  });

  it('lands every day through both changes when all weekdays are chosen', () => {
    const all = [0, 1, 2, 3, 4, 5, 6] as const;
    const spring = expandSeries({ freq: 'weekly', interval: 1, weekdays: [...all], end: { kind: 'until', until: '2018-11-06' } }, '2018-11-02', 1);
    expect(spring).toEqual(['2018-11-02', '2018-11-03', '2018-11-04', '2018-11-05', '2018-11-06']);
    const autumn = expandSeries({ freq: 'weekly', interval: 1, weekdays: [...all], end: { kind: 'until', until: '2019-02-18' } }, '2019-02-15', 1);
    expect(autumn).toEqual(['2019-02-15', '2019-02-16', '2019-02-17', '2019-02-18']);
  });

  it('lands monthly on the day without a midnight, by day number and by rank', () => {
    const byDay = expandSeries({ freq: 'monthly', interval: 1, monthlyBy: 'dayOfMonth', end: { kind: 'count', count: 3 } }, '2018-10-04', 1);
    expect(byDay).toEqual(['2018-10-04', '2018-11-04', '2018-12-04']);
    const byRank = expandSeries({ freq: 'monthly', interval: 1, monthlyBy: 'weekdayOfMonth', end: { kind: 'count', count: 2 } }, '2018-10-07', 1);
    expect(byRank).toEqual(['2018-10-07', '2018-11-04']);
  });

  it('steps exactly 7 calendar days every week for seven years of midnight changes, and in 2026', () => {
    const sundays = expandSeries({ freq: 'weekly', interval: 1, weekdays: [0], end: { kind: 'count', count: 366 } }, '2012-01-01', 1);
    expect(sundays[sundays.length - 1]).toBe('2018-12-30');
    expect(new Set(steps(sundays))).toEqual(new Set([7]));
    const saturdays = expandSeries({ freq: 'weekly', interval: 1, weekdays: [6], end: { kind: 'until', until: '2026-12-31' } }, '2026-01-01', 0);
    expect(saturdays).toHaveLength(52);
    expect(new Set(steps(saturdays))).toEqual(new Set([7]));
  });
});
