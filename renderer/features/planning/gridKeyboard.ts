import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { shiftDay } from '../../../shared/dates';

export const dayDropId = (day: string) => `day:${day}`;
export const dayFromDropId = (id: unknown): string | null =>
  typeof id === 'string' && id.startsWith('day:') ? id.slice(4) : null;

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * Arrow keys move a picked-up post across the calendar grid, not by pixels: left/right one day,
 * up/down one week, landing on the centre of the target day. Keys that would leave the grid
 * (before its first day or after its last) do nothing.
 */
export const calendarCoordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const step = STEPS[event.code];
  if (step === undefined) return undefined;
  event.preventDefault();
  const from = dayFromDropId(context.over?.id) ?? (context.active?.data.current?.day as string | undefined);
  if (!from) return undefined;
  const target = context.droppableRects.get(dayDropId(shiftDay(from, step)));
  const dragged = context.collisionRect;
  if (!target || !dragged) return undefined;
  return {
    x: currentCoordinates.x + (target.left + target.width / 2) - (dragged.left + dragged.width / 2),
    y: currentCoordinates.y + (target.top + target.height / 2) - (dragged.top + dragged.height / 2),
  };
};
