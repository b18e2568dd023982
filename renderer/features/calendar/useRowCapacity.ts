import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

// Heights from styles.css (.day padding, .day-head with its margin, .post-card + gap). Kept here so
// the count matches what is drawn: without the cell's padding, a fifth card could be counted in and
// drawn half cut off.
const PAD_PX = 8;
const HEAD_PX = 24;
/** A card's height plus the gap below it, per density (.post-card and .density-comfortable .post-card). */
export const CARD_PX = { compact: 24, comfortable: 56 } as const;
/** What sits above the grid in the main area (toolbar, weekday names, margins), for a first guess. */
const ABOVE_GRID_PX = 160;

/** Cards that fit in a row of a grid `height` pixels tall with `rows` rows. */
export const capacityOf = (height: number, rows: number, cardPx: number = CARD_PX.compact): number =>
  Math.max(1, Math.floor((height / Math.max(rows, 1) - PAD_PX - HEAD_PX) / cardPx));

/** The grid's height before it is measured: the window's height less what usually sits above it. */
export const guessGridHeight = (windowHeight: number): number => Math.max(0, windowHeight - ABOVE_GRID_PX);

/**
 * How many cards fit in a day cell at the grid's current size, so a day shows as many posts as it
 * can and "+N more" only when it must. One ResizeObserver for the whole grid, not one per cell.
 *
 * PERF: the grid's height is measured once, then followed by the observer; the capacity is worked out
 * while rendering. Reading the height again when the row count changed (a month of five weeks after
 * one of six) forced a layout in the middle of the month switch, then a second render. The first
 * render uses a guess from the window's height, and the grid redraws only when the measured height
 * holds another number of cards (at start, this saved a second render of the whole month).
 */
export const useRowCapacity = (ref: RefObject<HTMLElement | null>, rows: number, cardPx: number = CARD_PX.compact): number => {
  // The height used for drawing: a guess, replaced by a measure only when that changes the count.
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 0 : guessGridHeight(window.innerHeight)));
  const measured = useRef<number | null>(null);
  const rowsShown = useRef(rows);
  const cardRef = useRef(cardPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      // The rows share the grid's height (minmax(0, 1fr)): it does not depend on their count.
      const actual = element.clientHeight;
      measured.current = actual;
      setHeight((shown) => (capacityOf(shown, rowsShown.current, cardRef.current) === capacityOf(actual, rowsShown.current, cardRef.current) ? shown : actual));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  useLayoutEffect(() => {
    rowsShown.current = rows;
    cardRef.current = cardPx;
    const actual = measured.current;
    if (actual !== null && capacityOf(actual, rows, cardPx) !== capacityOf(height, rows, cardPx)) setHeight(actual);
  }, [rows, height, cardPx]);
  return capacityOf(height, rows, cardPx);
};
