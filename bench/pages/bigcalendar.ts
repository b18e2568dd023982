/**
 * react-big-calendar 1.20: the month view with its own toolbar, date-fns localizer, weeks from Monday.
 * Its "+N more" is its default (it measures how many event rows fit, then re-renders).
 */
import { createElement, useState } from 'react';
import { Calendar, dateFnsLocalizer, type Event } from 'react-big-calendar';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enUS } from 'date-fns/locale';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { addDays, gridDays } from '../generate';
import type { Contender, PeerEvent } from './peers';

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: 1 }),
  getDay,
  locales: { 'en-US': enUS },
});

type BigEvent = Event & { color: string };

const toDate = (day: string, time: string, plus = 0): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, min + plus);
};

const Month = ({ events, month }: { events: BigEvent[]; month: string }) => {
  const [date, setDate] = useState(() => toDate(`${month}-01`, '12:00'));
  return createElement(Calendar<BigEvent>, {
    localizer,
    culture: 'en-US',
    events,
    date,
    onNavigate: (next: Date) => setDate(next),
    view: 'month',
    views: ['month'],
    onView: () => undefined,
    eventPropGetter: (event: BigEvent) => ({ style: { backgroundColor: event.color } }),
    style: { height: '100%' },
  });
};

let shown = '';

export const bigCalendar = (): Contender => ({
  render: (events: readonly PeerEvent[], month: string) => {
    shown = month;
    const bigEvents: BigEvent[] = events.map((e) => ({
      title: e.title,
      start: toDate(e.day, e.time),
      end: toDate(e.day, e.time, 30),
      color: e.color,
    }));
    return createElement(Month, { events: bigEvents, month });
  },
  clickNext: () => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.rbc-toolbar button')];
    buttons.find((b) => b.textContent?.trim() === 'Next')!.click();
    const [y, m] = shown.split('-').map(Number) as [number, number];
    shown = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}`;
  },
  count: () => {
    let more = 0;
    for (const link of document.querySelectorAll('.rbc-month-view .rbc-show-more')) {
      more += Number((link.textContent ?? '').replace(/\D+/g, '')) || 0;
    }
    // The grid rbc shows: whole weeks (from Monday) around the month on screen.
    const title = document.querySelector('.rbc-toolbar-label')?.textContent?.trim() ?? '';
    const rows = document.querySelectorAll('.rbc-month-view .rbc-month-row').length;
    const { from } = gridDays(shown, 1);
    return {
      title,
      cards: document.querySelectorAll('.rbc-month-view .rbc-event').length,
      more,
      from,
      to: addDays(from, rows * 7 - 1),
      elements: document.querySelectorAll('.rbc-calendar *').length,
    };
  },
});
