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
import { dayNumberOf } from './days';
import type { AnalysisPost } from './types';

export { dayAt, weekdayOf } from './days';

// The day cache lives here, next to the loop that reads it once per post: the UI re-analyses on
// every edit, over the same few hundred days. `stamp` and `local` number a call's distinct days.
type DayEntry = { idx: number | null; stamp: number; local: number };
const dayEntries = new Map<Day, DayEntry>();
let callStamp = 0;

const entryOf = (day: Day): DayEntry => {
  let entry = dayEntries.get(day);
  if (entry === undefined) {
    entry = { idx: dayNumberOf(day), stamp: 0, local: 0 };
    dayEntries.set(day, entry);
  }
  return entry;
};

/** The day number of a day (see days.ts), or null for a string that is not a real calendar day. */
export const dayIndex = (day: Day): number | null => entryOf(day).idx;

// minuteOf and idPrefixKey live here rather than in columns.ts: they run once per post, and a call
// across modules costs more under the test runner's module transform.

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
  const rDay = i32('rDay', cap); // index in `recDay`
  const rMinute = take('rMinute', cap, (size) => new Int16Array(size));
  const rChannel = u8('rChannel', cap);
  const rFormat = u8('rFormat', cap);
  const rIntent = u8('rIntent', cap);
  const rFlags = u8('rFlags', cap);
  const rawIds = rawIdBuffer(cap);
  const rIdKey = take('rIdKey', cap, (size) => new Float64Array(size));
  if (dayEntries.size > 50_000) dayEntries.clear(); // never during a call: entries carry its numbering
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
    rawIds[n] = post.id;
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

  // Distinct days have distinct day numbers, which sort as the days do: a numeric typed-array sort
  // of day numbers is far cheaper than comparing 'yyyy-MM-dd' strings.
  const dayIdxs = new Int32Array(recIdx).sort();
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
  // PERF: posts that share a day and minute are ordered by id, which means reading ids (a cache miss
  // per post). Few ties (a planned calendar): only theirs are read, on demand. Many (dozens of
  // untimed posts a day): every id is read in input order, which follows memory, before sorting.
  let ties = 0;
  for (let k = 1; k < n; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    if (dayKeys[a] === dayKeys[b] && minuteKeys[a] === minuteKeys[b]) ties++;
  }
  if (ties * 4 > n) for (let r = 0; r < n; r++) rIdKey[r] = idPrefixKey(rawIds[r] as string);
  sortTiesById(order, dayKeys, minuteKeys, rIdKey, rawIds, ties * 4 > n ? null : idPrefixKey);

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
    dayStart: new Int32Array(days.length + 1),
    todayIdx,
  };
  const perChannel = new Int32Array(CHANNELS.length);
  for (let p = 0; p < n; p++) {
    const r = order[p] as number;
    const rank = dayKeys[r] as number;
    ctx.input[p] = rInput[r] as number;
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
