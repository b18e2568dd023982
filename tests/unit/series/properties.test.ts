// Properties of expandSeries against an independent oracle written in plain UTC arithmetic (no
// date-fns, no local zone): if both agree on thousands of random rules, neither hides a calendar bug.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_OCCURRENCES,
  expandSeries,
  splitSeries,
  validateSeries,
  type SeriesEnd,
  type SeriesRule,
  type Weekday,
} from '../../../shared/series';

const DAY_MS = 86_400_000;
const toUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);
const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);
const daysInMonthUtc = (year: number, month: number): number => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** The occurrences as the spec words them, one calendar day or month at a time. */
const oracle = (rule: SeriesRule, start: string, weekStartsOn: number): string[] => {
  const out: string[] = [];
  const max = rule.end.kind === 'count' ? rule.end.count : MAX_OCCURRENCES;
  const done = (day: string) =>
    (rule.end.kind === 'until' && day > rule.end.until) || toUtc(day).getUTCFullYear() > 9999;
  const s = toUtc(start);
  if (rule.freq === 'weekly') {
    const week0 = s.getTime() - ((s.getUTCDay() - weekStartsOn + 7) % 7) * DAY_MS;
    for (let t = s.getTime(); out.length < max; t += DAY_MS) {
      const day = fromUtc(new Date(t));
      if (done(day)) break;
      const week = Math.floor((t - week0) / (7 * DAY_MS));
      if (week % rule.interval === 0 && (rule.weekdays as number[]).includes(new Date(t).getUTCDay())) out.push(day);
    }
    return out;
  }
  const dom = s.getUTCDate();
  const nth = Math.ceil(dom / 7);
  for (let k = 0; out.length < max; k += rule.interval) {
    const year = s.getUTCFullYear() + Math.floor((s.getUTCMonth() + k) / 12);
    const month = (s.getUTCMonth() + k) % 12;
    if (year > 9999) break;
    let date: number | undefined;
    if (rule.monthlyBy === 'dayOfMonth') {
      if (dom <= daysInMonthUtc(year, month)) date = dom;
    } else {
      const same = [];
      for (let d = 1; d <= daysInMonthUtc(year, month); d++) {
        if (new Date(Date.UTC(year, month, d)).getUTCDay() === s.getUTCDay()) same.push(d);
      }
      date = same[nth - 1];
    }
    if (date === undefined) continue;
    const day = fromUtc(new Date(Date.UTC(year, month, date)));
    if (done(day)) break;
    out.push(day);
  }
  return out;
};

const dayArb = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map(fromUtc);
const weekStartArb = fc.constantFrom(0 as const, 1 as const, 6 as const);
const weekdaysArb = fc.uniqueArray(fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6), { minLength: 1, maxLength: 7 });
const endArb = (start: string): fc.Arbitrary<SeriesEnd> =>
  fc.oneof(
    fc.integer({ min: 1, max: MAX_OCCURRENCES }).map((count): SeriesEnd => ({ kind: 'count', count })),
    fc.integer({ min: 0, max: 3000 }).map((n): SeriesEnd => ({
      kind: 'until',
      until: fromUtc(new Date(toUtc(start).getTime() + n * DAY_MS)),
    })),
  );
const caseArb = dayArb.chain((start) =>
  fc.record({
    start: fc.constant(start),
    weekStartsOn: weekStartArb,
    rule: fc.oneof(
      fc.record({
        freq: fc.constant('weekly' as const),
        interval: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 52 })),
        weekdays: weekdaysArb,
        end: endArb(start),
      }),
      fc.record({
        freq: fc.constant('monthly' as const),
        interval: fc.integer({ min: 1, max: 12 }),
        monthlyBy: fc.constantFrom('dayOfMonth' as const, 'weekdayOfMonth' as const),
        end: endArb(start),
      }),
    ),
  }),
);

describe('expandSeries, properties', () => {
  it('agrees with the day-by-day oracle', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, start, weekStartsOn }) => {
        expect(expandSeries(rule, start, weekStartsOn)).toEqual(oracle(rule, start, weekStartsOn));
      }),
      { numRuns: 400 },
    );
  });

  it('gives days on or after the start, sorted, unique, at most MAX, up to the end, on the rule’s days', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, start, weekStartsOn }) => {
        const days = expandSeries(rule, start, weekStartsOn);
        expect(days.length).toBeLessThanOrEqual(MAX_OCCURRENCES);
        days.forEach((day, i) => {
          expect(day >= start).toBe(true);
          if (i > 0) expect(day > (days[i - 1] as string)).toBe(true);
          if (rule.end.kind === 'until') expect(day <= rule.end.until).toBe(true);
          const date = toUtc(day);
          if (rule.freq === 'weekly') expect(rule.weekdays).toContain(date.getUTCDay());
          else if (rule.monthlyBy === 'dayOfMonth') expect(date.getUTCDate()).toBe(toUtc(start).getUTCDate());
          else {
            expect(date.getUTCDay()).toBe(toUtc(start).getUTCDay());
            expect(Math.ceil(date.getUTCDate() / 7)).toBe(Math.ceil(toUtc(start).getUTCDate() / 7));
          }
        });
        // A monthly series always lands on its start; a weekly one when the start's weekday is chosen.
        const startMatches = rule.freq === 'monthly' || rule.weekdays.includes(toUtc(start).getUTCDay() as Weekday);
        if (days.length > 0) expect(days[0] === start).toBe(startMatches);
      }),
      { numRuns: 400 },
    );
  });

  it('gives exactly `count` days for every rule validateSeries accepts, and validates what it expands', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, start, weekStartsOn }) => {
        const result = validateSeries(rule, start, weekStartsOn);
        const days = expandSeries(rule, start, weekStartsOn);
        if (result.ok) {
          expect(days.length).toBeGreaterThan(0);
          if (rule.end.kind === 'count') expect(days).toHaveLength(rule.end.count);
        } else {
          // Generated rules are well-formed: only the end can be at fault (too many, or no post at all).
          expect(Object.keys(result.errors)).toEqual([rule.end.kind === 'until' ? 'end.until' : 'end.count']);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the week start when every week is active', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, start }) => {
        if (rule.freq !== 'weekly' || rule.interval !== 1) return;
        expect(expandSeries(rule, start, 0)).toEqual(expandSeries(rule, start, 1));
        expect(expandSeries(rule, start, 6)).toEqual(expandSeries(rule, start, 1));
      }),
      { numRuns: 300 },
    );
  });

  it('splits into two series that together expand to the same days', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ rule, start, weekStartsOn }, pick) => {
        if (!validateSeries(rule, start, weekStartsOn).ok) return;
        const days = expandSeries(rule, start, weekStartsOn);
        const fromDay = days[pick % days.length] as string;
        const { before, after } = splitSeries(rule, start, fromDay, weekStartsOn);
        const head = before === null ? [] : expandSeries(before, start, weekStartsOn);
        const tail = after === null ? [] : expandSeries(after.rule, after.start, weekStartsOn);
        expect([...head, ...tail]).toEqual(days);
        expect(tail[0]).toBe(fromDay);
        if (before !== null) expect(validateSeries(before, start, weekStartsOn).ok).toBe(true);
        if (after !== null) expect(validateSeries(after.rule, after.start, weekStartsOn).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
