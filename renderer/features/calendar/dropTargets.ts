import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { shiftDay } from '../../../shared/dates';

/**
 * Where a post can be dropped, as dnd-kit droppable ids:
 * - `day:2026-11-24`            a day of the month view (keeps the post's time),
 * - `slot:2026-11-24T14:30`     a 30-minute slot of the week view (sets the time),
 * - `slot:2026-11-24Tuntimed`   the week view's "no set time" row of a day,
 * - `backlog`                   the backlog of undated ideas (dropped at its end),
 * - `idea:<postId>`             an idea of the backlog (dropped just before it).
 * In the All clients week a day belongs to a client's lane: `day:2026-11-24|<clientId>`, and the
 * droppable's `data.clientId` names that client.
 */
export type DropTarget =
  | { kind: 'day'; day: string }
  | { kind: 'slot'; day: string; time: string | null }
  | { kind: 'backlog' }
  | { kind: 'idea'; postId: string };

export const dayDropId = (day: string) => `day:${day}`;
export const slotDropId = (day: string, time: string | null) => `slot:${day}T${time ?? 'untimed'}`;
export const BACKLOG_DROP_ID = 'backlog';
export const ideaDropId = (postId: string) => `idea:${postId}`;

const laneOf = (id: string): string => (id.includes('|') ? id.slice(id.indexOf('|')) : '');

export const parseDropId = (raw: unknown): DropTarget | null => {
  if (typeof raw !== 'string') return null;
  const id = raw.split('|')[0]!;
  if (id === BACKLOG_DROP_ID) return { kind: 'backlog' };
  if (id.startsWith('idea:')) return { kind: 'idea', postId: id.slice(5) };
  if (id.startsWith('day:')) return { kind: 'day', day: id.slice(4) };
  const slot = /^slot:(\d{4}-\d{2}-\d{2})T(untimed|\d{2}:\d{2})$/.exec(id);
  if (slot) return { kind: 'slot', day: slot[1]!, time: slot[2] === 'untimed' ? null : slot[2]! };
  return null;
};

export const dayFromDropId = (id: unknown): string | null => {
  const target = parseDropId(id);
  return target && (target.kind === 'day' || target.kind === 'slot') ? target.day : null;
};

const DAY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
const SLOT_MINUTES = 30;

const shiftSlot = (target: Extract<DropTarget, { kind: 'slot' }>, code: string): string | null => {
  if (code === 'ArrowLeft' || code === 'ArrowRight') {
    return slotDropId(shiftDay(target.day, code === 'ArrowLeft' ? -1 : 1), target.time);
  }
  const direction = code === 'ArrowUp' ? -1 : code === 'ArrowDown' ? 1 : 0;
  if (!direction) return null;
  if (target.time === null) return direction > 0 ? slotDropId(target.day, '00:00') : null;
  const [h, m] = target.time.split(':').map(Number) as [number, number];
  const minutes = h * 60 + m + direction * SLOT_MINUTES;
  if (minutes < 0) return slotDropId(target.day, null); // above midnight: the untimed row
  if (minutes >= 24 * 60) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return slotDropId(target.day, `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
};

/**
 * Arrow keys move a picked-up post along the calendar's own grid, not by pixels. In the month view:
 * left/right one day, up/down one week. In the week view: left/right one day, up/down one 30-minute
 * slot (above 00:00 is the "no set time" row). Keys that would leave what is shown do nothing.
 */
// The target each keyboard drag last moved to, keyed by the drag's activating key press. dnd-kit
// updates `over` and the dragged rect only after a render, so fast key presses would otherwise read a
// stale position and lose steps.
const keyboardTargets = new WeakMap<Event, string>();

export const calendarCoordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
  const isArrow = event.code in DAY_STEPS;
  if (!isArrow) return undefined;
  event.preventDefault();
  const drag = context.activatorEvent;
  const currentId = (drag && keyboardTargets.get(drag)) ?? context.over?.id;
  const current = parseDropId(currentId);
  // In client lanes, up and down would change lanes: only left and right move there.
  const lane = typeof currentId === 'string' ? laneOf(currentId) : '';
  let nextId: string | null = null;
  if (current?.kind === 'slot') nextId = shiftSlot(current, event.code);
  else if (!(lane && (event.code === 'ArrowUp' || event.code === 'ArrowDown'))) {
    const from = current?.kind === 'day' ? current.day : (context.active?.data.current?.day as string | undefined);
    if (from) nextId = dayDropId(shiftDay(from, DAY_STEPS[event.code]!)) + lane;
    // From the backlog (no day yet), the first arrow lands on the first day of the calendar shown.
    else nextId = [...context.droppableRects.keys()].find((key) => typeof key === 'string' && key.startsWith('day:'))?.toString() ?? null;
  }
  const target = nextId ? context.droppableRects.get(nextId) : undefined;
  const dragged = context.collisionRect;
  if (!nextId || !target || !dragged) return undefined;
  if (drag) keyboardTargets.set(drag, nextId);
  // Absolute coordinates (the dragged card centred on the target): no dependence on where the card
  // was drawn last, which may not be up to date yet.
  return {
    x: target.left + target.width / 2 - dragged.width / 2,
    y: target.top + target.height / 2 - dragged.height / 2,
  };
};
