/**
 * FullCalendar 6 (@fullcalendar/react + daygrid): the month grid (dayGridMonth) with dayMaxEvents, as
 * an app would set it up. `reactContent`: each event drawn by a React element (what an app does to
 * show its own card; the figure the targets are set against); otherwise FullCalendar's
 * built-in event content (faster).
 */
import { createElement, createRef } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import type { EventContentArg, EventInput } from '@fullcalendar/core';
import type { Contender, PeerEvent } from './peers';

const content = (arg: EventContentArg) =>
  createElement('span', { className: 'peer-card' }, createElement('b', null, arg.timeText), arg.event.title);

const endOf = (day: string, time: string): string => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const minutes = h * 60 + m + 30;
  return `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
};

export const fullCalendar = ({ reactContent }: { reactContent: boolean }): Contender => {
  const ref = createRef<FullCalendar>();
  return {
    render: (events: readonly PeerEvent[], month: string) => {
      const inputs: EventInput[] = events.map((e) => ({
        id: e.id,
        title: e.title,
        start: `${e.day}T${e.time}:00`,
        end: endOf(e.day, e.time),
        backgroundColor: e.color,
        borderColor: e.color,
      }));
      return createElement(FullCalendar, {
        ref,
        plugins: [dayGridPlugin],
        initialView: 'dayGridMonth',
        initialDate: `${month}-01`,
        timeZone: 'UTC',
        firstDay: 1,
        dayMaxEvents: true,
        height: '100%',
        headerToolbar: { left: 'title', center: '', right: 'prev,next' },
        events: inputs,
        ...(reactContent ? { eventContent: content } : {}),
      });
    },
    clickNext: () => document.querySelector<HTMLButtonElement>('.fc-next-button')!.click(),
    count: () => {
      let cards = 0;
      let more = 0;
      for (const harness of document.querySelectorAll<HTMLElement>('.fc-daygrid-day-events > .fc-daygrid-event-harness')) {
        if (harness.style.visibility !== 'hidden') cards += 1;
      }
      for (const link of document.querySelectorAll('.fc-daygrid-day-events .fc-daygrid-more-link')) {
        more += Number((link.textContent ?? '').replace(/\D+/g, '')) || 0;
      }
      const view = ref.current?.getApi().view;
      const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');
      const last = view ? new Date(view.activeEnd.getTime() - 86_400_000) : undefined;
      return {
        title: document.querySelector('.fc-toolbar-title')?.textContent?.trim() ?? '',
        cards,
        more,
        from: day(view?.activeStart),
        to: day(last),
        elements: document.querySelectorAll('.fc *').length,
      };
    },
  };
};
