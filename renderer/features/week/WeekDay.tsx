import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Day } from '../../../shared/dates';
import type { Post } from '../../../shared/model/post';
import { DayPopover } from '../calendar/DayPopover';
import { GhostCard } from '../calendar/GhostCard';
import type { Proposal } from '../../../shared/planner/types';
import { PostCard } from '../calendar/PostCard';
import { HOUR_PX, SLOT_TIMES, minutesOf, slotOfMinutes, type DayLayout, type FoldedPosts } from './weekLayout';
import { TimeSlot, UntimedCell } from './WeekSlot';

type HeadProps = {
  day: Day;
  /** "Tuesday 24 November", for accessible names. */
  longLabel: string;
  weekday: string;
  weekdayLong: string;
  dayNumber: string;
  isToday: boolean;
  /** The day's holidays and observances, joined. */
  occasion?: string;
  posts: readonly Post[];
  /** Whether the roving-focus slot is this day's untimed row. */
  tabbable: boolean;
  readOnly: boolean;
  clientId: string | undefined;
  onAdd: (day: Day, time: string | null) => void;
  onOpen: (id: string) => void;
};

/**
 * A day's head: weekday, date and its "no set time" row. Heads sit above the hours' scroller, not
 * sticky inside it: dnd-kit shifts every droppable inside a scroller by the scroll distance, which is
 * wrong for sticky ones, so an untimed row there would stop catching drops once the hours scroll.
 */
export const WeekDayHead = memo(function WeekDayHead(props: HeadProps) {
  const { day, longLabel, weekday, weekdayLong, dayNumber, isToday, occasion, posts, tabbable, readOnly, clientId, onAdd, onOpen } = props;
  const { t } = useTranslation();
  return (
    <div
      role="group"
      aria-label={longLabel}
      className={`week-day-top${isToday ? ' week-day-today' : ''}`}
      data-day={day}
      aria-current={isToday ? 'date' : undefined}
    >
      <div className="week-day-head">
        <abbr className="week-weekday" title={weekdayLong}>
          {weekday}
        </abbr>
        <span className="week-day-number">{dayNumber}</span>
        {isToday && <span className="visually-hidden">{t('week.today')}</span>}
        {occasion && (
          <span className="day-occasion" title={occasion}>
            {occasion}
          </span>
        )}
      </div>
      <UntimedCell
        day={day}
        label={t('week.addUntimed', { date: longLabel })}
        tabbable={tabbable}
        readOnly={readOnly}
        clientId={clientId}
        posts={posts}
        onAdd={onAdd}
        onOpen={onOpen}
      />
    </div>
  );
});

type Props = {
  day: Day;
  longLabel: string;
  isToday: boolean;
  layout: DayLayout;
  /**
   * The roving-focus slot ('HH:mm') when it is in this day's hours, else undefined, so only the
   * columns it leaves and enters re-render when focus moves.
   */
  activeTime: string | undefined;
  /** Minutes since midnight for the current-time line, or null when this day is not today. */
  nowMinutes: number | null;
  /** Popovers of the last columns open leftwards so they stay inside the grid. */
  popoverSide: 'left' | 'right';
  readOnly: boolean;
  clientId: string | undefined;
  onAdd: (day: Day, time: string | null) => void;
  onOpen: (id: string) => void;
  /** The planner's proposals laid out among the posts, by id: drawn as ghost cards. */
  ghosts?: ReadonlyMap<string, Proposal>;
  onGhost?: (id: string) => void;
};

/** A day's hours: 48 half-hour slots, its timed posts on top, and the current-time line on today. */
export const WeekDay = memo(function WeekDay(props: Props) {
  const { day, longLabel, isToday, layout, activeTime, nowMinutes, popoverSide, readOnly, clientId, onAdd, onOpen, ghosts, onGhost } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState<FoldedPosts | null>(null);
  const close = useCallback(() => setOpen(null), []);

  // Labels are built once per language and day, not on every focus move.
  const slotLabels = useMemo(() => SLOT_TIMES.map((time) => t('week.addAt', { date: longLabel, time })), [t, longLabel]);

  return (
    <div role="group" aria-label={longLabel} className={`week-day${isToday ? ' week-day-today' : ''}`} data-day={day}>
      <div className="week-day-body">
        {SLOT_TIMES.map((time, i) => (
          <TimeSlot
            key={time}
            day={day}
            time={time}
            label={slotLabels[i]!}
            tabbable={activeTime === time}
            readOnly={readOnly}
            clientId={clientId}
            onAdd={onAdd}
          />
        ))}
        {nowMinutes !== null && <div className="week-now" style={{ top: (nowMinutes / 60) * HOUR_PX }} aria-hidden="true" />}
        {layout.items.length > 0 && (
          <ul className="week-posts">
            {layout.items.map((item) => {
              const style = { top: item.top, left: `${(item.lane / item.lanes) * 100}%`, width: `${100 / item.lanes}%` };
              const ghost = item.kind === 'post' ? ghosts?.get(item.post.id) : undefined;
              if (ghost && onGhost) {
                return (
                  <li key={ghost.id} className="week-post" style={style}>
                    <GhostCard proposal={ghost} tabbable onSelect={onGhost} />
                  </li>
                );
              }
              if (item.kind === 'post') {
                return (
                  <li key={item.post.id} className="week-post" style={style}>
                    <PostCard post={item.post} onOpen={onOpen} draggable={!readOnly} />
                  </li>
                );
              }
              return (
                <li key={`more-${item.top}`} className="week-post" style={style}>
                  <button
                    type="button"
                    className="week-more"
                    aria-haspopup="dialog"
                    aria-expanded={open === item}
                    aria-label={t('week.moreLabel', { count: item.posts.length, time: item.time, date: longLabel })}
                    onClick={() => setOpen(open === item ? null : item)}
                  >
                    {t('week.more', { count: item.posts.length })}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {open && layout.items.includes(open) && (
          <DayPopover
            position={{ top: `${open.top}px`, ...(popoverSide === 'left' ? { right: '0' } : { left: '0' }) }}
            label={t('week.around', { date: longLabel, time: open.time })}
            posts={ghosts ? open.posts.filter((p) => !ghosts.has(p.id)) : open.posts}
            readOnly={readOnly}
            onOpen={(id) => {
              setOpen(null);
              onOpen(id);
            }}
            onAdd={() => {
              setOpen(null);
              onAdd(day, slotOfMinutes(minutesOf(open.time)));
            }}
            onClose={close}
          />
        )}
      </div>
    </div>
  );
});
