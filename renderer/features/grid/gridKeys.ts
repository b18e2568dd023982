import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';

/** A tile's drop target id; the dragged tile itself goes by its post's id. */
export const tileDropId = (postId: string): string => `tile:${postId}`;
export const postIdOfDrop = (id: unknown): string | null => (typeof id === 'string' && id.startsWith('tile:') ? id.slice(5) : null);

type Centre = { x: number; y: number; h: number; w: number };
const centreOf = (r: ClientRect): Centre => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, h: r.height, w: r.width });

/** The tile next to `from` in the arrow's direction: the nearest on the same row, or on the next row the nearest column. */
export const nextTile = (from: Centre, code: string, tiles: readonly [string, Centre][]): string | null => {
  const sameRow = (c: Centre) => Math.abs(c.y - from.y) < from.h / 2;
  const score: Record<string, (c: Centre) => number | null> = {
    ArrowRight: (c) => (sameRow(c) && c.x > from.x + from.w / 2 ? c.x - from.x : null),
    ArrowLeft: (c) => (sameRow(c) && c.x < from.x - from.w / 2 ? from.x - c.x : null),
    // Rows first, then columns: the row below (or above), in the column closest to the tile's.
    ArrowDown: (c) => (c.y > from.y + from.h / 2 ? (c.y - from.y) * 1000 + Math.abs(c.x - from.x) : null),
    ArrowUp: (c) => (c.y < from.y - from.h / 2 ? (from.y - c.y) * 1000 + Math.abs(c.x - from.x) : null),
  };
  const rank = score[code];
  if (!rank) return null;
  let best: { id: string; s: number } | null = null;
  for (const [id, c] of tiles) {
    const s = rank(c);
    if (s !== null && (!best || s < best.s)) best = { id, s };
  }
  return best?.id ?? null;
};

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/**
 * Arrow keys move a picked-up tile from tile to tile as the grid is drawn (left/right one tile,
 * up/down one row, across the "Published" divider too), not by pixels; a key that would leave the
 * grid does nothing.
 */
export const gridCoordinateGetter = (): KeyboardCoordinateGetter => {
  // The tile each keyboard drag last moved to, by the drag's activating key press: dnd-kit updates
  // `over` only after a render, so fast key presses would otherwise read a stale tile and lose steps.
  const targets = new WeakMap<Event, string>();
  return (event, { context }) => {
    if (!ARROWS.includes(event.code)) return undefined;
    event.preventDefault();
    const drag = context.activatorEvent;
    const currentId = (drag && targets.get(drag)) ?? (postIdOfDrop(context.over?.id) ? String(context.over?.id) : tileDropId(String(context.active?.id ?? '')));
    const current = context.droppableRects.get(currentId);
    const dragged = context.collisionRect;
    if (!current || !dragged) return undefined;
    const tiles = [...context.droppableRects.entries()]
      .filter(([id]) => postIdOfDrop(id) !== null)
      .map(([id, rect]) => [String(id), centreOf(rect)] as [string, Centre]);
    const next = nextTile(centreOf(current), event.code, tiles);
    const rect = next ? context.droppableRects.get(next) : undefined;
    if (!next || !rect) return undefined;
    if (drag) targets.set(drag, next);
    // Centred on the target tile: absolute, so it does not depend on where the tile was drawn last.
    return { x: rect.left + rect.width / 2 - dragged.width / 2, y: rect.top + rect.height / 2 - dragged.height / 2 };
  };
};
