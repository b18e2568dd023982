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
import { codeLookup } from './codes';
import { calendarOrder, distinctDays, i32, idBuffer, identityInto, rawIdBuffer, SMALL_DAY, take, u8 } from './columns';
import { dayAt, dayIndex, dayNumber, monthNumber, NOT_A_DAY } from './days';
import type { AnalysisPost } from './types';

export { dayAt, dayIndex, weekdayOf } from './days';

// minuteOf lives here rather than in columns.ts: it runs once per post, and a call across modules
// costs more under the test runner's module transform.

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


export const PROMO = 1;
export const PLAYFUL = 2;
export const INVITING = 4;
/** A fix may change the post: not published, and not before `today` when known. */
export const FIXABLE = 8;
/**
 * Not published, with a caption or a first comment: what the caption-limit rule reads. PERF: known
 * here, where each post is read anyway, the rule visits only those posts; reading every post again
 * later, in calendar order, cost ~5 ms for 100,000.
 */
export const HAS_TEXT = 16;

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
  /** PROMO | PLAYFUL | INVITING | FIXABLE | HAS_TEXT bits. */
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

const channelCode = codeLookup(CHANNELS);
const formatCode = codeLookup(FORMAT_IDS);
const intentCode = codeLookup(INTENTS);
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
    const channel = channelCode(post.channel);
    const format = formatCode(post.format);
    const intent = intentCode(post.intent);
    if ((channel | format | intent) < 0) continue;
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
      (post.status !== 'published' && (todayIdx === null || dayNum >= todayIdx) ? FIXABLE : 0) |
      (post.status !== 'published' && (post.caption || post.firstComment) ? HAS_TEXT : 0);
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

  const order = calendarOrder(n, byDay && maxGroup <= SMALL_DAY, dayKeys, dayIdxs.length, rMinute, rawIds);

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
