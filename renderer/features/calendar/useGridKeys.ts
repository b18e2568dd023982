import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { addDays, addMonths, endOfWeek, startOfWeek } from 'date-fns';
import { dateToDay, dayToDate, monthOf, type Day } from '../../../shared/dates';
import type { WeekStart } from '../../../shared/model/enums';
import { SHORTCUT_KEYS } from '../shortcuts/useShortcuts';

/**
 * The day the month grid's keys move to from `day`: Left/Right a day, Up/Down a week, Home/End the
 * first/last day of its week, PageUp/PageDown the same day a month earlier/later (the last day of a
 * shorter month: 31 January, PageDown, 28 February). Null for any other key.
 */
export const moveDay = (day: Day, key: string, weekStartsOn: WeekStart): Day | null => {
  const date = dayToDate(day);
  switch (key) {
    case 'ArrowLeft':
      return dateToDay(addDays(date, -1));
    case 'ArrowRight':
      return dateToDay(addDays(date, 1));
    case 'ArrowUp':
      return dateToDay(addDays(date, -7));
    case 'ArrowDown':
      return dateToDay(addDays(date, 7));
    case 'Home':
      return dateToDay(startOfWeek(date, { weekStartsOn }));
    case 'End':
      return dateToDay(endOfWeek(date, { weekStartsOn }));
    case 'PageUp':
      return dateToDay(addMonths(date, -1));
    case 'PageDown':
      return dateToDay(addMonths(date, 1));
    default:
      return null;
  }
};

/** The element that stands for a day in the grid: its "Add a post" button. */
const dayButton = (root: HTMLElement | null, day: Day) =>
  [...(root?.querySelectorAll<HTMLElement>('.day-add') ?? [])].find((el) => el.closest<HTMLElement>('[data-day]')?.dataset.day === day) ?? null;

type Options = {
  root: RefObject<HTMLElement | null>;
  /** Every day the grid shows, outside days included. */
  days: readonly Day[];
  month: string;
  today: Day;
  weekStartsOn: WeekStart;
  onAdd: (day: Day) => void;
  /** Shows another month; without it, keys stop at the grid's edges. */
  onGoTo?: (day: Day) => void;
};

/**
 * Keyboard for the month grid, a roving tabindex: the days are ONE Tab stop, the focused day's "Add a
 * post" button (today's, or the 1st's, until the user moves). Arrows, Home/End and PageUp/PageDown move
 * between days (see moveDay), into the previous or next month past the grid's edges; Enter or `n` adds
 * a post on the focused day. Tab from the day goes to its "+N more" and its cards (only the focused
 * day's are Tab stops), then out of the grid. A card keeps its own keys: Enter opens it, Space picks
 * it up (dnd-kit), so only keys pressed on a day's button are handled here.
 */
export const useGridKeys = ({ root, days, month, today, weekStartsOn, onAdd, onGoTo }: Options) => {
  const [picked, setPicked] = useState<Day | null>(null);
  const active = picked && days.includes(picked) ? picked : monthOf(today) === month && days.includes(today) ? today : `${month}-01`;
  // A move past the grid's edges: the day to focus once its month is drawn.
  const pending = useRef<Day | null>(null);

  useLayoutEffect(() => {
    const day = pending.current;
    if (!day || !days.includes(day)) return;
    pending.current = null;
    dayButton(root.current, day)?.focus();
  }, [days, root]);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    // A day's button, its "+N more" or one of its cards (a click, a jump from the guard, focus
    // returning from the editor): Tab and Shift+Tab then go on from that day.
    const day = (event.target as HTMLElement).closest<HTMLElement>('[data-day]')?.dataset.day;
    if (day) setPicked((current) => (current === day ? current : day));
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('day-add') || event.altKey || event.ctrlKey || event.metaKey) return;
      const day = target.closest<HTMLElement>('[data-day]')?.dataset.day;
      if (!day) return;
      if (!event.shiftKey && SHORTCUT_KEYS.newPost.includes(event.key)) {
        // The global `n` adds on today; on a focused day it adds there.
        event.preventDefault();
        onAdd(day);
        return;
      }
      const next = moveDay(day, event.key, weekStartsOn);
      if (!next) return;
      // Handled here: the page does not scroll, and PageUp/PageDown do not also step the period.
      event.preventDefault();
      const button = dayButton(root.current, next);
      if (button) {
        setPicked(next);
        button.focus();
      } else if (onGoTo) {
        setPicked(next);
        pending.current = next;
        onGoTo(next);
      }
    },
    [onAdd, onGoTo, root, weekStartsOn],
  );

  return { active, onFocus, onKeyDown };
};
