import { describe, expect, it } from 'vitest';
import { describeRule, type MonthlyBy, type SeriesEnd, type SeriesRule, type Weekday } from '../../../shared/series';

const times = (n: number): SeriesEnd => ({ kind: 'count', count: n });
const until = (day: string): SeriesEnd => ({ kind: 'until', until: day });
const weekly = (interval: number, weekdays: Weekday[], end: SeriesEnd): SeriesRule => ({
  freq: 'weekly',
  interval,
  weekdays,
  end,
});
const monthly = (interval: number, monthlyBy: MonthlyBy, end: SeriesEnd): SeriesRule => ({
  freq: 'monthly',
  interval,
  monthlyBy,
  end,
});
const ALL: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

const both = (rule: SeriesRule, start: string, weekStartsOn: 0 | 1 | 6 = 1) => ({
  en: describeRule(rule, start, 'en', weekStartsOn),
  fr: describeRule(rule, start, 'fr', weekStartsOn),
});

describe('describeRule', () => {
  it('weekly, every N weeks on some days, N times', () => {
    expect(both(weekly(2, [4, 2], times(6)), '2026-03-03')).toEqual({
      en: 'Every 2 weeks on Tuesday and Thursday, 6 times',
      fr: 'Toutes les 2 semaines le mardi et le jeudi, 6 fois',
    });
    expect(both(weekly(1, [1, 3, 5], times(1)), '2026-03-02')).toEqual({
      en: 'Weekly on Monday, Wednesday and Friday, once',
      fr: 'Toutes les semaines le lundi, le mercredi et le vendredi, une fois',
    });
  });

  it('lists weekdays as the client’s week runs', () => {
    const rule = weekly(1, [0, 1], times(2));
    expect(describeRule(rule, '2026-03-01', 'en', 1)).toBe('Weekly on Monday and Sunday, 2 times');
    expect(describeRule(rule, '2026-03-01', 'en', 0)).toBe('Weekly on Sunday and Monday, 2 times');
    expect(describeRule(rule, '2026-03-01', 'fr', 6)).toBe('Toutes les semaines le dimanche et le lundi, 2 fois');
  });

  it('says "every day" when all seven are chosen', () => {
    expect(both(weekly(1, ALL, times(10)), '2026-03-02')).toEqual({
      en: 'Every day, 10 times',
      fr: 'Tous les jours, 10 fois',
    });
    expect(both(weekly(3, ALL, times(10)), '2026-03-02')).toEqual({
      en: 'Every 3 weeks, every day, 10 times',
      fr: 'Toutes les 3 semaines, tous les jours, 10 fois',
    });
  });

  it('monthly on a day, until a day', () => {
    expect(both(monthly(1, 'dayOfMonth', until('2027-03-31')), '2026-11-15')).toEqual({
      en: 'Monthly on day 15, until 31 March 2027',
      fr: 'Tous les mois le 15, jusqu’au 31 mars 2027',
    });
    expect(both(monthly(3, 'dayOfMonth', until('2027-04-01')), '2026-11-01')).toEqual({
      en: 'Every 3 months on day 1, until 1 April 2027',
      fr: 'Tous les 3 mois le 1er, jusqu’au 1er avril 2027',
    });
  });

  it('warns that months without the day are skipped', () => {
    expect(both(monthly(1, 'dayOfMonth', times(4)), '2026-01-31')).toEqual({
      en: 'Monthly on day 31 (skipping months without one), 4 times',
      fr: 'Tous les mois le 31 (sauf les mois qui n’en ont pas), 4 fois',
    });
    expect(both(monthly(1, 'weekdayOfMonth', times(4)), '2026-01-30')).toEqual({
      en: 'Monthly on the fifth Friday (skipping months without one), 4 times',
      fr: 'Tous les mois le cinquième vendredi (sauf les mois qui n’en ont pas), 4 fois',
    });
  });

  it('monthly on a weekday of the month', () => {
    expect(both(monthly(1, 'weekdayOfMonth', times(6)), '2026-01-13')).toEqual({
      en: 'Monthly on the second Tuesday, 6 times',
      fr: 'Tous les mois le deuxième mardi, 6 fois',
    });
    expect(both(monthly(2, 'weekdayOfMonth', times(6)), '2026-06-01')).toEqual({
      en: 'Every 2 months on the first Monday, 6 times',
      fr: 'Tous les 2 mois le premier lundi, 6 fois',
    });
  });
});
