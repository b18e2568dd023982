import { endOfMonth } from 'date-fns';
import { dateToDay, monthOf, monthToDate, type Day } from '../../shared/dates';

/** The days "Plan this month" offers first: the month shown, from today when it is the current month. */
export const planRange = (anchor: Day, today: Day): { defaultFrom: Day; defaultTo: Day } => {
  const month = monthOf(anchor);
  const first = `${month}-01`;
  const last = dateToDay(endOfMonth(monthToDate(month)));
  return { defaultFrom: today > first && today <= last ? today : first, defaultTo: last };
};
