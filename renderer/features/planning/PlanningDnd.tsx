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
import type { Client } from '../../../shared/model/client';
import { dayToDate } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import { PostCardView } from '../calendar/PostCard';
import { versionsRead } from '../../db/conflicts';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { calendarCoordinateGetter, parseDropId } from '../calendar/dropTargets';
import { keyAtEnd, keyBefore } from '../backlog/ordering';
import { visibleFirst } from '../week/visibleFirst';

export type DragData = { post: Post; day: string | null };

// The pointer decides where a mouse drop lands; a keyboard drag has no pointer, so the nearest day wins.
// visibleFirst: in the week view, slots scrolled out of sight must not catch a drop meant for the
// "no set time" row drawn above them.
const pointerVisible = visibleFirst(pointerWithin);
const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerVisible(args) : closestCenter(args));

/**
 * Drag and drop for planning: posts move between days keeping their time. Mouse, touch and keyboard
 * (Space picks up, arrows move by day and week, Space drops, Escape cancels), with announcements in
 * the UI language for screen readers. Every move is one undoable change.
 */
// A few pixels of travel before a drag starts, so a click still opens the post.
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: calendarCoordinateGetter,
  keyboardCodes: { start: ['Space'], end: ['Space', 'Enter'], cancel: ['Escape'] },
  // Smooth scrolling lags behind fast key presses and would swallow moves in the week view.
  scrollBehavior: 'auto' as const,
};
const NO_SENSORS: ReturnType<typeof useSensors> = [];

type Props = {
  children: ReactNode;
  readOnly: boolean;
  clients: readonly Client[];
  /** The shown client's backlog, in order, to place a dropped idea among the others. */
  backlog: readonly Post[];
};

/** The post as it would be after a drop, or a reason why the drop changes nothing. */
const dropResult = (
  post: Post,
  overId: unknown,
  laneClientId: unknown,
  backlog: readonly Post[],
): Post | 'outside' | 'other-client' | 'same' => {
  const target = parseDropId(overId);
  if (!target) return 'outside';
  if (typeof laneClientId === 'string' && laneClientId !== post.clientId) return 'other-client';
  if (target.kind === 'backlog') {
    return post.date === null ? 'same' : { ...post, date: null, status: 'idea', order: keyAtEnd(backlog) };
  }
  if (target.kind === 'idea') {
    const order = target.postId === post.id ? null : keyBefore(backlog, post.id, target.postId);
    return order === null ? 'same' : { ...post, date: null, status: 'idea', order };
  }
  // A move keeps the time unless the drop names one (a week-view slot).
  const time = target.kind === 'slot' ? target.time : post.time;
  if (target.day === post.date && time === post.time) return 'same';
  // An idea scheduled from the backlog becomes a draft: it now has a day.
  return { ...post, date: target.day, time, status: post.status === 'idea' ? 'draft' : post.status };
};

export const PlanningDnd = ({ children, readOnly, clients, backlog }: Props) => {
  const { t, i18n } = useTranslation();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [active, setActive] = useState<Post | null>(null);
  const locale = dateLocale(i18n.language);
  // PERF: options objects made once. New ones on every render made new sensors, hence new listeners
  // for every draggable card, so every card of the month redrew on every render of the app.
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const longDay = (day: string) => format(dayToDate(day), 'EEEE d MMMM', { locale });
  // "Tuesday 24 November", "Tuesday 24 November at 14:30" or "… with no set time" for week-view slots.
  const where = (overId: unknown): string | null => {
    const target = parseDropId(overId);
    if (!target || (target.kind !== 'day' && target.kind !== 'slot')) return null;
    if (target.kind === 'day') return longDay(target.day);
    return target.time ? t('dnd.atTime', { date: longDay(target.day), time: target.time }) : t('dnd.untimed', { date: longDay(target.day) });
  };
  const postOf = (data: unknown) => (data as DragData | undefined)?.post;

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active: a }) => t('dnd.picked', { title: postOf(a.data.current)?.title ?? '' }),
      onDragOver: ({ active: a, over }) => {
        const place = where(over?.id);
        const title = postOf(a.data.current)?.title ?? '';
        return place ? t('dnd.over', { title, date: place }) : t('dnd.outside', { title });
      },
      onDragEnd: ({ active: a, over }) => {
        const place = where(over?.id);
        const title = postOf(a.data.current)?.title ?? '';
        return place ? t('dnd.moved', { title, date: place }) : t('dnd.notMoved', { title });
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
    const result = dropResult(post, event.over?.id, event.over?.data.current?.clientId, backlog);
    if (result === 'same') return;
    if (result === 'outside') {
      toast.show({ message: t('dnd.droppedOutside', { title: post.title }) });
      return;
    }
    if (result === 'other-client') {
      const owner = clients.find((c) => c.id === post.clientId)?.name ?? '';
      toast.show({ message: t('allClients.dropRefused', { title: post.title, client: owner }) });
      return;
    }
    try {
      const applied = await history.commit({ upserts: [result], deletes: [], read: versionsRead([post]) }, t('history.move', { title: post.title }));
      toast.show({
        message: result.date ? t('dnd.moved', { title: post.title, date: where(event.over?.id) ?? longDay(result.date) }) : t('dnd.toBacklog', { title: post.title }),
        action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) },
      });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <DndContext
      sensors={readOnly ? NO_SENSORS : sensors}
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
