/**
 * The Instagram profile grid preview (issue 18): what the client's profile will look like once the
 * planned posts are out. Instagram shows the newest post first, top left, three to a row; so the
 * planned posts come first, newest (latest day and time) first, then the published ones the same way.
 * Untimed posts of a day count as earlier than its timed ones (they may go out first thing).
 * Swapping two tiles swaps their days and times, nothing else (one change, one undo step).
 */
import type { Post } from './model/post';

type Placed = Pick<Post, 'id' | 'date' | 'time' | 'status' | 'channel'>;

const newestFirst = (a: Placed, b: Placed): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || (b.time ?? '').localeCompare(a.time ?? '') || a.id.localeCompare(b.id);

/** The Instagram posts with a day, as the profile grid shows them: planned ones above the published. */
export const gridTiles = <T extends Placed>(posts: readonly T[]): T[] => {
  const dated = posts.filter((p) => p.channel === 'instagram' && p.date !== null);
  const planned = dated.filter((p) => p.status !== 'published').sort(newestFirst);
  const published = dated.filter((p) => p.status === 'published').sort(newestFirst);
  return [...planned, ...published];
};

/** Two posts with their days and times exchanged (a tile dropped on another). */
export const swapDates = <T extends Placed>(a: T, b: T): [T, T] => [
  { ...a, date: b.date, time: b.time },
  { ...b, date: a.date, time: a.time },
];
