/**
 * Turns posts into the sorted, indexed form every rule reads (internal to shared/analysis).
 *
 * TRAP (dates): a day is a local calendar date. Day numbers here are counted with date-fns'
 * `differenceInCalendarDays` between local noons, so a daylight-saving change never makes a day
 * 23 or 25 hours "long" or shifts a post. They are computed once per distinct day and cached:
 * 100,000 posts rarely span more than a few hundred days.
 *
 * Order: date, then time with untimed posts FIRST (an untimed post counts as that day's first, as
 * `compareTimes` sorts them), then id. Results therefore never depend on the input order, as long
 * as ids are unique (they are: the store makes them).
 *
 * Speed: posts become columns (typed arrays indexed by calendar position) rather than one object
 * per post, and are sorted by two counting sorts; 100,000 objects would cost more in garbage
 * collection than the whole analysis.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import { dateToDay, type Day } from '../dates';
import { CHANNELS, INTENTS } from '../model/enums';
import { FORMAT_IDS, FORMATS } from '../model/formats';
import type { AnalysisPost } from './types';

export const PROMO = 1;
export const PLAYFUL = 2;
export const INVITING = 4;
/** A fix may change the post: not published, and not before `today` when known. */
export const FIXABLE = 8;

/** Everything is indexed by a post's position in calendar order (0 … n-1). */
export type Context = {
  n: number;
  /** In calendar order; only the first `n` entries belong to this analysis (the array is pooled). */
  posts: AnalysisPost[];
  /** The posts' ids, same order and pooling: reading ids here avoids touching every post object. */
  ids: string[];
  /** Calendar days since 2000-01-01 (local calendar, see the TRAP above). */
  dayIdx: Int32Array;
  /** Index in `days`. */
  dayRank: Int32Array;
  /** Minutes since midnight; -1 when untimed. */
  minute: Int16Array;
  channel: Uint8Array;
  format: Uint8Array;
  intent: Uint8Array;
  /** PROMO | PLAYFUL | INVITING | FIXABLE bits. */
  flags: Uint8Array;
  /** Position in its channel's sequence, `byChannel[channel]`. */
  chPos: Int32Array;
  /** The whole calendar as a sequence (0 … n-1), and each channel's own sequence of positions. */
  all: Int32Array;
  byChannel: Int32Array[];
  /** Distinct days with posts, ascending; where each one's posts start (length days + 1). */
  days: Day[];
  dayIdxs: Int32Array;
  dayStart: Int32Array;
  todayIdx: number | null;
};

const indexOf = (list: readonly string[]): Record<string, number> =>
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(list.map((v, i) => [v, i])));
const CHANNEL_INDEX = indexOf(CHANNELS);
const FORMAT_INDEX = indexOf(FORMAT_IDS);
const INTENT_INDEX = indexOf(INTENTS);
const INVITES_BY_NATURE = FORMAT_IDS.map((f) => FORMATS[f].invitesByNature);
const PROMOTIONAL = INTENTS.indexOf('promotional');

// A local noon, like `dayToDate` but without date-fns' `parse`, which costs ~10 µs a call.
const localNoon = (day: Day): Date =>
  new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
// Re-created at each use rather than kept: a Date is an instant, and if the machine's zone changes
// while the app runs (a laptop crossing zones), a kept instant would fall on another local day.
const epoch = (): Date => localNoon('2000-01-01');
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

// Module-wide caches: the UI re-analyses on every edit, over the same few hundred days. `stamp`
// and `local` let `prepare` number a call's distinct days with this one lookup per post.
type DayEntry = { idx: number | null; stamp: number; local: number };
const dayEntries = new Map<Day, DayEntry>();
const dayOfIdx = new Map<number, Day>();
let callStamp = 0;

const entryOf = (day: Day): DayEntry => {
  let entry = dayEntries.get(day);
  if (entry === undefined) {
    const d = localNoon(day);
    const real = DAY_RE.test(day) && dateToDay(d) === day;
    entry = { idx: real ? differenceInCalendarDays(d, epoch()) : null, stamp: 0, local: 0 };
    dayEntries.set(day, entry);
  }
  return entry;
};

/** The day number of a day, or null for a string that is not a real calendar day. */
export const dayIndex = (day: Day): number | null => entryOf(day).idx;

/** The day of a day number (calendar arithmetic with date-fns' addDays on a local date). */
export const dayAt = (idx: number): Day => {
  let day = dayOfIdx.get(idx);
  if (day === undefined) {
    day = dateToDay(addDays(epoch(), idx));
    if (dayOfIdx.size > 50_000) dayOfIdx.clear();
    dayOfIdx.set(idx, day);
  }
  return day;
};

/** 0 = Sunday … 6 = Saturday. The epoch, 2000-01-01, was a Saturday. */
export const weekdayOf = (idx: number): number => (((idx + 6) % 7) + 7) % 7;

/** Minutes since midnight of an 'HH:mm' time; -1 when untimed or not a valid time. */
const minuteOf = (time: string | null): number => {
  if (time === null || time.length !== 5 || time.charCodeAt(2) !== 58) return -1;
  const h1 = time.charCodeAt(0) - 48;
  const h2 = time.charCodeAt(1) - 48;
  const m1 = time.charCodeAt(3) - 48;
  const m2 = time.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return -1;
  const hours = h1 * 10 + h2;
  return hours > 23 ? -1 : hours * 60 + m1 * 10 + m2;
};

/**
 * A number that orders ids as their first six characters do (NaN when one of them is beyond
 * U+00FE): most ties are settled without comparing strings, which would read every post object.
 */
const idPrefixKey = (id: string): number => {
  let key = 0;
  for (let i = 0; i < 6; i++) {
    const c = i < id.length ? id.charCodeAt(i) + 1 : 0;
    if (c > 255) return Number.NaN;
    key = key * 256 + c;
  }
  return key;
};

// Column buffers are reused from one analysis to the next (analysis is synchronous, so never
// shared): allocating ~6 MB of fresh typed arrays per 100,000 posts triggered full garbage
// collections that cost more than the analysis. The pool keeps the largest size seen.
type Column = Int32Array | Int16Array | Uint8Array | Float64Array;
const pool = new Map<string, Column>();
const take = <T extends Column>(name: string, n: number, make: (size: number) => T): T => {
  let buf = pool.get(name) as T | undefined;
  if (buf === undefined || buf.length < n) {
    buf = make(n);
    pool.set(name, buf);
  }
  return buf.subarray(0, n) as T;
};
const i32 = (name: string, n: number) => take(name, n, (size) => new Int32Array(size));
const u8 = (name: string, n: number) => take(name, n, (size) => new Uint8Array(size));
let postColumn: AnalysisPost[] = [];
let idColumn: string[] = [];
let rawIds: string[] = [];

/**
 * Posts without a date, with a day that is not a real calendar day, or with an unknown channel,
 * format or intent are left out: the guard reasons about the calendar only.
 *
 * The returned context lives until the next call (its columns are pooled): use it, then drop it.
 */
export const prepare = (posts: readonly AnalysisPost[], today?: Day): Context => {
  const todayIdx = today === undefined ? null : dayIndex(today);
  const cap = posts.length;
  // Raw columns, in input order (r), for the posts kept.
  const rInput = i32('rInput', cap);
  const rDay = i32('rDay', cap); // index in `recDay`
  const rMinute = take('rMinute', cap, (size) => new Int16Array(size));
  const rChannel = u8('rChannel', cap);
  const rFormat = u8('rFormat', cap);
  const rIntent = u8('rIntent', cap);
  const rFlags = u8('rFlags', cap);
  const rIdKey = take('rIdKey', cap, (size) => new Float64Array(size));
  if (rawIds.length < cap) rawIds = new Array<string>(cap);
  if (dayEntries.size > 50_000) dayEntries.clear(); // only between calls: entries carry this call's numbering
  const stamp = ++callStamp;
  const recDay: Day[] = []; // this call's distinct days, in order of appearance
  const recIdx: number[] = [];
  let n = 0;
  // Posts often come grouped by day (the store returns them sorted): the last day's entry is
  // usually the one needed, which saves a map lookup per post.
  let lastDay = '';
  let lastEntry: DayEntry | undefined;
  for (let i = 0; i < cap; i++) {
    const post = posts[i] as AnalysisPost;
    const day = post.date;
    if (day === null || day === undefined) continue;
    const entry = day === lastDay && lastEntry !== undefined ? lastEntry : entryOf(day);
    lastDay = day;
    lastEntry = entry;
    const dayIdx = entry.idx;
    if (dayIdx === null) continue;
    const channel = CHANNEL_INDEX[post.channel];
    const format = FORMAT_INDEX[post.format];
    const intent = INTENT_INDEX[post.intent];
    if (channel === undefined || format === undefined || intent === undefined) continue;
    if (entry.stamp !== stamp) {
      entry.stamp = stamp;
      entry.local = recDay.length;
      recDay.push(day);
      recIdx.push(dayIdx);
    }
    rInput[n] = i;
    // Read the id here, while the post is at hand: later reads would miss the cache.
    rawIds[n] = post.id;
    rIdKey[n] = idPrefixKey(post.id);
    rDay[n] = entry.local;
    rMinute[n] = minuteOf(post.time);
    rChannel[n] = channel;
    rFormat[n] = format;
    rIntent[n] = intent;
    rFlags[n] =
      (intent === PROMOTIONAL ? PROMO : 0) |
      (post.tone === 'playful' ? PLAYFUL : 0) |
      (post.invitesParticipation || INVITES_BY_NATURE[format] === true ? INVITING : 0) |
      (post.status !== 'published' && (todayIdx === null || dayIdx >= todayIdx) ? FIXABLE : 0);
    n++;
  }

  // 'yyyy-MM-dd' strings sort as their days do.
  // Distinct days have distinct day numbers, which sort as the days do: a numeric typed-array sort
  // of day numbers is far cheaper than comparing 'yyyy-MM-dd' strings.
  const dayIdxs = Int32Array.from(recIdx).sort();
  const days = new Array<Day>(dayIdxs.length);
  const rankOfRec = new Int32Array(recIdx.length);
  for (let id = 0; id < recIdx.length; id++) {
    const rank = binarySearch(dayIdxs, recIdx[id] as number);
    rankOfRec[id] = rank;
    days[rank] = recDay[id] as Day;
  }

  // Two stable counting sorts (by minute, then by day) instead of a comparison sort: ~2 ms for
  // 100,000 posts against ~20 ms for Array.prototype.sort with a comparator.
  const minuteKeys = i32('minuteKeys', n);
  const dayKeys = i32('dayKeys', n);
  for (let r = 0; r < n; r++) {
    minuteKeys[r] = (rMinute[r] as number) + 1;
    dayKeys[r] = rankOfRec[rDay[r] as number] as number;
  }
  const byMinute = countingSort(identityInto(i32('identity', n)), minuteKeys, 1441, i32('byMinute', n));
  const order = countingSort(byMinute, dayKeys, days.length, i32('order', n));
  sortTiesById(order, dayKeys, minuteKeys, rIdKey, (r) => rawIds[r] as string);

  if (postColumn.length < n) postColumn = new Array<AnalysisPost>(n);
  if (idColumn.length < n) idColumn = new Array<string>(n);
  const ctx: Context = {
    n,
    posts: postColumn,
    ids: idColumn,
    dayIdx: i32('dayIdx', n),
    dayRank: i32('dayRank', n),
    minute: take('minute', n, (size) => new Int16Array(size)),
    channel: u8('channel', n),
    format: u8('format', n),
    intent: u8('intent', n),
    flags: u8('flags', n),
    chPos: i32('chPos', n),
    all: identityInto(i32('all', n)),
    byChannel: [],
    days,
    dayIdxs,
    dayStart: new Int32Array(days.length + 1),
    todayIdx,
  };
  const perChannel = new Int32Array(CHANNELS.length);
  for (let p = 0; p < n; p++) {
    const r = order[p] as number;
    const rank = dayKeys[r] as number;
    ctx.posts[p] = posts[rInput[r] as number] as AnalysisPost;
    ctx.ids[p] = rawIds[r] as string;
    ctx.dayIdx[p] = dayIdxs[rank] as number;
    ctx.dayRank[p] = rank;
    ctx.minute[p] = rMinute[r] as number;
    const ch = rChannel[r] as number;
    ctx.channel[p] = ch;
    ctx.format[p] = rFormat[r] as number;
    ctx.intent[p] = rIntent[r] as number;
    ctx.flags[p] = rFlags[r] as number;
    ctx.chPos[p] = perChannel[ch] as number;
    perChannel[ch] = (perChannel[ch] as number) + 1;
  }
  // Each channel's sequence is a slice of one pooled column.
  const channelColumn = i32('byChannel', n);
  let offset = 0;
  ctx.byChannel = CHANNELS.map((_, ch) => {
    const seq = channelColumn.subarray(offset, offset + (perChannel[ch] as number));
    offset += perChannel[ch] as number;
    return seq;
  });
  for (let p = 0; p < n; p++) (ctx.byChannel[ctx.channel[p] as number] as Int32Array)[ctx.chPos[p] as number] = p;
  for (let p = n - 1; p >= 0; p--) ctx.dayStart[ctx.dayRank[p] as number] = p;
  ctx.dayStart[days.length] = n;
  return ctx;
};

const identityInto = (out: Int32Array): Int32Array => {
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
};

/** Stable counting sort of indexes by `keys[index]`, each key in [0, buckets), into `out`. */
const countingSort = (indexes: Int32Array, keys: Int32Array, buckets: number, out: Int32Array): Int32Array => {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < indexes.length; i++) {
    const k = (keys[indexes[i] as number] as number) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let b = 1; b <= buckets; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i] as number;
    const k = keys[index] as number;
    out[starts[k] as number] = index;
    starts[k] = (starts[k] as number) + 1;
  }
  return out;
};

/**
 * Posts of the same day and minute, by id, in place. Such groups are small (cross-posts, a day's
 * untimed posts), so an insertion sort beats allocating an array per group; numeric id prefixes
 * (`keys`, by raw index) settle most comparisons without reading the ids again.
 */
const sortTiesById = (
  order: Int32Array,
  dayKeys: Int32Array,
  minuteKeys: Int32Array,
  keys: Float64Array,
  idOf: (r: number) => string,
) => {
  const n = order.length;
  const before = (a: number, b: number): boolean => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    return ka !== kb && ka === ka && kb === kb ? ka < kb : idOf(a) < idOf(b); // NaN: compare ids
  };
  for (let i = 0; i < n; ) {
    const a = order[i] as number;
    let j = i + 1;
    while (j < n && dayKeys[order[j] as number] === dayKeys[a] && minuteKeys[order[j] as number] === minuteKeys[a]) j++;
    if (j - i > 1) {
      if (j - i > 48) {
        order.set(Array.from(order.subarray(i, j)).sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0)), i);
      } else {
        for (let k = i + 1; k < j; k++) {
          const r = order[k] as number;
          let m = k - 1;
          while (m >= i && before(r, order[m] as number)) {
            order[m + 1] = order[m] as number;
            m--;
          }
          order[m + 1] = r;
        }
      }
    }
    i = j;
  }
};

/** The index of `value` in a sorted array, or -1. */
const binarySearch = (sorted: Int32Array, value: number): number => {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
};

/** The rank of a day number among the days with posts (its index in `days`), or -1. */
export const rankOf = (ctx: Context, dayIdx: number): number => binarySearch(ctx.dayIdxs, dayIdx);
