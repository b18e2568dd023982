import type { Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import type { WeekStart } from '../../../shared/model/enums';
import type { Period } from './periods';

/** What every calendar view (month, week, agenda) receives from the app. */
export type CalendarViewProps = {
  /** The client shown, or null in the All clients calendar. */
  client: Client | null;
  /** Every client, for colouring posts by client in the All clients calendar. */
  clients: readonly Client[];
  period: Period;
  /** The period's posts, already filtered, sorted by day, untimed first, then time and title. */
  posts: readonly Post[];
  today: Day;
  weekStartsOn: WeekStart;
  readOnly: boolean;
  /** How month cards are drawn (see Settings.density); other views ignore it. */
  density?: 'comfortable' | 'compact';
  onAddPost: (day: Day, time?: string | null) => void;
  onEditPost: (id: string) => void;
  /** Shows the period around `day` (the month grid's keys move past its edges); views without it stay put. */
  onGoTo?: (day: Day) => void;
};
