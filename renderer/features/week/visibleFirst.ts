import type { Collision, CollisionDetection } from '@dnd-kit/core';

/**
 * Wraps a pointer collision detection so the drop target the user can SEE under the pointer wins.
 *
 * Why: dnd-kit matches droppables by their rectangles only. In the week view the day headers and
 * "no set time" row are sticky over the scrolled hours, so under them lie slots that are scrolled out
 * of sight but whose rectangles still contain the pointer; pointerWithin would pick the (smaller)
 * hidden 03:30 slot over the untimed row the user is pointing at. The browser knows what is on top:
 * the first droppable that holds an element of `elementsFromPoint` is the visible one.
 */
export const visibleFirst =
  (detect: CollisionDetection): CollisionDetection =>
  (args) => {
    const collisions = detect(args);
    const pointer = args.pointerCoordinates;
    if (!pointer || collisions.length < 2 || typeof document.elementsFromPoint !== 'function') return collisions;
    const nodes = new Map<Collision['id'], HTMLElement>();
    for (const collision of collisions) {
      const node = args.droppableContainers.find((container) => container.id === collision.id)?.node.current;
      if (node) nodes.set(collision.id, node);
    }
    for (const element of document.elementsFromPoint(pointer.x, pointer.y)) {
      const top = collisions.find((collision) => nodes.get(collision.id)?.contains(element));
      if (top) return top === collisions[0] ? collisions : [top, ...collisions.filter((collision) => collision !== top)];
    }
    return collisions;
  };
