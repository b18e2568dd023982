// The guard's calendar arithmetic in zones with daylight-saving changes, including one where the
// clock jumps at midnight (so a day does not start at 00:00). The zone must be set before any date
// code runs, hence the dynamic imports; each test checks the zone is in effect so none passes vacuously.
import { afterAll, describe, expect, it } from 'vitest';

const originalTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';
const { analyze } = await import('../../../shared/analysis/analyze');
const { DEFAULT_RULES } = await import('../../../shared/analysis/rules');
const { post, promo, utcDay } = await import('./fixtures');
const { ALL_OFF, only } = await import('./helpers');

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const offsetAt = (iso: string): number => -new Date(iso).getTimezoneOffset();

describe.each(['Europe/Paris', 'America/Santiago', 'America/Havana'])('in %s', (zone) => {
  it('weeks stay seven days long across the clock changes of a year', () => {
    process.env.TZ = zone;
    expect(offsetAt('2026-01-15T12:00:00Z')).not.toBe(offsetAt('2026-07-15T12:00:00Z'));
    const posts = Array.from({ length: 365 }, (_, i) => post(utcDay('2026-01-01', i)));
    const { weeks, months } = analyze(posts, { rules: ALL_OFF, weekStartsOn: 1 });
    expect(weeks).toHaveLength(53);
    for (let i = 0; i < weeks.length; i++) {
      const w = weeks[i]!;
      expect(w.end).toBe(utcDay(w.start, 6));
      if (i > 0) expect(w.start).toBe(utcDay(weeks[i - 1]!.end, 1));
    }
    expect(weeks.reduce((n, w) => n + w.total, 0)).toBe(365);
    expect(months.map((m) => m.total)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('keeps window edges exact across a clock change', () => {
    process.env.TZ = zone;
    const rules = only('promo-share', { preset: 'custom', maxShare: 0.5, windowDays: 14, minPosts: 2 });
    // Each pair straddles one of the zone's changes (March/April and October/November or September).
    for (const start of ['2026-03-01', '2026-03-20', '2026-03-30', '2026-08-30', '2026-10-20', '2026-10-25']) {
      const near = [promo(start), promo(utcDay(start, 13))];
      const far = [promo(start), promo(utcDay(start, 14))];
      expect(analyze(near, { rules, weekStartsOn: 1 }).warnings).toHaveLength(1);
      expect(analyze(far, { rules, weekStartsOn: 1 }).warnings).toHaveLength(0);
    }
  });

  it('moves posts to real calendar days', () => {
    process.env.TZ = zone;
    // A streak ending the day before a change, an informative post on the day of the change: the
    // nearest free day that breaks the streak is the day after the change.
    for (const day of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-10-25', '2026-11-01']) {
      const posts = [promo(utcDay(day, -3)), promo(utcDay(day, -2)), promo(utcDay(day, -1)), post(day)];
      const [w] = analyze(posts, { rules: { ...ALL_OFF, 'promo-streak': DEFAULT_RULES['promo-streak'] }, weekStartsOn: 1 }).warnings;
      expect(w?.fix).toMatchObject({ kind: 'move', toDate: utcDay(day, 1) });
    }
  });
});
