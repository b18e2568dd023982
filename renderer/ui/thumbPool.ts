/**
 * Card thumbnails made ahead (issue 18, bench/README.md eighth round): `<img>` elements whose source
 * is a card preview's data URL, created and decoded while the browser is idle for the periods around
 * the one shown, then moved into the cards when the user gets there.
 * PERF: Chromium loads an `<img>` with a data URL the moment its `src` is set (~0.15 ms each) and
 * decodes it when it is first painted; a month switch drew ~60 of them, which made a month of 1,000
 * posts with pictures switch ~1.2–1.4× slower than without. Moving a ready element costs what any
 * element does (traces: 1.02×).
 * TRAP: an element is in one place at a time. `takeImage` hands out the pooled element only while it
 * is not in the document, and a fresh one otherwise (the same picture on two cards at once). A taker
 * must put it back in the pool's hands by removing it from the document when done (ThumbImage does).
 */
const MAX_POOLED = 1200;

/** Elements by source: one per card that may show it at once (the same picture on several posts). */
const pool = new Map<string, HTMLImageElement[]>();
let size = 0;
/** Sources still to make, with how many elements each wants. */
const queue = new Map<string, number>();
let scheduled = false;

const make = (src: string): HTMLImageElement => {
  const img = document.createElement('img');
  img.alt = '';
  img.draggable = false;
  img.src = src;
  return img;
};

const add = (src: string, img: HTMLImageElement): void => {
  const list = pool.get(src);
  if (list) list.push(img);
  else pool.set(src, [img]);
  size += 1;
};

/** Keeps the pool bounded: the elements not in the document of the least recently used sources go first. */
const trim = (): void => {
  for (const [src, list] of pool) {
    if (size <= MAX_POOLED) return;
    const kept = list.filter((img) => img.isConnected);
    size -= list.length - kept.length;
    if (kept.length > 0) pool.set(src, kept);
    else pool.delete(src);
  }
};

/** An element for `src`: one made ahead (already decoded) when one is free, a new one otherwise. */
export const takeImage = (src: string): HTMLImageElement => {
  const list = pool.get(src);
  const free = list?.find((img) => !img.isConnected);
  if (list) {
    // The most recently used last: trim() drops from the front.
    pool.delete(src);
    pool.set(src, list);
  }
  if (free) return free;
  const img = make(src);
  add(src, img);
  trim();
  return img;
};

const idle = (work: (deadline: { timeRemaining: () => number }) => void): void => {
  // Not every engine (nor jsdom) has requestIdleCallback: a short task then.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(() => work({ timeRemaining: () => 4 }), 16);
};

const drain = (deadline: { timeRemaining: () => number }): void => {
  scheduled = false;
  let made = 0;
  for (const [src, wanted] of queue) {
    if (made > 0 && deadline.timeRemaining() <= 1) break;
    queue.delete(src);
    for (let have = pool.get(src)?.length ?? 0; have < wanted; have++) {
      const img = make(src);
      add(src, img);
      made += 1;
      // Decoded now, not when the card is first painted. A preview that does not decode is shown
      // as the browser shows it (a broken picture), like a plain <img>.
      if (typeof img.decode === 'function') img.decode().catch(() => undefined);
    }
  }
  trim();
  if (queue.size > 0) schedule();
};

const schedule = (): void => {
  if (scheduled) return;
  scheduled = true;
  idle(drain);
};

/**
 * Makes, when the browser is idle, an element for each of `sources` (card previews' data URLs, one per
 * card: a picture on three cards gets three), in that order, at most the pool's size.
 */
export const warmImages = (sources: Iterable<string>): void => {
  const wanted = new Map<string, number>();
  let total = 0;
  for (const src of sources) {
    if (total >= MAX_POOLED) break;
    wanted.set(src, (wanted.get(src) ?? 0) + 1);
    total += 1;
  }
  for (const [src, count] of wanted) {
    if ((pool.get(src)?.length ?? 0) >= count) continue;
    queue.set(src, Math.max(queue.get(src) ?? 0, count));
  }
  if (queue.size > 0) schedule();
};

/** For tests: how many elements are made for `src`. */
export const pooledCount = (src: string): number => pool.get(src)?.length ?? 0;

/** For tests: how many elements the pool holds. */
export const poolSize = (): number => size;

/** For tests: forgets every element and pending request. */
export const clearPool = (): void => {
  pool.clear();
  queue.clear();
  size = 0;
};
