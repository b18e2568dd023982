// Runs the calendar arithmetic in zones with daylight-saving changes. The zone must be set before any
// date code runs, hence the dynamic import below. Node re-reads process.env.TZ when it is assigned, so
// later tests may switch zone; each one checks that the zone really is in effect, so none passes vacuously.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const originalTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';
const dates = await import('../../../shared/dates');
const { dateToDay, dayToDate, isDay, monthGrid, shiftDay, shiftMonth, todayIn } = dates;

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** UTC offset in minutes (east positive) of this process's zone at a given instant. */
const offsetAt = (iso: string): number => -new Date(iso).getTimezoneOffset();

const utcShift = (day: string, by: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
};

const everyDayOf = (year: number): string[] => {
  const days: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = utcShift(d, 1)) days.push(d);
  return days;
};

describe('in Europe/Paris', () => {
  beforeAll(() => {
    process.env.TZ = 'Europe/Paris';
  });

  it('really runs in Paris time, with its 2026 daylight-saving changes', () => {
    expect(offsetAt('2026-03-28T12:00:00Z')).toBe(60);
    expect(offsetAt('2026-03-29T12:00:00Z')).toBe(120);
    expect(offsetAt('2026-10-25T12:00:00Z')).toBe(60);
  });

  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-03-29', -1, '2026-03-28'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-26', -1, '2026-10-25'],
    ['2026-03-01', 30, '2026-03-31'],
    ['2026-10-01', 31, '2026-11-01'],
  ])('shiftDay(%s, %i) is %s', (day, by, expected) => {
    expect(shiftDay(day, by)).toBe(expected);
  });

  it('steps through every day of 2026 one at a time, forwards and backwards, without skipping or repeating', () => {
    const days = everyDayOf(2026);
    for (let i = 1; i < days.length; i += 1) {
      expect(shiftDay(days[i - 1]!, 1)).toBe(days[i]);
      expect(shiftDay(days[i]!, -1)).toBe(days[i - 1]);
      expect(isDay(days[i]!)).toBe(true);
      expect(dateToDay(dayToDate(days[i]!))).toBe(days[i]);
    }
  });

  it('lays out the months holding a change as full, consecutive weeks', () => {
    for (const month of ['2026-03', '2026-10']) {
      const flat = monthGrid(month, 1).flat();
      expect(flat.length % 7).toBe(0);
      for (let i = 1; i < flat.length; i += 1) expect(flat[i]).toBe(utcShift(flat[i - 1]!, 1));
    }
    expect(monthGrid('2026-03', 1).flat()).toContain('2026-03-29');
    expect(monthGrid('2026-10', 1).flat()).toContain('2026-10-25');
  });

  it('shifts months across the changes', () => {
    expect(shiftMonth('2026-03', 1)).toBe('2026-04');
    expect(shiftMonth('2026-10', 1)).toBe('2026-11');
    expect(shiftMonth('2026-11', -8)).toBe('2026-03');
  });

  it("computes today in a client's zone whatever this machine's zone", () => {
    const instant = new Date('2026-11-24T23:30:00Z');
    expect(todayIn('Europe/Paris', instant)).toBe('2026-11-25');
    expect(todayIn('America/New_York', instant)).toBe('2026-11-24');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-11-25');
  });
});

// Zones where the change happens at midnight (Santiago: 00:00 does not exist on the day clocks go
// forward), by half an hour (Lord Howe), or in the other hemisphere: the harshest cases for a
// calendar that works on local dates.
describe.each([
  ['America/Santiago', '2026-06-15T12:00:00Z', '2026-12-15T12:00:00Z'],
  ['Australia/Lord_Howe', '2026-06-15T12:00:00Z', '2026-12-15T12:00:00Z'],
  ['America/New_York', '2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'],
  ['Pacific/Auckland', '2026-06-15T12:00:00Z', '2026-12-15T12:00:00Z'],
])('in %s', (zone, winter, summer) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('really runs in that zone, which changes its clocks', () => {
    expect(offsetAt(winter)).not.toBe(offsetAt(summer));
  });

  it('steps through every day of 2026 and 2027 without skipping or repeating', () => {
    const days = [...everyDayOf(2026), ...everyDayOf(2027)];
    for (let i = 1; i < days.length; i += 1) {
      expect(shiftDay(days[i - 1]!, 1)).toBe(days[i]);
      expect(shiftDay(days[i]!, -1)).toBe(days[i - 1]);
      expect(isDay(days[i]!)).toBe(true);
    }
  });

  it('keeps every month grid made of whole, consecutive weeks', () => {
    for (let m = 1; m <= 12; m += 1) {
      const month = `2026-${String(m).padStart(2, '0')}`;
      for (const weekStartsOn of [0, 1, 6] as const) {
        const weeks = monthGrid(month, weekStartsOn);
        const flat = weeks.flat();
        for (const week of weeks) expect(week).toHaveLength(7);
        for (let i = 1; i < flat.length; i += 1) expect(flat[i]).toBe(utcShift(flat[i - 1]!, 1));
      }
    }
  });
});
