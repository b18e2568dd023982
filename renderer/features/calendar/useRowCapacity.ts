import { useLayoutEffect, useState, type RefObject } from 'react';

// Heights from styles.css (.day padding, .day-head with its margin, .post-card + gap). Kept here so
// the count matches what is drawn: without the cell's padding, a fifth card could be counted in and
// drawn half cut off.
const PAD_PX = 8;
const HEAD_PX = 28;
const CARD_PX = 24;

/**
 * How many cards fit in a day cell at the grid's current size, so a day shows as many posts as it
 * can and "+N more" only when it must. One ResizeObserver for the whole grid, not one per cell.
 */
export const useRowCapacity = (ref: RefObject<HTMLElement | null>, rows: number): number => {
  const [capacity, setCapacity] = useState(3);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const rowHeight = element.clientHeight / Math.max(rows, 1);
      setCapacity(Math.max(1, Math.floor((rowHeight - PAD_PX - HEAD_PX) / CARD_PX)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rows]);
  return capacity;
};
