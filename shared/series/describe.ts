/**
 * A series in words, in both UI languages: "Every 2 weeks on Tuesday and Thursday, 6 times".
 *
 * TRAP: the end day is formatted from its local calendar date (`dayToDate`), never from an instant,
 * so it never reads as the day before on a machine west of UTC. French dates need "1er" for the
 * first of a month, which date-fns' `do` does not give ("1er" but "2e"), hence `frenchDay`.
 */
import { format, getDay } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { dayToDate, type Day } from '../dates';
import type { Language, WeekStart } from '../model/enums';
import type { MonthlyRule, SeriesEnd, SeriesRule } from './rule';

const ORDINALS: Readonly<Record<Language, readonly string[]>> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth'],
  fr: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième'],
};

const weekdayName = (weekday: number, language: Language): string =>
  (language === 'fr' ? fr : enUS).localize.day(weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6, { width: 'wide' });

/** "a, b and c" / "a, b et c". */
const joinList = (items: readonly string[], language: Language): string => {
  const and = language === 'fr' ? ' et ' : ' and ';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
};

const frenchDay = (dayOfMonth: number): string => (dayOfMonth === 1 ? '1er' : String(dayOfMonth));

const longDate = (day: Day, language: Language): string => {
  const date = dayToDate(day);
  if (language === 'en') return format(date, 'd MMMM yyyy', { locale: enUS });
  return `${frenchDay(date.getDate())} ${format(date, 'MMMM yyyy', { locale: fr })}`;
};

const describeEnd = (end: SeriesEnd, language: Language): string => {
  if (end.kind === 'until') {
    return language === 'fr' ? `jusqu’au ${longDate(end.until, 'fr')}` : `until ${longDate(end.until, 'en')}`;
  }
  if (language === 'fr') return end.count === 1 ? 'une fois' : `${end.count} fois`;
  return end.count === 1 ? 'once' : `${end.count} times`;
};

const describeWeekly = (interval: number, weekdays: readonly number[], weekStartsOn: WeekStart, language: Language) => {
  // Listed as the client's week runs (Monday first in France), whatever order they were ticked in.
  const ordered = [...weekdays].sort((a, b) => ((a - weekStartsOn + 7) % 7) - ((b - weekStartsOn + 7) % 7));
  const everyDay = ordered.length === 7;
  if (language === 'fr') {
    const days = everyDay ? 'tous les jours' : joinList(ordered.map((d) => `le ${weekdayName(d, 'fr')}`), 'fr');
    if (interval === 1) return everyDay ? 'Tous les jours' : `Toutes les semaines ${days}`;
    return everyDay ? `Toutes les ${interval} semaines, ${days}` : `Toutes les ${interval} semaines ${days}`;
  }
  const days = everyDay ? 'every day' : `on ${joinList(ordered.map((d) => weekdayName(d, 'en')), 'en')}`;
  if (interval === 1) return everyDay ? 'Every day' : `Weekly ${days}`;
  return everyDay ? `Every ${interval} weeks, ${days}` : `Every ${interval} weeks ${days}`;
};

const describeMonthly = (rule: MonthlyRule, start: Day, language: Language): string => {
  const date = dayToDate(start);
  const dayOfMonth = date.getDate();
  const every =
    language === 'fr'
      ? rule.interval === 1
        ? 'Tous les mois'
        : `Tous les ${rule.interval} mois`
      : rule.interval === 1
        ? 'Monthly'
        : `Every ${rule.interval} months`;
  if (rule.monthlyBy === 'dayOfMonth') {
    // Said out loud because the skip surprises: "monthly on the 31st" has 7 posts a year, not 12.
    const skips = dayOfMonth > 28;
    if (language === 'fr') {
      return `${every} le ${frenchDay(dayOfMonth)}${skips ? ' (sauf les mois qui n’en ont pas)' : ''}`;
    }
    return `${every} on day ${dayOfMonth}${skips ? ' (skipping months without one)' : ''}`;
  }
  const nth = Math.ceil(dayOfMonth / 7);
  const ordinal = ORDINALS[language][nth - 1] ?? String(nth);
  const weekday = weekdayName(getDay(date), language);
  const skips = nth === 5;
  if (language === 'fr') {
    return `${every} le ${ordinal} ${weekday}${skips ? ' (sauf les mois qui n’en ont pas)' : ''}`;
  }
  return `${every} on the ${ordinal} ${weekday}${skips ? ' (skipping months without one)' : ''}`;
};

/**
 * A one-line summary of a series for the editor and the "edit series" dialog, e.g.
 * "Every 2 weeks on Tuesday and Thursday, 6 times" / "Toutes les 2 semaines le mardi et le jeudi,
 * 6 fois", "Monthly on day 15, until 31 March 2027" / "Tous les mois le 15, jusqu’au 31 mars 2027".
 * `start` supplies the day or rank a monthly series repeats; `weekStartsOn` orders the weekdays.
 */
export const describeRule = (rule: SeriesRule, start: Day, language: Language, weekStartsOn: WeekStart = 1): string => {
  const how =
    rule.freq === 'weekly'
      ? describeWeekly(rule.interval, rule.weekdays, weekStartsOn, language)
      : describeMonthly(rule, start, language);
  return `${how}, ${describeEnd(rule.end, language)}`;
};
