import { memo, useMemo } from 'react';
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

/**
 * The agency's week: one lane per client, one column per day. A post can be dragged along its own
 * lane to another day; a drop on another client's lane is refused (see PlanningDnd).
 */
export const AllClientsWeek = ({ clients, period, posts, today, readOnly, onAddPost, onEditPost }: CalendarViewProps) => {
  const { i18n } = useTranslation();
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

  return (
    <div className="lanes" role="table" aria-label={format(dayToDate(period.from), 'PPP', { locale })}>
      <div className="lanes-row lanes-head" role="row">
        <div role="columnheader" className="lane-name" />
        {days.map((day) => (
          <div key={day} role="columnheader" className={`lanes-day ${day === today ? 'lanes-today' : ''}`}>
            <span>{format(dayToDate(day), 'EEE', { locale })}</span> <strong>{format(dayToDate(day), 'd')}</strong>
          </div>
        ))}
      </div>
      {lanes.map((client) => (
        <div key={client.id} className="lanes-row" role="row">
          <div role="rowheader" className="lane-name">
            <span className="client-dot" style={{ backgroundColor: client.color }} aria-hidden="true" />
            {client.name}
          </div>
          {days.map((day) => (
            <LaneCell
              key={day}
              client={client}
              day={day}
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
  day: string;
  label: string;
  posts: readonly Post[];
  readOnly: boolean;
  onAdd: (day: string) => void;
  onOpen: (id: string) => void;
};

const LaneCell = memo(function LaneCell({ client, day, label, posts, readOnly, onOpen }: CellProps) {
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
      role="cell"
      data-day={day}
      data-client={client.id}
      aria-label={t('allClients.cell', { client: client.name, date: label })}
      className={`lane-cell ${isOver ? (foreign ? 'lane-drop-refused' : 'day-drop-target') : ''}`}
    >
      {posts.map((post) => (
        <PostCard key={post.id} post={post} onOpen={onOpen} clientColor={client.color} />
      ))}
    </div>
  );
});
