import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Day } from '../../../shared/dates';
import type { Post } from '../../../shared/model/post';
import { PostCard } from '../calendar/PostCard';
import { slotDropId } from '../calendar/dropTargets';
import { slotKey } from './weekLayout';

type SlotProps = {
  day: Day;
  time: string;
  /** "Add a post on Tuesday 24 November at 14:30". */
  label: string;
  /** The one slot of the week reachable with Tab (roving focus, see WeekView). */
  tabbable: boolean;
  readOnly: boolean;
  clientId: string | undefined;
  onAdd: (day: Day, time: string | null) => void;
};

/**
 * A 30-minute slot: a drop target that sets the post's day and time, and a button that adds a post
 * there. Read-only calendars keep the slot for its grid line but offer neither.
 */
export const TimeSlot = memo(function TimeSlot({ day, time, label, tabbable, readOnly, clientId, onAdd }: SlotProps) {
  const { setNodeRef, isOver } = useDroppable({ id: slotDropId(day, time), data: { day, time, clientId }, disabled: readOnly });
  const key = slotKey(day, time);
  const className = `week-slot ${time.endsWith(':00') ? 'week-slot-hour' : 'week-slot-half'}${isOver ? ' slot-drop-target' : ''}`;
  if (readOnly) return <div ref={setNodeRef} className={className} data-slot={key} />;
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={className}
      data-slot={key}
      data-add-slot={key}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      onClick={() => onAdd(day, time)}
    />
  );
});

type UntimedProps = Omit<SlotProps, 'time'> & { posts: readonly Post[]; onOpen: (id: string) => void };

/** A day's "no set time" row: its untimed posts, a drop target that clears the time, and an add button. */
export const UntimedCell = memo(function UntimedCell(props: UntimedProps) {
  const { day, label, tabbable, readOnly, clientId, posts, onAdd, onOpen } = props;
  const { setNodeRef, isOver } = useDroppable({ id: slotDropId(day, null), data: { day, time: null, clientId }, disabled: readOnly });
  const key = slotKey(day, null);
  return (
    <div ref={setNodeRef} className={`week-untimed${isOver ? ' slot-drop-target' : ''}`} data-slot={key}>
      {!readOnly && (
        <button
          type="button"
          className="week-untimed-add"
          data-add-slot={key}
          tabIndex={tabbable ? 0 : -1}
          aria-label={label}
          onClick={() => onAdd(day, null)}
        />
      )}
      {posts.length > 0 && (
        <ul className="week-untimed-posts">
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} onOpen={onOpen} draggable={!readOnly} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
