import type { Day } from '../../../shared/dates';
import type { Post } from '../../../shared/model/post';

/** Height of one hour in the week grid; a 30-minute slot is half of it. Mirrored in week.css. */
export const HOUR_PX = 48;
export const SLOT_MINUTES = 30;
export const SLOT_PX = (HOUR_PX * SLOT_MINUTES) / 60;
export const DAY_PX = 24 * HOUR_PX;
/** Posts have no duration; each is drawn as if it lasted this long, so a card fits one line. */
export const POST_MINUTES = 30;
const POST_PX = (HOUR_PX * POST_MINUTES) / 60;
/**
 * Side-by-side posts beyond this are folded into a "+N" chip: past three lanes a card in a 7-column
 * week is too narrow to read, and a busy launch day should not turn into slivers.
 */
export const MAX_LANES = 3;
/** Where the grid opens when nothing earlier is planned: the working day, not midnight. */
export const DEFAULT_START_MINUTES = 7 * 60;

const pad = (n: number) => String(n).padStart(2, '0');
export const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
export const timeOf = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** '00:00', '00:30', … '23:30': the 48 droppable slots of a day. */
export const SLOT_TIMES: readonly string[] = Array.from({ length: (24 * 60) / SLOT_MINUTES }, (_, i) => timeOf(i * SLOT_MINUTES));
export const HOURS: readonly string[] = Array.from({ length: 24 }, (_, h) => timeOf(h * 60));

export const slotOfMinutes = (minutes: number): string => timeOf(Math.floor(minutes / SLOT_MINUTES) * SLOT_MINUTES);

/** A slot as written in `data-slot` and after the `slot:` of its droppable id: `2026-11-24T14:30`, `…Tuntimed`. */
export const slotKey = (day: Day, time: string | null) => `${day}T${time ?? 'untimed'}`;
export const parseSlotKey = (key: string): { day: Day; time: string | null } => {
  const [day = '', time = ''] = key.split('T');
  return { day, time: time === 'untimed' ? null : time };
};

/** A card at its time, in lane `lane` of `lanes` side-by-side lanes. */
export type PlacedPost = { kind: 'post'; post: Post; top: number; lane: number; lanes: number };
/** Posts of a crowded cluster that did not get a lane, shown as one "+N" chip in the last lane. */
export type FoldedPosts = { kind: 'more'; top: number; time: string; posts: Post[]; lane: number; lanes: number };
export type WeekItem = PlacedPost | FoldedPosts;
/** `items` are in time order, so the Tab order through a day follows the clock. */
export type DayLayout = { untimed: Post[]; items: WeekItem[] };

const topOf = (minutes: number) => Math.min((minutes / 60) * HOUR_PX, DAY_PX - POST_PX);

/**
 * Lays one day's posts out: untimed ones apart; timed ones at their time, side by side when their
 * 30-minute boxes overlap. Posts that overlap (even through a chain) form a cluster sharing one lane
 * count, so every card of a cluster has the same width, as calendar apps do.
 */
export const layoutDay = (posts: readonly Post[]): DayLayout => {
  const untimed: Post[] = [];
  const timed: { post: Post; start: number }[] = [];
  for (const post of posts) {
    if (post.time) timed.push({ post, start: minutesOf(post.time) });
    else untimed.push(post);
  }
  // Stable: posts at the same time keep the order the app gave (by title).
  timed.sort((a, b) => a.start - b.start);

  const items: WeekItem[] = [];
  let cluster: { post: Post; start: number; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;

  const flush = () => {
    if (cluster.length === 0) return;
    const lanes = laneEnds.length;
    if (lanes <= MAX_LANES) {
      for (const { post, start, lane } of cluster) items.push({ kind: 'post', post, top: topOf(start), lane, lanes });
    } else {
      const hidden = cluster.filter((item) => item.lane >= MAX_LANES - 1);
      for (const item of cluster) {
        if (item.lane >= MAX_LANES - 1) continue;
        items.push({ kind: 'post', post: item.post, top: topOf(item.start), lane: item.lane, lanes: MAX_LANES });
      }
      const first = hidden[0]!;
      items.push({
        kind: 'more',
        top: topOf(first.start),
        time: first.post.time ?? '',
        posts: hidden.map((item) => item.post),
        lane: MAX_LANES - 1,
        lanes: MAX_LANES,
      });
    }
    cluster = [];
    laneEnds = [];
  };

  for (const { post, start } of timed) {
    if (start >= clusterEnd) flush();
    const end = start + POST_MINUTES;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    cluster.push({ post, start, lane });
    clusterEnd = Math.max(clusterEnd, end);
  }
  flush();
  return { untimed, items };
};

/** Where the grid scrolls to first: 07:00, or earlier if a post of the week is earlier. */
export const startMinutes = (posts: readonly Post[]): number => {
  let earliest = DEFAULT_START_MINUTES;
  for (const post of posts) if (post.time) earliest = Math.min(earliest, minutesOf(post.time));
  return Math.floor(earliest / SLOT_MINUTES) * SLOT_MINUTES;
};

const PAGE_SLOTS = 8; // PageUp / PageDown: four hours

/**
 * The slot the keyboard moves to from `from`, following the drag-and-drop keyboard model of
 * calendar/dropTargets: left/right a day, up/down 30 minutes, above 00:00 the day's untimed row.
 * Home/End go to the first/last day, PageUp/PageDown four hours. Null when the key leaves the week.
 */
export const moveSlot = (
  from: { day: Day; time: string | null },
  key: string,
  days: readonly Day[],
): { day: Day; time: string | null } | null => {
  const index = days.indexOf(from.day);
  if (index === -1) return null;
  const dayAt = (i: number) => (i >= 0 && i < days.length ? { day: days[i]!, time: from.time } : null);
  if (key === 'ArrowLeft') return dayAt(index - 1);
  if (key === 'ArrowRight') return dayAt(index + 1);
  if (key === 'Home') return dayAt(0);
  if (key === 'End') return dayAt(days.length - 1);
  const steps = { ArrowUp: -1, ArrowDown: 1, PageUp: -PAGE_SLOTS, PageDown: PAGE_SLOTS }[key];
  if (!steps) return null;
  const last = SLOT_TIMES.length - 1;
  // The untimed row counts as slot -1, just above 00:00.
  const current = from.time === null ? -1 : minutesOf(from.time) / SLOT_MINUTES;
  // Only a single step up reaches the untimed row; paging stops at 00:00.
  const floor = steps === -1 ? -1 : Math.min(0, current);
  const next = Math.max(floor, Math.min(last, current + steps));
  if (next === current) return null;
  return { day: from.day, time: next === -1 ? null : SLOT_TIMES[next]! };
};
