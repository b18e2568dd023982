import { AgendaView } from '../features/agenda/AgendaView';
import { AllClientsWeek } from '../features/allClients/AllClientsWeek';
import { MonthView } from '../features/calendar/MonthView';
import { CardsProvider } from '../features/calendar/useFileDrop';
import type { CalendarViewProps } from '../features/calendar/viewTypes';
import { WeekView } from '../features/week/WeekView';

// Here in app/, above the views it chooses between: in calendar/ it made the month's folder import the
// week, agenda and all-clients folders that import it.

/** The view for the period: month, week (client lanes in the All clients calendar) or agenda. */
export const CalendarBody = (props: CalendarViewProps) => {
  if (props.period.view === 'agenda') return <AgendaView {...props} />;
  // Cards show their first picture in the week and the comfortable month (issue 18), and take files
  // dropped on them unless the view is read-only.
  const thumbs = props.period.view === 'week' || (props.density ?? 'comfortable') === 'comfortable';
  return (
    <CardsProvider thumbs={thumbs} acceptFiles={!props.readOnly}>
      {props.period.view === 'week' ? props.client ? <WeekView {...props} /> : <AllClientsWeek {...props} /> : <MonthView {...props} />}
    </CardsProvider>
  );
};
