import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftDay, todayIn, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { buildSchedule, type ScheduleEntry, type UpNextItem } from '../../../shared/publishing/reminders';
import { getBridge } from '../../bridge/bridge';
import { ALL_CLIENTS, useDb, usePostsBetween, useSettings } from '../../db/hooks';
import { getPost } from '../../db/posts';
import { writeSetting } from '../../db/settings';
import { useToast } from '../toasts/Toasts';
import { systemClock, useReminderLeader, useReminders, type Clock } from './useReminders';

/**
 * Everything Up next shows and the reminders it sends, for App to place: the posts due from today to
 * a week ahead (and the last week's overdue ones), their count for the toolbar, the reminder timer
 * and the missed reminders found at start, and clicks on a notification.
 * Posts are read for every client over [today − 8, today + 16] days: Up next's days in any client's
 * zone, and every reminder up to a week before its post (MAX_MINUTES_BEFORE).
 */

export const UP_NEXT_DAYS = 7;
export const OVERDUE_DAYS_BACK = 7;

export type UpNext = {
  /** Posts of the scope (one client, or all) in due order, overdue marked. */
  items: UpNextItem[];
  /** Due today or overdue, still to publish: the toolbar's count. */
  count: number;
  posts: ReadonlyMap<string, Post>;
  now: Date;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Whose posts: a client's id, or null for all; follows the calendar until the user picks. */
  scope: string | null;
  setScope: (clientId: string | null) => void;
  /** Reminders that fell due while Cadence was closed (listed until dismissed). */
  missed: ScheduleEntry[];
  dismissMissed: () => void;
};

type Options = {
  clients: readonly Client[];
  today: Day;
  /** The calendar's client, or null for All clients: Up next's scope until the user picks another. */
  clientId: string | null;
  onOpenPost: (post: Post) => void;
  clock?: Clock;
  /** How often overdue marks and the count are refreshed (ms). */
  refreshMs?: number;
};

export const useUpNext = ({ clients, today, clientId, onOpenPost, clock = systemClock, refreshMs = 30_000 }: Options): UpNext => {
  const { t } = useTranslation();
  const db = useDb();
  const toast = useToast();
  const settings = useSettings();
  const range = usePostsBetween(ALL_CLIENTS, shiftDay(today, -(OVERDUE_DAYS_BACK + 1)), shiftDay(today, UP_NEXT_DAYS + 9));
  const [open, setOpenState] = useState(false);
  const [picked, setPicked] = useState<{ id: string | null } | null>(null);
  const scope = picked ? picked.id : clientId;
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (!next) setPicked(null);
  }, []);
  const [missed, setMissed] = useState<ScheduleEntry[]>([]);
  const [now, setNow] = useState(() => clock.now());
  const leader = useReminderLeader();

  const live = useMemo(() => clients.filter((c) => !c.archived), [clients]);
  const posts = useMemo(() => new Map((range?.posts ?? []).map((p) => [p.id, p])), [range]);
  const schedule = useMemo(() => (range ? buildSchedule(range.posts, live) : null), [range, live]);

  // Overdue marks follow the clock; one light interval for the view, apart from the reminder timer.
  useEffect(() => {
    let handle: unknown = null;
    const tick = () => {
      setNow(clock.now());
      handle = clock.setTimeout(tick, refreshMs);
    };
    handle = clock.setTimeout(tick, refreshMs);
    return () => clock.clearTimeout(handle);
  }, [clock, refreshMs]);

  const items = useMemo(
    () => schedule?.upNext(now, { days: UP_NEXT_DAYS, overdueDaysBack: OVERDUE_DAYS_BACK, ...(scope ? { clientId: scope } : {}) }) ?? [],
    [schedule, now, scope],
  );
  // Each client's own today (its zone), as Up next lists them.
  const todays = useMemo(() => new Map(live.map((c) => [c.id, todayIn(c.timeZone, now)])), [live, now]);
  const count = items.filter((item) => item.overdue || (item.status !== 'published' && item.day === todays.get(item.clientId))).length;

  const nameOf = useCallback((id: string) => live.find((c) => c.id === id)?.name ?? '', [live]);
  const onRemind = useCallback(
    (entries: ScheduleEntry[]) => {
      const bridge = getBridge();
      for (const entry of entries) {
        const post = posts.get(entry.postId);
        if (!post) continue;
        const body = [nameOf(entry.clientId), t(`channel.${post.channel}`), entry.time ?? ''].filter(Boolean).join(' · ');
        void bridge.notify({ title: t('upNext.notifyTitle', { title: post.title }).slice(0, 200), body: body.slice(0, 500), postId: post.id }).catch(() => false);
      }
    },
    [posts, nameOf, t],
  );
  const onMissed = useCallback(
    (entries: ScheduleEntry[]) => {
      setMissed(entries);
      toast.show({ message: t('upNext.missedToast', { count: entries.length }), action: { label: t('upNext.show'), run: () => setOpen(true) } });
    },
    [toast, t, setOpen],
  );
  const onSeen = useCallback((instant: Date) => void writeSetting(db, 'remindersSeenAt', instant.toISOString()).catch(() => undefined), [db]);

  useReminders({
    schedule,
    seenAt: settings === undefined ? undefined : (settings.remindersSeenAt ?? null),
    clock,
    leader,
    onRemind,
    onMissed,
    onSeen,
  });

  // A click on a reminder opens its post (read fresh: it may be outside the window read here).
  useEffect(
    () =>
      getBridge().onNotificationClick((postId) => {
        void getPost(db, postId).then((post) => {
          if (post) onOpenPost(post);
        });
      }),
    [db, onOpenPost],
  );

  return { items, count, posts, now, open, setOpen, scope, setScope: (id) => setPicked({ id }), missed, dismissMissed: () => setMissed([]) };
};
