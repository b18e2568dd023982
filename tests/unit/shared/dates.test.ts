import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareTimes,
  dateToDay,
  dayToDate,
  gridRange,
  isDay,
  isMonth,
  isTime,
  isTimeZone,
  monthGrid,
  monthOf,
  shiftDay,
  shiftMonth,
  todayIn,
  type Day,
} from '../../../shared/dates';
import { WEEK_STARTS, type WeekStart } from '../../../shared/model/enums';

// An oracle independent of date-fns and of the machine's zone: pure calendar arithmetic in UTC.
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number): Day => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
/** The next calendar day, computed in UTC so no daylight-saving change can interfere. */
const utcNext = (day: Day, by = 1): Day => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + by));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};
/** 0 = Sunday … 6 = Saturday, zone-independent. */
const weekdayOf = (day: Day): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

const yearArb = fc.integer({ min: 1900, max: 2200 });
const monthArb = fc.integer({ min: 1, max: 12 });
const weekStartArb = fc.constantFrom<WeekStart>(...WEEK_STARTS);

describe('isDay', () => {
  it.each(['2026-01-01', '2026-11-24', '2026-12-31', '2028-02-29', '2000-02-29', '2026-04-30'])(
    'accepts the real day %s',
    (day) => {
      expect(isDay(day)).toBe(true);
    },
  );

  it.each([
    ['a 29 February outside a leap year', '2026-02-29'],
    ['a 29 February in a century year that is not a leap year', '1900-02-29'],
    ['a 13th month', '2026-13-01'],
    ['a month 00', '2026-00-10'],
    ['a day 00', '2026-05-00'],
    ['31 April', '2026-04-31'],
    ['30 February', '2026-02-30'],
    ['a one-digit month', '2026-1-01'],
    ['a one-digit day', '2026-01-1'],
    ['an empty string', ''],
    ['a date with a time', '2026-01-01T00:00'],
    ['a month only', '2026-01'],
    ['slashes', '2026/01/01'],
    ['a two-digit year', '26-01-01'],
    ['surrounding spaces', ' 2026-01-01 '],
    ['words', 'tomorrow'],
  ])('refuses %s (%j)', (_label, day) => {
    expect(isDay(day)).toBe(false);
  });

  it('accepts every real day and refuses every day past the end of its month', () => {
    fc.assert(
      fc.property(yearArb, monthArb, fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        expect(isDay(ymd(y, m, d))).toBe(d <= daysInMonth(y, m));
      }),
    );
  });

  it('round-trips through dayToDate and dateToDay', () => {
    fc.assert(
      fc.property(yearArb, monthArb, fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const day = ymd(y, m, d);
        expect(dateToDay(dayToDate(day))).toBe(day);
      }),
    );
  });
});

describe('isMonth and monthOf', () => {
  it('accepts yyyy-MM months only', () => {
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('')).toBe(false);
  });

  it('takes the month of a day', () => {
    expect(monthOf('2026-11-24')).toBe('2026-11');
  });
});

describe('isTime', () => {
  it.each(['00:00', '23:59', '09:05', '12:00', '19:30'])('accepts %s', (time) => {
    expect(isTime(time)).toBe(true);
  });

  it.each(['24:00', '25:00', '7:5', '07:5', '7:05', '12:60', '', '12:00:00', '12h00', ' 12:00', '-1:00'])(
    'refuses %j',
    (time) => {
      expect(isTime(time)).toBe(false);
    },
  );

  it('accepts exactly the 1440 minutes of a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        expect(isTime(`${pad(h)}:${pad(m)}`)).toBe(h < 24 && m < 60);
      }),
    );
  });
});

describe('monthGrid', () => {
  const assertConsecutive = (weeks: Day[][]): void => {
    const flat = weeks.flat();
    for (const week of weeks) expect(week).toHaveLength(7);
    for (let i = 1; i < flat.length; i += 1) expect(flat[i]).toBe(utcNext(flat[i - 1]!));
  };

  it('lays out November 2026 from Monday 26 October to Sunday 6 December with Monday first', () => {
    const weeks = monthGrid('2026-11', 1);
    expect(weeks).toHaveLength(6); // the 1st is a Sunday, the 30th a Monday: a month needing six rows
    expect(weeks[0]![0]).toBe('2026-10-26');
    expect(weeks[0]![6]).toBe('2026-11-01');
    expect(weeks[5]![0]).toBe('2026-11-30');
    expect(weeks[5]![6]).toBe('2026-12-06');
    assertConsecutive(weeks);
    for (const week of weeks) expect(weekdayOf(week[0]!)).toBe(1);
  });

  it('lays out November 2026 with Sunday first', () => {
    const weeks = monthGrid('2026-11', 0);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBe('2026-11-01');
    expect(weeks[4]![6]).toBe('2026-12-05');
    assertConsecutive(weeks);
    for (const week of weeks) expect(weekdayOf(week[0]!)).toBe(0);
  });

  it('lays out November 2026 with Saturday first', () => {
    const weeks = monthGrid('2026-11', 6);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBe('2026-10-31');
    expect(weeks[0]![1]).toBe('2026-11-01');
    expect(weeks[4]![6]).toBe('2026-12-04');
    assertConsecutive(weeks);
    for (const week of weeks) expect(weekdayOf(week[0]!)).toBe(6);
  });

  // 1 February 2026 is a Sunday: with Sunday first the month fills exactly four rows, with Monday first
  // it spills into a fifth. 1 February 2027 is a Monday: exactly four rows with Monday first.
  it('fits February 2026 in exactly four rows with Sunday first', () => {
    const weeks = monthGrid('2026-02', 0);
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]).toBe('2026-02-01');
    expect(weeks[3]![6]).toBe('2026-02-28');
    assertConsecutive(weeks);
  });

  it('needs five rows for February 2026 with Monday first', () => {
    const weeks = monthGrid('2026-02', 1);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBe('2026-01-26');
    expect(weeks[4]![6]).toBe('2026-03-01');
  });

  it('fits February 2027 in exactly four rows with Monday first', () => {
    const weeks = monthGrid('2027-02', 1);
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]).toBe('2027-02-01');
    expect(weeks[3]![6]).toBe('2027-02-28');
  });

  it('needs six rows for August 2026 with Sunday first', () => {
    const weeks = monthGrid('2026-08', 0);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toBe('2026-07-26');
    expect(weeks[0]![6]).toBe('2026-08-01');
    expect(weeks[5]![0]).toBe('2026-08-30');
    expect(weeks[5]![6]).toBe('2026-09-05');
    assertConsecutive(weeks);
  });

  it('covers any month with four to six full weeks starting on the week start', () => {
    fc.assert(
      fc.property(yearArb, monthArb, weekStartArb, (y, m, weekStartsOn) => {
        const month = `${pad(y, 4)}-${pad(m)}`;
        const weeks = monthGrid(month, weekStartsOn);
        expect(weeks.length).toBeGreaterThanOrEqual(4);
        expect(weeks.length).toBeLessThanOrEqual(6);
        assertConsecutive(weeks);
        expect(weekdayOf(weeks[0]![0]!)).toBe(weekStartsOn);
        // The first row holds the 1st, the last row holds the last day: no row lies wholly outside.
        expect(weeks[0]).toContain(ymd(y, m, 1));
        expect(weeks[weeks.length - 1]).toContain(ymd(y, m, daysInMonth(y, m)));
        // Every day of the month appears exactly once.
        const inMonth = weeks.flat().filter((d) => d.startsWith(month));
        expect(inMonth).toHaveLength(daysInMonth(y, m));
      }),
    );
  });
});

describe('gridRange', () => {
  it('spans the first and last day shown', () => {
    expect(gridRange('2026-11', 1)).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(gridRange('2026-11', 0)).toEqual({ from: '2026-11-01', to: '2026-12-05' });
    expect(gridRange('2026-11', 6)).toEqual({ from: '2026-10-31', to: '2026-12-04' });
    expect(gridRange('2026-02', 0)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('matches the ends of monthGrid for any month', () => {
    fc.assert(
      fc.property(yearArb, monthArb, weekStartArb, (y, m, weekStartsOn) => {
        const month = `${pad(y, 4)}-${pad(m)}`;
        const flat = monthGrid(month, weekStartsOn).flat();
        expect(gridRange(month, weekStartsOn)).toEqual({ from: flat[0], to: flat[flat.length - 1] });
      }),
    );
  });
});

describe('shiftMonth', () => {
  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-01', 13, '2027-02'],
    ['2026-03', -15, '2024-12'],
    ['2026-05', 0, '2026-05'],
    ['1999-12', 1, '2000-01'],
  ])('shiftMonth(%s, %i) is %s', (month, by, expected) => {
    expect(shiftMonth(month, by)).toBe(expected);
  });

  it('is undone by the opposite shift', () => {
    fc.assert(
      fc.property(yearArb, monthArb, fc.integer({ min: -600, max: 600 }), (y, m, by) => {
        const month = `${pad(y, 4)}-${pad(m)}`;
        const shifted = shiftMonth(month, by);
        expect(isMonth(shifted)).toBe(true);
        expect(shiftMonth(shifted, -by)).toBe(month);
        const total = y * 12 + (m - 1) + by;
        expect(shifted).toBe(`${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`);
      }),
    );
  });
});

describe('shiftDay', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-24', 0, '2026-11-24'],
    ['2026-11-24', 7, '2026-12-01'],
    ['2026-11-24', 365, '2027-11-24'],
    // Daylight-saving changes in Europe (29 Mar, 25 Oct 2026) and the US (8 Mar, 1 Nov 2026).
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-26', -1, '2026-10-25'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-10-31', 1, '2026-11-01'],
    ['2026-11-01', 1, '2026-11-02'],
  ])('shiftDay(%s, %i) is %s', (day, by, expected) => {
    expect(shiftDay(day, by)).toBe(expected);
  });

  it('agrees with calendar arithmetic for any day and shift', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        monthArb,
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -800, max: 800 }),
        (y, m, d, by) => {
          const day = ymd(y, m, d);
          expect(shiftDay(day, by)).toBe(utcNext(day, by));
        },
      ),
    );
  });
});

describe('todayIn', () => {
  const instant = new Date('2026-11-24T23:30:00Z');

  it.each([
    ['Europe/Paris', '2026-11-25'],
    ['America/New_York', '2026-11-24'],
    ['Pacific/Auckland', '2026-11-25'],
    ['UTC', '2026-11-24'],
    ['Pacific/Honolulu', '2026-11-24'],
    ['Asia/Kolkata', '2026-11-25'],
  ])('the instant 2026-11-24T23:30Z is %s day %s', (zone, expected) => {
    expect(todayIn(zone, instant)).toBe(expected);
  });

  it('follows daylight-saving time: 22:30Z on 28 March 2026 is still the 28th in Paris, 23:30Z the 29th', () => {
    // Before the change Paris is UTC+1: 22:30Z is 23:30 local. At 23:30Z it is 00:30 on the 29th.
    expect(todayIn('Europe/Paris', new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28');
    expect(todayIn('Europe/Paris', new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    // After the change (UTC+2), 22:30Z on the 29th is already 00:30 on the 30th.
    expect(todayIn('Europe/Paris', new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  });

  it('defaults to now', () => {
    const before = todayIn('UTC', new Date());
    const today = todayIn('UTC');
    const after = todayIn('UTC', new Date());
    expect([before, after]).toContain(today);
  });
});

describe('isTimeZone', () => {
  it.each(['Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'UTC', 'Asia/Kolkata'])('accepts %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus', '', 'Europe/Pariss', 'Paris', 'not a zone'])('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

describe('compareTimes', () => {
  it('puts untimed (null) first', () => {
    expect(compareTimes(null, '00:00')).toBeLessThan(0);
    expect(compareTimes('00:00', null)).toBeGreaterThan(0);
    expect(compareTimes(null, null)).toBe(0);
  });

  it('orders times through the day', () => {
    expect(compareTimes('09:00', '10:00')).toBeLessThan(0);
    expect(compareTimes('23:59', '00:00')).toBeGreaterThan(0);
    expect(compareTimes('12:30', '12:30')).toBe(0);
  });

  it('sorts a list with untimed entries first, then chronologically', () => {
    const sorted = ['18:00', null, '09:15', '00:00', null, '23:59'].sort(compareTimes);
    expect(sorted).toEqual([null, null, '00:00', '09:15', '18:00', '23:59']);
  });

  it('is antisymmetric and consistent with minutes since midnight', () => {
    const timeArb = fc.option(
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
      { nil: null },
    );
    const minutes = (t: string | null): number => (t === null ? -1 : Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
    fc.assert(
      fc.property(timeArb, timeArb, (a, b) => {
        expect(Math.sign(compareTimes(a, b))).toBe(Math.sign(minutes(a) - minutes(b)));
        expect(Math.sign(compareTimes(a, b))).toBe(-Math.sign(compareTimes(b, a)) || 0);
      }),
    );
  });
});
