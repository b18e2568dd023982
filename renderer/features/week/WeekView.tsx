import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { Post } from '../../../shared/model/post';
import { dayToDate, type Day } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import { daysIn, periodTitle } from '../calendar/periods';
import type { CalendarViewProps } from '../calendar/viewTypes';
import { HOURS, HOUR_PX, layoutDay, moveSlot, parseSlotKey, slotKey, startMinutes, timeOf } from './weekLayout';
import { useNowMinutes } from './useNowMinutes';
import { SHORTCUT_KEYS } from '../shortcuts/useShortcuts';
import { WeekDay, WeekDayHead } from './WeekDay';
import { proposalAsPost } from '../calendar/GhostCard';
import { useOccasions } from '../calendar/useOccasions';
import { usePlanGhosts } from '../plan/PlanContext';
import type { Proposal } from '../../../shared/planner/types';
import './week.css';

const EMPTY: readonly Post[] = [];
const CARD_ROW_PX = 24;
/** The untimed row grows with the busiest day, up to this many cards; beyond, it scrolls. */
const MAX_UNTIMED_ROWS = 3;
const LABEL_ROOM_PX = 8;
const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

type Slot = { day: Day; time: string | null };

/**
 * Days as columns, hours as rows. Each day has a "no set time" row, then 48 half-hour slots that both
 * accept dropped posts (setting their time) and add a post when clicked.
 *
 * Keyboard: the 336 slot buttons are ONE Tab stop (roving tabindex); arrows move between days and
 * half-hours, Home/End to the week's ends, PageUp/PageDown by four hours, Enter or `n` adds. We chose this over a
 * per-day "Add a post" button because it lets a keyboard user pick the exact time as a mouse user does,
 * and it moves exactly like a post picked up with Space, so there is one grid model to learn.
 * Posts stay ordinary Tab stops.
 */
export const WeekView = (props: CalendarViewProps) => {
  const { client, period, posts, today, readOnly, onAddPost, onEditPost } = props;
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  const scrollRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const days = useMemo(() => daysIn({ from: period.from, to: period.to }), [period.from, period.to]);

  const plan = usePlanGhosts();
  const occasions = useOccasions(client?.country, period.from, period.to, i18n.language.startsWith('fr') ? 'fr' : 'en');
  // The planner's proposals are laid out with the posts (as the posts they will be), drawn as ghosts.
  const ghosts = useMemo(() => {
    const out = new Map<string, Proposal>();
    for (const list of plan?.byDay.values() ?? []) for (const p of list) if (p.date >= period.from && p.date <= period.to) out.set(p.id, p);
    return out;
  }, [plan, period.from, period.to]);

  const layouts = useMemo(() => {
    const byDay = new Map<Day, Post[]>();
    for (const post of [...posts, ...[...ghosts.values()].map(proposalAsPost)]) {
      if (!post.date) continue;
      const list = byDay.get(post.date);
      if (list) list.push(post);
      else byDay.set(post.date, [post]);
    }
    return new Map(days.map((day) => [day, layoutDay(byDay.get(day) ?? EMPTY)]));
  }, [days, posts, ghosts]);

  const untimedRows = useMemo(() => {
    let most = 1;
    for (const layout of layouts.values()) most = Math.max(most, layout.untimed.length);
    return Math.min(most, MAX_UNTIMED_ROWS);
  }, [layouts]);

  const labels = useMemo(
    () =>
      new Map(
        days.map((day) => {
          const date = dayToDate(day);
          return [
            day,
            {
              longLabel: format(date, 'EEEE d MMMM', { locale }),
              weekday: format(date, 'EEE', { locale }),
              weekdayLong: format(date, 'EEEE', { locale }),
              dayNumber: format(date, 'd', { locale }),
            },
          ];
        }),
      ),
    [days, locale],
  );

  const start = useMemo(() => startMinutes(posts), [posts]);
  const todayShown = days.includes(today);
  const nowMinutes = useNowMinutes(client?.timeZone);

  // Roving focus: the slot that Tab lands on. Until the user picks one, today (or the first day) at
  // the hour the grid opens on, so it is on screen.
  const [picked, setPicked] = useState<Slot | null>(null);
  const active: Slot = picked && days.includes(picked.day) ? picked : { day: todayShown ? today : days[0]!, time: timeOf(start) };

  // Open each week on its first busy hour; while the posts of this week are still arriving, follow
  // them, but never fight a user who has scrolled.
  const auto = useRef<{ from: Day; top: number } | null>(null);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const last = auto.current;
    if (last && last.from === period.from && Math.abs(element.scrollTop - last.top) > 1) return;
    // A few pixels above the hour, so its label (centred on the line) is not cut by the scroller's edge.
    element.scrollTop = Math.max(0, (start / 60) * HOUR_PX - LABEL_ROOM_PX);
    auto.current = { from: period.from, top: element.scrollTop };
  }, [period.from, start]);

  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const key = (event.target as HTMLElement).dataset.addSlot;
    if (!key) return;
    const slot = parseSlotKey(key);
    setPicked((prev) => (prev && prev.day === slot.day && prev.time === slot.time ? prev : slot));
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const key = (event.target as HTMLElement).dataset.addSlot;
      if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!event.shiftKey && SHORTCUT_KEYS.newPost.includes(event.key)) {
        // The global `n` adds on today; on a focused slot it adds there, at that time.
        event.preventDefault();
        const slot = parseSlotKey(key);
        onAddPost(slot.day, slot.time);
        return;
      }
      if (!NAV_KEYS.has(event.key)) return;
      // Keys that would leave the week do nothing, rather than scroll the grid under the focus.
      event.preventDefault();
      const next = moveSlot(parseSlotKey(key), event.key, days);
      if (!next) return;
      const target = event.currentTarget.querySelector<HTMLElement>(`[data-add-slot="${slotKey(next.day, next.time)}"]`);
      target?.focus({ preventScroll: true });
      // Only as far as needed (focus() alone would centre it, jumping the hours by half a screen).
      target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    [days, onAddPost],
  );

  const columns = { '--week-days': days.length } as CSSProperties;

  return (
    <div
      className="week-view"
      role="group"
      aria-label={t('week.label', { range: periodTitle(period, locale) })}
      aria-describedby={readOnly ? undefined : hintId}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      {!readOnly && (
        <p id={hintId} className="visually-hidden">
          {t('week.keys')}
        </p>
      )}
      <div className="week-head" style={{ ...columns, '--week-untimed-h': `${untimedRows * CARD_ROW_PX + 4}px` } as CSSProperties}>
        <div className="week-gutter-top" aria-hidden="true">
          <div className="week-day-head" />
          <div className="week-gutter-untimed">{t('week.untimed')}</div>
        </div>
        {days.map((day) => (
          <WeekDayHead
            key={day}
            day={day}
            {...labels.get(day)!}
            isToday={day === today}
            occasion={occasions.get(day)?.map((o) => o.name).join(' · ')}
            posts={layouts.get(day)!.untimed}
            tabbable={active.day === day && active.time === null}
            readOnly={readOnly}
            clientId={client?.id}
            onAdd={onAddPost}
            onOpen={onEditPost}
          />
        ))}
      </div>
      <div className="week-scroll" ref={scrollRef}>
        <div className="week-grid" style={columns}>
          {/* The hour labels repeat what every slot's name already says; screen readers skip them. */}
          <div className="week-gutter" aria-hidden="true">
            {HOURS.map((hour, h) => (
              <span key={hour} className="week-hour" style={{ top: h * HOUR_PX }}>
                {h === 0 ? '' : hour}
              </span>
            ))}
          </div>
          {days.map((day, i) => (
            <WeekDay
              key={day}
              day={day}
              longLabel={labels.get(day)!.longLabel}
              isToday={day === today}
              layout={layouts.get(day)!}
              activeTime={active.day === day && active.time !== null ? active.time : undefined}
              nowMinutes={day === today ? nowMinutes : null}
              popoverSide={i >= days.length - 3 ? 'left' : 'right'}
              readOnly={readOnly}
              clientId={client?.id}
              onAdd={onAddPost}
              onOpen={onEditPost}
              ghosts={ghosts}
              onGhost={plan?.select}
            />
          ))}
        </div>
      </div>
    </div>
  );
};
