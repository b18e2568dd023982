/**
 * When each post is due and when to remind the user of it: a pure schedule the app's timer, its
 * start-up check and the Up next view read. Nothing here reads the clock: `now` is always passed in.
 *
 * TRAP: a post's day and time are wall time in its CLIENT's zone, never the machine's. They become an
 * instant through wallToUtc (shared/serializers/wallTime.ts), so daylight-saving days follow the same
 * rule as the ICS export: a time in the spring-forward gap (02:30 on 2027-03-28 in Paris) is read with
 * the offset before the gap (→ 03:30 CEST), a time that happens twice in the fall-back overlap (02:30 on
 * 2026-10-25 in Paris) is its FIRST occurrence.
 * - "minutesBefore" is a duration: 60 minutes before 03:30 CEST on the spring-forward day is 01:30 CET
 *   (one real hour, two on the wall clock); 1440 before noon is 24 real hours, i.e. 11:00 the day before
 *   when the clocks moved in between.
 * - An untimed post is due at the END of its day (the next day's 00:00 in the client's zone): it is
 *   overdue only once its day is over there. It gets NO reminder: it has no moment to be reminded of
 *   (a notification at 23:45 would be noise), and it is listed in Up next for its day.
 * - Published posts and clients with reminders off never remind. Windows are half-open, (from, to]:
 *   a timer set for nextReminder(t) that then asks dueBetween(t, fired) neither misses nor repeats one.
 */
import { subMinutes } from 'date-fns';
import { z } from 'zod';
import { isDay, isTime, isTimeZone, shiftDay, todayIn, type Day } from '../dates';
import type { Status } from '../model/enums';
import { wallToUtc, type WallResolution } from '../serializers/wallTime';

export const DEFAULT_MINUTES_BEFORE = 15;
export const MAX_MINUTES_BEFORE = 7 * 24 * 60;

export const ReminderSettingsSchema = z.object({
  enabled: z.boolean(),
  minutesBefore: z
    .number({ error: 'errors.reminderMinutesInvalid' })
    .int({ error: 'errors.reminderMinutesInvalid' })
    .min(0, { error: 'errors.reminderMinutesInvalid' })
    .max(MAX_MINUTES_BEFORE, { error: 'errors.reminderMinutesInvalid' }),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

/** Off until the user turns them on (web mode asks for the notification permission then). */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: false, minutesBefore: DEFAULT_MINUTES_BEFORE };

/** A client's stored reminder settings, field by field, with the defaults for what is missing or bad. */
export const resolveReminderSettings = (stored: unknown): ReminderSettings => {
  const fields = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const enabled = ReminderSettingsSchema.shape.enabled.safeParse(fields.enabled);
  const minutes = ReminderSettingsSchema.shape.minutesBefore.safeParse(fields.minutesBefore);
  return {
    enabled: enabled.success ? enabled.data : DEFAULT_REMINDER_SETTINGS.enabled,
    minutesBefore: minutes.success ? minutes.data : DEFAULT_REMINDER_SETTINGS.minutesBefore,
  };
};

export type SchedulePost = { id: string; clientId: string; date: Day | null; time: string | null; status: Status };
/** `reminders` as stored on the client (read through resolveReminderSettings). */
export type ScheduleClient = { id: string; timeZone: string; reminders?: unknown };

export type ScheduleEntry = {
  postId: string;
  clientId: string;
  day: Day;
  time: string | null;
  status: Status;
  /** The instant the post is due; for an untimed post, the end of its day in the client's zone. */
  dueAt: Date;
  untimed: boolean;
  /** 'gap' / 'overlap': the time fell in a daylight-saving change (see the module comment). */
  resolution: WallResolution;
  /** When to remind; null: published, reminders off for the client, or untimed. */
  remindAt: Date | null;
};

export type UpNextItem = ScheduleEntry & { overdue: boolean };

export type UpNextOptions = {
  /** Days after today to include (today + 7 days by default, i.e. 8 calendar days). */
  days?: number;
  /** One client only; all clients when missing. */
  clientId?: string;
  /** Also list overdue posts of this many days before today (0 by default). */
  overdueDaysBack?: number;
};

export type Schedule = {
  /** Every dated post of a known client, in due order. */
  entries: readonly ScheduleEntry[];
  /** The earliest reminder strictly after `now` (for a timer), or null when none is left. */
  nextReminder: (now: Date) => ScheduleEntry | null;
  /** Reminders that fell in (from, to], in order: what to notify, or list at start as missed. */
  dueBetween: (from: Date, to: Date) => ScheduleEntry[];
  /** Posts due today and in the next `days` days (each client's own today), in time order. */
  upNext: (now: Date, options?: UpNextOptions) => UpNextItem[];
};

const byInstant = (a: ScheduleEntry, b: ScheduleEntry): number =>
  a.dueAt.getTime() - b.dueAt.getTime() ||
  Number(a.untimed) - Number(b.untimed) ||
  a.clientId.localeCompare(b.clientId) ||
  a.postId.localeCompare(b.postId);

const byReminder = (a: ScheduleEntry, b: ScheduleEntry): number =>
  (a.remindAt?.getTime() ?? 0) - (b.remindAt?.getTime() ?? 0) || byInstant(a, b);

const entryOf = (post: SchedulePost, client: ScheduleClient, settings: ReminderSettings): ScheduleEntry | null => {
  if (post.date === null || !isDay(post.date)) return null;
  const timed = post.time !== null && isTime(post.time);
  const { instant, resolution } = timed
    ? wallToUtc(post.date, post.time as string, client.timeZone)
    : wallToUtc(shiftDay(post.date, 1), '00:00', client.timeZone);
  const reminds = timed && settings.enabled && post.status !== 'published';
  return {
    postId: post.id,
    clientId: post.clientId,
    day: post.date,
    time: timed ? post.time : null,
    status: post.status,
    dueAt: instant,
    untimed: !timed,
    resolution: timed ? resolution : 'exact',
    remindAt: reminds ? subMinutes(instant, settings.minutesBefore) : null,
  };
};

/**
 * The schedule of these posts. Posts without a day (ideas), of an unknown client or of a client with
 * an unusable time zone are left out; a malformed time counts as no time.
 */
export const buildSchedule = (posts: readonly SchedulePost[], clients: readonly ScheduleClient[]): Schedule => {
  const known = new Map<string, { client: ScheduleClient; settings: ReminderSettings }>();
  for (const client of clients) {
    if (isTimeZone(client.timeZone)) known.set(client.id, { client, settings: resolveReminderSettings(client.reminders) });
  }
  const entries: ScheduleEntry[] = [];
  for (const post of posts) {
    const found = known.get(post.clientId);
    const entry = found ? entryOf(post, found.client, found.settings) : null;
    if (entry) entries.push(entry);
  }
  entries.sort(byInstant);
  const reminders = entries.filter((e) => e.remindAt !== null).sort(byReminder);

  const nextReminder = (now: Date): ScheduleEntry | null =>
    reminders.find((e) => (e.remindAt as Date).getTime() > now.getTime()) ?? null;

  const dueBetween = (from: Date, to: Date): ScheduleEntry[] =>
    reminders.filter((e) => {
      const at = (e.remindAt as Date).getTime();
      return at > from.getTime() && at <= to.getTime();
    });

  const upNext = (now: Date, options: UpNextOptions = {}): UpNextItem[] => {
    const { days = 7, clientId, overdueDaysBack = 0 } = options;
    const windows = new Map<string, { first: Day; today: Day; last: Day }>();
    for (const [id, { client }] of known) {
      const today = todayIn(client.timeZone, now);
      windows.set(id, { first: shiftDay(today, -overdueDaysBack), today, last: shiftDay(today, days) });
    }
    const items: UpNextItem[] = [];
    for (const entry of entries) {
      if (clientId !== undefined && entry.clientId !== clientId) continue;
      const window = windows.get(entry.clientId);
      if (!window || entry.day < window.first || entry.day > window.last) continue;
      const overdue = entry.status !== 'published' && now.getTime() > entry.dueAt.getTime();
      // Days before today are listed only for what is still to publish.
      if (entry.day < window.today && !overdue) continue;
      items.push({ ...entry, overdue });
    }
    return items;
  };

  return { entries, nextReminder, dueBetween, upNext };
};
