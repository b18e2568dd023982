import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { Post } from '../../../shared/model/post';
import { dayToDate } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import { PostCardView } from '../calendar/PostCard';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { calendarCoordinateGetter, dayFromDropId } from './gridKeyboard';

export type DragData = { post: Post; day: string | null };

// The pointer decides where a mouse drop lands; a keyboard drag has no pointer, so the nearest day wins.
const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));

/**
 * Drag and drop for planning: posts move between days keeping their time. Mouse, touch and keyboard
 * (Space picks up, arrows move by day and week, Space drops, Escape cancels), with announcements in
 * the UI language for screen readers. Every move is one undoable change.
 */
export const PlanningDnd = ({ children, readOnly }: { children: ReactNode; readOnly: boolean }) => {
  const { t, i18n } = useTranslation();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [active, setActive] = useState<Post | null>(null);
  const locale = dateLocale(i18n.language);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click still opens the post.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: calendarCoordinateGetter,
      keyboardCodes: { start: ['Space'], end: ['Space', 'Enter'], cancel: ['Escape'] },
    }),
  );

  const longDay = (day: string) => format(dayToDate(day), 'EEEE d MMMM', { locale });
  const postOf = (data: unknown) => (data as DragData | undefined)?.post;

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active: a }) => t('dnd.picked', { title: postOf(a.data.current)?.title ?? '' }),
      onDragOver: ({ active: a, over }) => {
        const day = dayFromDropId(over?.id);
        const title = postOf(a.data.current)?.title ?? '';
        return day ? t('dnd.over', { title, date: longDay(day) }) : t('dnd.outside', { title });
      },
      onDragEnd: ({ active: a, over }) => {
        const day = dayFromDropId(over?.id);
        const title = postOf(a.data.current)?.title ?? '';
        return day ? t('dnd.moved', { title, date: longDay(day) }) : t('dnd.notMoved', { title });
      },
      onDragCancel: ({ active: a }) => t('dnd.cancelled', { title: postOf(a.data.current)?.title ?? '' }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- longDay only depends on the locale
    [t, locale],
  );

  const onDragStart = (event: DragStartEvent) => setActive(postOf(event.active.data.current) ?? null);
  const onDragEnd = async (event: DragEndEvent) => {
    setActive(null);
    const post = postOf(event.active.data.current);
    if (!post) return;
    const day = dayFromDropId(event.over?.id);
    if (!day) {
      toast.show({ message: t('dnd.droppedOutside', { title: post.title }) });
      return;
    }
    if (day === post.date) return;
    try {
      // Only the day changes: the time, and everything else, stays as it was.
      const applied = await history.commit({ upserts: [{ ...post, date: day }], deletes: [] }, t('history.move', { title: post.title }));
      toast.show({
        message: t('dnd.moved', { title: post.title, date: longDay(day) }),
        action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) },
      });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <DndContext
      sensors={readOnly ? [] : sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={onDragStart}
      onDragEnd={(event) => void onDragEnd(event)}
      onDragCancel={() => setActive(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>{active ? <PostCardView post={active} dragging /> : null}</DragOverlay>
    </DndContext>
  );
};
