import { AgendaView } from '../agenda/AgendaView';
import { AllClientsWeek } from '../allClients/AllClientsWeek';
import { WeekView } from '../week/WeekView';
import { MonthView } from './MonthView';
import type { CalendarViewProps } from './viewTypes';

/** The view for the period: month, week (client lanes in the All clients calendar) or agenda. */
export const CalendarBody = (props: CalendarViewProps) => {
  if (props.period.view === 'agenda') return <AgendaView {...props} />;
  if (props.period.view === 'week') return props.client ? <WeekView {...props} /> : <AllClientsWeek {...props} />;
  return <MonthView {...props} />;
};
