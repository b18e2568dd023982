/**
 * A post marked published on a day (or at a time) still to come is almost always a slip: the wrong
 * status or the wrong date. Insights counts published posts, so one left like that skews a report
 * until its day comes. Pure: "now" and the client's zone are passed in.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { todayIn } from '../../../shared/dates';
import type { Status } from '../../../shared/model/enums';

export type WhenFields = { status: Status; date: string | null; time: string | null };

/** True when `date` (and `time`, if any) in the client's zone is after `now`; an untimed post is future from the next day. */
export const isStillToCome = (date: string, time: string | null, timeZone: string, now: Date): boolean => {
  const today = todayIn(timeZone, now);
  if (date !== today) return date > today;
  if (!time) return false;
  return time > format(new TZDate(now.getTime(), timeZone), 'HH:mm');
};

/**
 * Whether saving `next` marks a post published in the future, and so needs a confirmation. A post
 * already stored as published with the same day and time was confirmed before (or imported so): it is
 * not asked again at each save.
 */
export const needsFutureConfirm = (next: WhenFields, before: WhenFields | null, timeZone: string, now: Date): boolean =>
  next.status === 'published' &&
  next.date !== null &&
  isStillToCome(next.date, next.time, timeZone, now) &&
  !(before && before.status === 'published' && before.date === next.date && before.time === next.time);
