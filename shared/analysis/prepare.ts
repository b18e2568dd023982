/**
 * Turns posts into the sorted, indexed form every rule reads (internal to shared/analysis).
 *
 * TRAP (dates): days become day numbers (see days.ts): calendar arithmetic, never milliseconds.
 *
 * Order: date, then time with untimed posts FIRST (an untimed post counts as that day's first, as
 * `compareTimes` sorts them), then id. Results therefore never depend on the input order, as long
 * as ids are unique (they are: the store makes them).
 *
 * Speed: posts become columns (typed arrays indexed by calendar position, pooled from one call to
 * the next) rather than one object per post, and are sorted by two counting sorts. For 100,000
 * posts, per-post objects or fresh arrays cost more in garbage collection than the whole analysis.
 * The pool keeps the largest columns seen (about 60 bytes a post) and references to the last
 * analysed posts until the next call.
 */
import type { Day } from '../dates';
import { CHANNELS, INTENTS } from '../model/enums';
import { FORMAT_IDS, FORMATS } from '../model/formats';
import {
  binarySearch,
  countingSort,
  i32,
  idBuffer,
  identityInto,
  rawIdBuffer,
  sortTiesById,
  take,
  u8,
} from './columns';
import { dayAt, dayNumberOf } from './days';
import type { AnalysisPost } from './types';

export { dayAt, weekdayOf } from './days';

// Day numbers by the digits of 'yyyy-MM-dd': a typed-array lookup per post rather than a map lookup
// of a string (hashing and comparing strings read from storage, which are never the same objects).
// The table is filled from `dayNumberOf` (date-fns) the first time a day is seen: calendar arithmetic
// stays in days.ts. Days outside KEY_YEARS, or not written in the canonical form, take the map.
const KEY_YEAR0 = 1970;
const KEY_YEARS = 200;
const UNKNOWN = -0x7fffffff;
/** Not a real calendar day (day numbers stay within ±3,000,000). */
const NOT_A_DAY = -0x7ffffffe;
let dayTable: Int32Array | undefined;
const dayMap = new Map<Day, number>();

/** The digit at `i`, or -1. */
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** The day number of a day (see days.ts), or NOT_A_DAY. Cached. */
const dayNumber = (day: Day): number => {
  if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const y0 = digit(day, 0);
    const y1 = digit(day, 1);
    const y2 = digit(day, 2);
    const y3 = digit(day, 3);
    const m0 = digit(day, 5);
    const m1 = digit(day, 6);
    const d0 = digit(day, 8);
    const d1 = digit(day, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NOT_A_DAY;
    const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - KEY_YEAR0;
    const m = m0 * 10 + m1;
    const d = d0 * 10 + d1;
    if (m > 12 || d > 31) return NOT_A_DAY;
    if (y >= 0 && y < KEY_YEARS) {
      const table = (dayTable ??= new Int32Array(KEY_YEARS * 416).fill(UNKNOWN));
      const key = y * 416 + m * 32 + d;
      let idx = table[key] as number;
      if (idx === UNKNOWN) {
        idx = dayNumberOf(day) ?? NOT_A_DAY;
        table[key] = idx;
      }
      return idx;
    }
  }
  let idx = dayMap.get(day);
  if (idx === undefined) {
    idx = dayNumberOf(day) ?? NOT_A_DAY;
    if (dayMap.size > 10_000) dayMap.clear();
    dayMap.set(day, idx);
  }
  return idx;
};

/** The day number of a day (see days.ts), or null for a string that is not a real calendar day. */
export const dayIndex = (day: Day): number | null => {
  const idx = dayNumber(day);
  return idx === NOT_A_DAY ? null : idx;
};

// minuteOf and idPrefixKey live here rather than in columns.ts: they run once per post, and a call
// across modules costs more under the test runner's module transform.

/** The month of a canonical 'yyyy-MM-dd' day as one number (year × 12 + month), no string made. */
const monthNumber = (day: Day): number =>
  (day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3) - 53_328) * 12 +
  (day.charCodeAt(5) * 10 + day.charCodeAt(6) - 528);

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

export const PROMO = 1;
export const PLAYFUL = 2;
export const INVITING = 4;
/** A fix may change the post: not published, and not before `today` when known. */
export const FIXABLE = 8;

/** Everything is indexed by a post's position in calendar order (0 … n-1). */
export type Context = {
  n: number;
  /**
   * The post at a position (for fixes, which need its title). PERF: a lookup, not an array of posts in
   * calendar order: storing 100,000 object references in a long-lived array cost a tenth of the
   * analysis (a write barrier and a cache miss each); fixes look up a handful.
   */
  postAt: (p: number) => AnalysisPost | undefined;
  /** Index in the input of the post at each position (pooled: only the first `n` belong to this call). */
  input: Int32Array;
  /** The posts' ids, same order and pooling: reading ids here avoids touching every post object. */
  ids: string[];
  /** Calendar days since 2000-01-01 (see days.ts). */
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
  /** The month of each of `days`, as year × 12 + month: which days share a month. */
  dayMonth: Int32Array;
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
  const rDayNum = i32('rDayNum', cap);
  const rMinute = take('rMinute', cap, (size) => new Int16Array(size));
  const rChannel = u8('rChannel', cap);
  const rFormat = u8('rFormat', cap);
  const rIntent = u8('rIntent', cap);
  const rFlags = u8('rFlags', cap);
  const rawIds = rawIdBuffer(cap);
  // The day and month of each run of posts on one day, in input order (read while the day's string
  // is at hand: reading it again later is a cache miss per day).
  const groupDays: Day[] = [];
  const groupMonths = i32('groupMonths', cap);
  let n = 0;
  // The store returns a window sorted by day: noticed here, it saves sorting by day below.
  let byDay = true;
  let lastDay = NOT_A_DAY;
  let lastDayString = '';
  let lastDayNumber = NOT_A_DAY;
  let group = 0;
  let maxGroup = 0;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < cap; i++) {
    const post = posts[i] as AnalysisPost;
    const day = post.date;
    if (day === null || day === undefined) continue;
    // Posts of one day often share the day's string (a calendar built in memory): same object, same number.
    const dayNum = day === lastDayString ? lastDayNumber : dayNumber(day);
    lastDayString = day;
    lastDayNumber = dayNum;
    if (dayNum === NOT_A_DAY) continue;
    const channel = CHANNEL_INDEX[post.channel];
    const format = FORMAT_INDEX[post.format];
    const intent = INTENT_INDEX[post.intent];
    if (channel === undefined || format === undefined || intent === undefined) continue;
    if (dayNum !== lastDay) {
      if (dayNum < lastDay) byDay = false;
      groupMonths[groupDays.length] = monthNumber(day);
      groupDays.push(day);
      if (dayNum < minDay) minDay = dayNum;
      if (dayNum > maxDay) maxDay = dayNum;
      lastDay = dayNum;
      group = 0;
    }
    if (++group > maxGroup) maxGroup = group;
    rInput[n] = i;
    rawIds[n] = post.id;
    rDayNum[n] = dayNum;
    rMinute[n] = minuteOf(post.time);
    rChannel[n] = channel;
    rFormat[n] = format;
    rIntent[n] = intent;
    rFlags[n] =
      (intent === PROMOTIONAL ? PROMO : 0) |
      (post.tone === 'playful' ? PLAYFUL : 0) |
      (post.invitesParticipation || INVITES_BY_NATURE[format] === true ? INVITING : 0) |
      (post.status !== 'published' && (todayIdx === null || dayNum >= todayIdx) ? FIXABLE : 0);
    n++;
  }

  // The distinct days, ascending, and each post's rank among them (`dayKeys`, by raw index).
  const dayKeys = i32('dayKeys', n);
  const dayIdxs = distinctDays(rDayNum.subarray(0, n), byDay, minDay, maxDay, dayKeys);
  // Sorted by day, the runs of posts on one day are the distinct days: their own strings serve.
  const days = byDay ? groupDays : new Array<Day>(dayIdxs.length);
  const dayMonth = byDay ? groupMonths.slice(0, days.length) : new Int32Array(dayIdxs.length);
  if (!byDay) {
    for (let k = 0; k < dayIdxs.length; k++) {
      const day = dayAt(dayIdxs[k] as number);
      days[k] = day;
      dayMonth[k] = monthNumber(day);
    }
  }

  const order = calendarOrder(n, byDay && maxGroup <= SMALL_DAY, dayKeys, rMinute, rawIds);

  const ctx: Context = {
    n,
    postAt: (p) => (p >= 0 && p < n ? posts[ctx.input[p] as number] : undefined),
    input: i32('input', n),
    ids: idBuffer(n),
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
    dayMonth,
    dayStart: new Int32Array(days.length + 1),
    todayIdx,
  };
  // Each channel's sequence is a slice of one pooled column, filled in the same pass.
  const chStart = new Int32Array(CHANNELS.length + 1);
  for (let r = 0; r < n; r++) chStart[(rChannel[r] as number) + 1] = (chStart[(rChannel[r] as number) + 1] as number) + 1;
  for (let ch = 0; ch < CHANNELS.length; ch++) chStart[ch + 1] = (chStart[ch + 1] as number) + (chStart[ch] as number);
  const channelColumn = i32('byChannel', n);
  const perChannel = new Int32Array(CHANNELS.length);
  const { input, ids, dayIdx, dayRank, minute, channel, format, intent, flags, chPos, dayStart } = ctx;
  let rank = -1;
  for (let p = 0; p < n; p++) {
    const r = order[p] as number;
    input[p] = rInput[r] as number;
    ids[p] = rawIds[r] as string;
    dayIdx[p] = rDayNum[r] as number;
    const k = dayKeys[r] as number;
    dayRank[p] = k;
    if (k !== rank) {
      dayStart[k] = p;
      rank = k;
    }
    minute[p] = rMinute[r] as number;
    const ch = rChannel[r] as number;
    channel[p] = ch;
    format[p] = rFormat[r] as number;
    intent[p] = rIntent[r] as number;
    flags[p] = rFlags[r] as number;
    const pos = perChannel[ch] as number;
    chPos[p] = pos;
    perChannel[ch] = pos + 1;
    channelColumn[(chStart[ch] as number) + pos] = p;
  }
  ctx.byChannel = CHANNELS.map((_, ch) =>
    chStart[ch] === chStart[ch + 1] ? NO_POSITIONS : channelColumn.subarray(chStart[ch] as number, chStart[ch + 1] as number),
  );
  ctx.dayStart[days.length] = n;
  return ctx;
};

const NO_POSITIONS = new Int32Array(0);

/** Days holding at most this many posts are put in order by an insertion sort. */
const SMALL_DAY = 32;

/**
 * The distinct day numbers of `dayNums`, ascending; fills `ranks` with each one's index among them.
 * Input sorted by day: one pass. Otherwise, when the days span a reasonable range, one bucket per
 * day; else a numeric sort.
 */
const distinctDays = (dayNums: Int32Array, sorted: boolean, min: number, max: number, ranks: Int32Array): Int32Array => {
  const n = dayNums.length;
  if (n === 0) return new Int32Array(0);
  if (sorted) {
    let count = 0;
    let last = NOT_A_DAY;
    for (let r = 0; r < n; r++) {
      const d = dayNums[r] as number;
      if (d !== last) {
        count++;
        last = d;
      }
      ranks[r] = count - 1;
    }
    const out = new Int32Array(count);
    for (let r = 0; r < n; r++) out[ranks[r] as number] = dayNums[r] as number;
    return out;
  }
  const span = max - min + 1;
  if (span <= 8 * n + 4096) {
    const rankOf = i32('dayBuckets', span).fill(0);
    for (let r = 0; r < n; r++) rankOf[(dayNums[r] as number) - min] = 1;
    let count = 0;
    for (let b = 0; b < span; b++) if (rankOf[b] === 1) rankOf[b] = ++count;
    const out = new Int32Array(count);
    for (let b = 0; b < span; b++) if ((rankOf[b] as number) > 0) out[(rankOf[b] as number) - 1] = b + min;
    for (let r = 0; r < n; r++) ranks[r] = (rankOf[(dayNums[r] as number) - min] as number) - 1;
    return out;
  }
  const sortedDays = Int32Array.from(dayNums).sort();
  let count = 0;
  for (let k = 0; k < n; k++) if (k === 0 || sortedDays[k] !== sortedDays[k - 1]) sortedDays[count++] = sortedDays[k] as number;
  const out = sortedDays.slice(0, count);
  for (let r = 0; r < n; r++) ranks[r] = binarySearch(out, dayNums[r] as number);
  return out;
};

/**
 * Raw indexes in calendar order: day, then minute (untimed first), then id.
 * `smallDays`: the input is sorted by day and no day holds more than SMALL_DAY posts, so each day is
 * put in order on its own.
 */
const calendarOrder = (n: number, smallDays: boolean, dayKeys: Int32Array, rMinute: Int16Array, ids: readonly string[]): Int32Array => {
  if (smallDays) {
    const order = identityInto(i32('order', n));
    for (let k = 1; k < n; k++) {
      const r = order[k] as number;
      const day = dayKeys[r] as number;
      const minute = rMinute[r] as number;
      let m = k - 1;
      while (m >= 0) {
        const q = order[m] as number;
        if (dayKeys[q] !== day) break;
        const dm = (rMinute[q] as number) - minute;
        if (dm < 0 || (dm === 0 && (ids[q] as string) < (ids[r] as string))) break;
        order[m + 1] = q;
        m--;
      }
      order[m + 1] = r;
    }
    return order;
  }
  // Two stable counting sorts (by minute, then by day) instead of a comparison sort: ~2 ms for
  // 100,000 posts against ~20 ms for Array.prototype.sort with a comparator.
  const minuteKeys = i32('minuteKeys', n);
  for (let r = 0; r < n; r++) minuteKeys[r] = (rMinute[r] as number) + 1;
  let days = 0;
  for (let r = 0; r < n; r++) if ((dayKeys[r] as number) >= days) days = (dayKeys[r] as number) + 1;
  const byMinute = countingSort(identityInto(i32('identity', n)), minuteKeys, 1441, i32('byMinute', n));
  const order = countingSort(byMinute, dayKeys, days, i32('order', n));
  // PERF: posts that share a day and minute are ordered by id, which means reading ids (a cache miss
  // per post). Few ties (a planned calendar): only theirs are read, on demand. Many (dozens of
  // untimed posts a day): every id is read in input order, which follows memory, before sorting.
  let ties = 0;
  for (let k = 1; k < n; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    if (dayKeys[a] === dayKeys[b] && minuteKeys[a] === minuteKeys[b]) ties++;
  }
  const idKeys = take('rIdKey', n, (size) => new Float64Array(size));
  if (ties * 4 > n) for (let r = 0; r < n; r++) idKeys[r] = idPrefixKey(ids[r] as string);
  sortTiesById(order, dayKeys, minuteKeys, idKeys, ids, ties * 4 > n ? null : idPrefixKey);
  return order;
};

/**
 * The rank of a day number among the days with posts (its index in `days`), or -1, searched from a
 * known rank: days are distinct, so a day `d` days away is at most `d` ranks away (fix searches
 * look a few days around a post).
 */
export const rankNear = (ctx: Context, fromRank: number, dayIdx: number): number => {
  const { dayIdxs } = ctx;
  const step = dayIdx > (dayIdxs[fromRank] as number) ? 1 : -1;
  for (let r = fromRank; r >= 0 && r < dayIdxs.length; r += step) {
    const v = dayIdxs[r] as number;
    if (v === dayIdx) return r;
    if (step > 0 ? v > dayIdx : v < dayIdx) return -1;
  }
  return -1;
};
