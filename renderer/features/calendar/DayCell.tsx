import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { dayDropId } from './dropTargets';
import { useLiteTranslation } from '../../i18n/useLiteTranslation';
import type { Occasion } from '../../../shared/holidays';
import type { Post } from '../../../shared/model/post';
import type { Proposal } from '../../../shared/planner/types';
import { GhostCard } from './GhostCard';
import { PostCard } from './PostCard';

type Props = {
  day: string;
  dayNumber: string;
  longLabel: string;
  inMonth: boolean;
  isToday: boolean;
  posts: readonly Post[];
  /** Client colours by client id, in the All clients calendar. */
  colors?: ReadonlyMap<string, string>;
  capacity: number;
  readOnly: boolean;
  /** The grid's one Tab stop (useGridKeys): its "Add a post", "+N more" and cards are in the Tab order. */
  active: boolean;
  onAdd: (day: string) => void;
  onOpen: (id: string) => void;
  onMore: (day: string) => void;
  /** The client's holidays and observances on this day (shown in the day's head). */
  occasions?: readonly Occasion[];
  /** The planner's proposals for this day, drawn after its posts as ghost cards. */
  ghosts?: readonly Proposal[];
  onGhost?: (id: string) => void;
};

const NO_GHOSTS: readonly Proposal[] = [];

// PERF (see bench/README.md): a cell's labels repeat from render to render; i18next's t() with
// interpolation is cached per language, key and values.
const labels = new Map<string, string>();
const cachedT = (t: (key: string, options?: Record<string, unknown>) => string, language: string, key: string, count: number | null, date: string | null): string => {
  const cacheKey = `${language}|${key}|${count ?? ''}|${date ?? ''}`;
  let value = labels.get(cacheKey);
  if (value === undefined) {
    value = t(key, { ...(count !== null ? { count } : {}), ...(date !== null ? { date } : {}) });
    if (labels.size > 5000) labels.clear();
    labels.set(cacheKey, value);
  }
  return value;
};

/** One day of the month grid. Clicking its empty space adds a post on that day. */
export const DayCell = memo(function DayCell(props: Props) {
  const { day, dayNumber, longLabel, inMonth, isToday, posts, colors, capacity, readOnly, active, onAdd, onOpen, onMore } = props;
  const { occasions, ghosts = NO_GHOSTS, onGhost } = props;
  const tabIndex = active ? 0 : -1;
  const { t, language } = useLiteTranslation();
  const label = (key: string, count: number | null, date: string | null) => cachedT(t, language, key, count, date);
  const { setNodeRef, isOver } = useDroppable({ id: dayDropId(day), data: { day }, disabled: readOnly });
  // "+N more" sits in the day's head, beside its number: every slot below holds a card.
  const visible = posts.length > capacity ? posts.slice(0, capacity) : posts;
  // Ghost cards take the room the posts leave; the rest are counted in "+N more" and listed in the plan panel.
  const shownGhosts = ghosts.slice(0, Math.max(0, capacity - visible.length));
  const hidden = posts.length - visible.length + ghosts.length - shownGhosts.length;
  const occasionText = occasions && occasions.length > 0 ? occasions.map((o) => o.name).join(' · ') : null;
  const classes = ['day', inMonth ? '' : 'day-outside', isToday ? 'day-today' : '', isOver ? 'day-drop-target' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div ref={setNodeRef} role="cell" className={classes} data-day={day} aria-current={isToday ? 'date' : undefined}>
      {!readOnly && (
        <button
          type="button"
          className="day-add"
          tabIndex={tabIndex}
          aria-label={label('month.addOn', null, longLabel)}
          onClick={() => onAdd(day)}
        />
      )}
      <div className="day-head">
        <span className="day-number">{dayNumber}</span>
        {isToday && <span className="visually-hidden">{label('month.today', null, null)}</span>}
        {occasionText && (
          <span className="day-occasion" title={occasionText}>
            {occasionText}
          </span>
        )}
        {hidden > 0 && (
          <button
            type="button"
            className="day-more"
            tabIndex={tabIndex}
            aria-label={label('month.moreLabel', hidden, longLabel)}
            onClick={() => onMore(day)}
            // A narrow day shows "+2" (CSS ::after), not "+2 more": the button's label says it in full.
            data-short={`+${hidden}`}
          >
            <span className="day-more-long">{label('month.more', hidden, null)}</span>
          </button>
        )}
      </div>
      <ul className="day-posts">
        {/* PERF: keyed by place, like the cells (see MonthView): a month switch redraws the cards
            it already has with other posts rather than building new ones. */}
        {visible.map((post, index) => (
          <li key={index}>
            <PostCard post={post} onOpen={onOpen} clientColor={colors?.get(post.clientId)} tabbable={active} />
          </li>
        ))}
        {onGhost &&
          shownGhosts.map((proposal) => (
            <li key={proposal.id}>
              <GhostCard proposal={proposal} tabbable={active} onSelect={onGhost} />
            </li>
          ))}
      </ul>
    </div>
  );
});
