import { useLayoutEffect, useState, type RefObject } from 'react';

// Heights from styles.css (.day padding, .day-head with its margin, .post-card + gap). Kept here so
// the count matches what is drawn: without the cell's padding, a fifth card could be counted in and
// drawn half cut off.
const PAD_PX = 8;
const HEAD_PX = 28;
const CARD_PX = 24;

/** Cards that fit in a row of a grid `height` pixels tall with `rows` rows. */
export const capacityOf = (height: number, rows: number): number =>
  Math.max(1, Math.floor((height / Math.max(rows, 1) - PAD_PX - HEAD_PX) / CARD_PX));

/**
 * How many cards fit in a day cell at the grid's current size, so a day shows as many posts as it
 * can and "+N more" only when it must. One ResizeObserver for the whole grid, not one per cell.
 *
 * PERF: the grid's height is measured once, then followed by the observer, and the capacity is worked
 * out from it while rendering. Reading the height again when the row count changes (a month of five
 * weeks after one of six) forced a layout in the middle of the month switch, then a second render.
 */
export const useRowCapacity = (ref: RefObject<HTMLElement | null>, rows: number): number => {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // The rows share the grid's height (minmax(0, 1fr)): its height does not depend on their count.
    setHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height === null ? 3 : capacityOf(height, rows);
};
