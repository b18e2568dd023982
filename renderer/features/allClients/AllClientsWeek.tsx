import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { useDroppable } from '@dnd-kit/core';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { dayToDate } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import { PostCard } from '../calendar/PostCard';
import { daysIn } from '../calendar/periods';
import type { CalendarViewProps } from '../calendar/viewTypes';
import { dayDropId } from '../calendar/dropTargets';
import { SHORTCUT_KEYS } from '../shortcuts/useShortcuts';

/**
 * The agency's week: one lane per client, one column per day. A post can be dragged along its own
 * lane to another day; a drop on another client's lane is refused (see PlanningDnd).
 * Keyboard: the cells are a grid with ONE Tab stop (a roving tabindex, as the month's days): arrows
 * move between days and lanes, Home/End to the week's first/last day, Enter or `n` adds a post on the
 * focused day; Tab goes on to the cards.
 */
export const AllClientsWeek = ({ clients, period, posts, today, readOnly, onAddPost, onEditPost }: CalendarViewProps) => {
  const { i18n } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<{ lane: number; day: string } | null>(null);
  const locale = dateLocale(i18n.language);
  const days = useMemo(() => daysIn(period), [period]);
  const lanes = useMemo(() => clients.filter((c) => !c.archived), [clients]);
  const byLane = useMemo(() => {
    const map = new Map<string, Post[]>();
    for (const post of posts) {
      if (!post.date) continue;
      const key = `${post.clientId}|${post.date}`;
      const list = map.get(key);
      if (list) list.push(post);
      else map.set(key, [post]);
    }
    return map;
  }, [posts]);

  const active = {
    lane: picked && picked.lane < lanes.length ? picked.lane : 0,
    day: picked && days.includes(picked.day) ? picked.day : days.includes(today) ? today : days[0]!,
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = event.target as HTMLElement;
    if (!cell.classList.contains('lane-cell') || event.altKey || event.ctrlKey || event.metaKey) return;
    const lane = Number(cell.dataset.lane);
    const index = days.indexOf(cell.dataset.day ?? '');
    if ((event.key === 'Enter' || (!event.shiftKey && SHORTCUT_KEYS.newPost.includes(event.key))) && !readOnly) {
      event.preventDefault();
      onAddPost(days[index]!);
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [lane, index - 1],
      ArrowRight: [lane, index + 1],
      ArrowUp: [lane - 1, index],
      ArrowDown: [lane + 1, index],
      Home: [lane, 0],
      End: [lane, days.length - 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const [nextLane, nextIndex] = [Math.min(Math.max(move[0], 0), lanes.length - 1), Math.min(Math.max(move[1], 0), days.length - 1)];
    setPicked({ lane: nextLane, day: days[nextIndex]! });
    rootRef.current?.querySelector<HTMLElement>(`.lane-cell[data-lane="${nextLane}"][data-day="${days[nextIndex]}"]`)?.focus();
  };

  return (
    <div ref={rootRef} className="lanes" role="grid" aria-label={format(dayToDate(period.from), 'PPP', { locale })} onKeyDown={onKeyDown}>
      <div className="lanes-row lanes-head" role="row">
        <div role="columnheader" className="lane-name" />
        {days.map((day) => (
          <div key={day} role="columnheader" className={`lanes-day ${day === today ? 'lanes-today' : ''}`}>
            <span>{format(dayToDate(day), 'EEE', { locale })}</span> <strong>{format(dayToDate(day), 'd')}</strong>
          </div>
        ))}
      </div>
      {lanes.map((client, lane) => (
        <div key={client.id} className="lanes-row" role="row">
          <div role="rowheader" className="lane-name">
            <span className="client-dot" style={{ backgroundColor: client.color }} aria-hidden="true" />
            {client.name}
          </div>
          {days.map((day) => (
            <LaneCell
              key={day}
              client={client}
              lane={lane}
              day={day}
              focusable={active.lane === lane && active.day === day}
              onFocusCell={setPicked}
              label={format(dayToDate(day), 'PPPP', { locale })}
              posts={byLane.get(`${client.id}|${day}`) ?? []}
              readOnly={readOnly}
              onAdd={onAddPost}
              onOpen={onEditPost}
            />
          ))}
        </div>
      ))}
    </div>
  );
};

type CellProps = {
  client: Client;
  lane: number;
  day: string;
  /** The grid's one Tab stop. */
  focusable: boolean;
  onFocusCell: (at: { lane: number; day: string }) => void;
  label: string;
  posts: readonly Post[];
  readOnly: boolean;
  onAdd: (day: string) => void;
  onOpen: (id: string) => void;
};

const LaneCell = memo(function LaneCell({ client, lane, day, focusable, onFocusCell, label, posts, readOnly, onOpen }: CellProps) {
  const { t } = useTranslation();
  // Each lane's days are their own drop targets: the id says the day, the data says whose lane it is.
  const { setNodeRef, isOver, active } = useDroppable({
    id: `${dayDropId(day)}|${client.id}`,
    data: { day, clientId: client.id },
    disabled: readOnly,
  });
  const foreign = isOver && (active?.data.current as { post?: Post } | undefined)?.post?.clientId !== client.id;
  return (
    <div
      ref={setNodeRef}
      role="gridcell"
      tabIndex={focusable ? 0 : -1}
      data-day={day}
      data-lane={lane}
      data-client={client.id}
      // The cell or one of its cards took the focus (a click, Tab): the grid's Tab stop follows.
      onFocus={() => onFocusCell({ lane, day })}
      aria-label={t('allClients.cell', { client: client.name, date: label })}
      className={`lane-cell ${isOver ? (foreign ? 'lane-drop-refused' : 'day-drop-target') : ''}`}
    >
      {posts.map((post) => (
        <PostCard key={post.id} post={post} onOpen={onOpen} clientColor={client.color} />
      ))}
    </div>
  );
});
