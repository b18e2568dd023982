import { addDays, differenceInCalendarDays, endOfWeek, format, startOfWeek, type Locale } from 'date-fns';
import { dateToDay, dayToDate, gridRange, monthOf, shiftDay, shiftMonth, type Day } from '../../../shared/dates';
import type { WeekStart } from '../../../shared/model/enums';

export const VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof VIEWS)[number];

/** Agenda lengths a user can pick, in days. */
export const AGENDA_SPANS = [7, 14, 28, 91] as const;
export type AgendaSpan = (typeof AGENDA_SPANS)[number];

/** What a view shows: its first and last day (inclusive) and the day it was opened on. */
export type Period = { view: CalendarView; anchor: Day; from: Day; to: Day };

export const periodOf = (view: CalendarView, anchor: Day, weekStartsOn: WeekStart, agendaSpan: AgendaSpan): Period => {
  if (view === 'month') return { view, anchor, ...gridRange(monthOf(anchor), weekStartsOn) };
  if (view === 'week') {
    const date = dayToDate(anchor);
    return {
      view,
      anchor,
      from: dateToDay(startOfWeek(date, { weekStartsOn })),
      to: dateToDay(endOfWeek(date, { weekStartsOn })),
    };
  }
  return { view, anchor, from: anchor, to: dateToDay(addDays(dayToDate(anchor), agendaSpan - 1)) };
};

/** The anchor one period earlier or later: a month, a week, or the agenda's own length. */
export const stepAnchor = (view: CalendarView, anchor: Day, direction: -1 | 1, agendaSpan: AgendaSpan): Day => {
  if (view === 'month') return `${shiftMonth(monthOf(anchor), direction)}-01`;
  if (view === 'week') return shiftDay(anchor, 7 * direction);
  return shiftDay(anchor, agendaSpan * direction);
};

/** "November 2026", "16 – 22 Nov 2026", "24 Nov – 21 Dec 2026". */
export const periodTitle = (period: Period, locale: Locale): string => {
  if (period.view === 'month') return format(dayToDate(`${monthOf(period.anchor)}-01`), 'LLLL yyyy', { locale });
  const from = dayToDate(period.from);
  const to = dayToDate(period.to);
  const sameYear = from.getFullYear() === to.getFullYear();
  const sameMonth = sameYear && from.getMonth() === to.getMonth();
  const start = format(from, sameMonth ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy', { locale });
  return `${start} – ${format(to, 'd MMM yyyy', { locale })}`;
};

export const daysIn = (period: Pick<Period, 'from' | 'to'>): Day[] => {
  const count = differenceInCalendarDays(dayToDate(period.to), dayToDate(period.from)) + 1;
  return Array.from({ length: count }, (_, i) => shiftDay(period.from, i));
};
