import type { CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { visibleFirst } from '../../../renderer/features/week/visibleFirst';

const HIDDEN = 'slot:2026-11-24T03:30';
const UNTIMED = 'slot:2026-11-24Tuntimed';

/**
 * The week's situation: a 03:30 slot scrolled out of sight under the "no set time" row. Both
 * rectangles hold the pointer and pointerWithin ranks the smaller, hidden slot first.
 */
const setup = () => {
  const hiddenSlot = document.createElement('button');
  const untimedRow = document.createElement('div');
  const cardInRow = document.createElement('button');
  const overlay = document.createElement('div');
  untimedRow.append(cardInRow);
  document.body.append(hiddenSlot, untimedRow, overlay);
  const containers = [
    { id: HIDDEN, node: { current: hiddenSlot } },
    { id: UNTIMED, node: { current: untimedRow } },
  ] as unknown as DroppableContainer[];
  const detect: CollisionDetection = () => [{ id: HIDDEN }, { id: UNTIMED }];
  const args = { droppableContainers: containers, pointerCoordinates: { x: 10, y: 10 } } as unknown as Parameters<CollisionDetection>[0];
  // What the browser reports under the pointer, topmost first.
  const stack = (elements: Element[]) =>
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: vi.fn(() => elements) });
  return { detect, args, stack, untimedRow, cardInRow, overlay };
};

afterEach(() => {
  Reflect.deleteProperty(document, 'elementsFromPoint');
  document.body.replaceChildren();
});

describe('visibleFirst', () => {
  it('puts the drop target that is on top under the pointer first', () => {
    const { detect, args, stack, cardInRow } = setup();
    stack([cardInRow]);
    expect(visibleFirst(detect)(args).map((c) => c.id)).toEqual([UNTIMED, HIDDEN]);
  });

  it('looks down the stack past what is no drop target (the drag overlay)', () => {
    const { detect, args, stack, overlay, untimedRow } = setup();
    stack([overlay, untimedRow]);
    expect(visibleFirst(detect)(args).map((c) => c.id)).toEqual([UNTIMED, HIDDEN]);
  });

  it('leaves the order alone without a pointer (keyboard drags)', () => {
    const { detect, args, stack, cardInRow } = setup();
    stack([cardInRow]);
    expect(visibleFirst(detect)({ ...args, pointerCoordinates: null }).map((c) => c.id)).toEqual([HIDDEN, UNTIMED]);
  });
});
