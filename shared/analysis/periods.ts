/**
 * Weeks and months: their mix, and the weekly rules (c) no participation and (e) playful range
 * (internal to shared/analysis).
 *
 * TRAP (dates): a week starts on the client's week start (Sunday, Monday or Saturday), so a Sunday
 * post belongs to a different week depending on it. Week starts are found by calendar-day numbers
 * (see prepare.ts), once per distinct day. A week or a month counts ALL the posts given for it, even
 * those outside `from`/`to`: its mix is a property of the whole period.
 */
import { endOfMonth } from 'date-fns';
import { dateToDay, monthOf, monthToDate, shiftMonth, type Day } from '../dates';
import { CHANNELS, INTENTS, type WeekStart } from '../model/enums';
import { FORMAT_IDS, type FormatId } from '../model/formats';
import { participationMessage, playfulMessage, questionReason, withMessage } from './messages';
import {
  FIXABLE as FIXABLE_BIT,
  INVITING as INVITING_BIT,
  PLAYFUL as PLAYFUL_BIT,
  PROMO as PROMO_BIT,
  dayAt,
  dayIndex,
  weekdayOf,
  type Context,
} from './prepare';
import type { GuardRules } from './rules';
import { channelRecord, formatRecord } from './records';
import type { Found } from './sequences';
import type { AnalyzeOptions, Fix, PeriodMix, Warning } from './types';

// Flag bits copied into module constants: hot loops then read a local constant, not an imported
// binding (the test runner's module transform turns those into getter calls; bundles do not care).
const FIXABLE = FIXABLE_BIT;
const INVITING = INVITING_BIT;
const PLAYFUL = PLAYFUL_BIT;
const PROMO = PROMO_BIT;

/** A period's posts: the calendar positions [startPos, endPos). */
export type Span = { start: Day; end: Day; startPos: number; endPos: number };

export const weekStartIdx = (dayIdx: number, weekStartsOn: WeekStart): number =>
  dayIdx - ((weekdayOf(dayIdx) - weekStartsOn + 7) % 7);

/** The weeks that hold posts, in order, with where their posts are. */
export const weekSpans = (ctx: Context, weekStartsOn: WeekStart): Span[] => {
  const out: Span[] = [];
  let current = Number.NaN;
  for (let k = 0; k < ctx.dayIdxs.length; k++) {
    const w = weekStartIdx(ctx.dayIdxs[k] as number, weekStartsOn);
    const pos = ctx.dayStart[k] as number;
    if (w !== current) {
      const prev = out[out.length - 1];
      if (prev !== undefined) prev.endPos = pos;
      out.push({ start: dayAt(w), end: dayAt(w + 6), startPos: pos, endPos: ctx.n });
      current = w;
    }
  }
  return out;
};

const monthSpans = (ctx: Context): Span[] => {
  const out: Span[] = [];
  let current = Number.NaN;
  for (let k = 0; k < ctx.days.length; k++) {
    const m = ctx.dayMonth[k] as number;
    if (m === current) continue;
    current = m;
    const pos = ctx.dayStart[k] as number;
    const prev = out[out.length - 1];
    if (prev !== undefined) prev.endPos = pos;
    const month = monthOf(ctx.days[k] as Day);
    out.push({ start: `${month}-01`, end: monthEnd(month), startPos: pos, endPos: ctx.n });
  }
  return out;
};

// date-fns' parse (behind monthToDate) costs ~10 µs: month bounds are computed once per month.
const monthInfos = new Map<string, { end: Day; next: string }>();
const monthInfo = (month: string): { end: Day; next: string } => {
  let info = monthInfos.get(month);
  if (info === undefined) {
    info = { end: dateToDay(endOfMonth(monthToDate(month))), next: shiftMonth(month, 1) };
    if (monthInfos.size > 5000) monthInfos.clear();
    monthInfos.set(month, info);
  }
  return info;
};
const monthEnd = (month: string): Day => monthInfo(month).end;

const INFORMATIVE = INTENTS.indexOf('informative');
const PROMOTIONAL = INTENTS.indexOf('promotional');
const CONVERSATIONAL = INTENTS.indexOf('conversational');

// Scratch counters reused by every mixOf call (analysis is synchronous, so never shared).
const formatCounts = new Int32Array(FORMAT_IDS.length);
const intentCounts = new Int32Array(INTENTS.length);
const channelCounts = new Int32Array(CHANNELS.length);

const mixOf = (ctx: Context, start: Day, end: Day, from: number, to: number): PeriodMix => {
  const formats = formatCounts.fill(0);
  const intents = intentCounts.fill(0);
  const channels = channelCounts.fill(0);
  const { format, intent, channel, flags } = ctx;
  let playful = 0;
  let promotional = 0;
  let inviting = 0;
  for (let x = from; x < to; x++) {
    const f = format[x] as number;
    const t = intent[x] as number;
    const c = channel[x] as number;
    formats[f] = (formats[f] as number) + 1;
    intents[t] = (intents[t] as number) + 1;
    channels[c] = (channels[c] as number) + 1;
    const bits = flags[x] as number;
    playful += bits & PLAYFUL ? 1 : 0;
    promotional += bits & PROMO ? 1 : 0;
    inviting += bits & INVITING ? 1 : 0;
  }
  const total = to - from;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const byIntent = { informative: intents[INFORMATIVE] ?? 0, promotional: intents[PROMOTIONAL] ?? 0, conversational: intents[CONVERSATIONAL] ?? 0 };
  return {
    start,
    end,
    total,
    serious: total - playful,
    playful,
    playfulShare: share(playful),
    promotional,
    promotionalShare: share(promotional),
    inviting,
    invitingShare: share(inviting),
    byFormat: formatRecord(formats),
    byIntent,
    byChannel: channelRecord(channels),
  };
};

/**
 * Every week (or month) that meets [from, to], empty ones included; without bounds, from the first
 * post's period to the last one's. Each counts all of its posts.
 */
export const periodMixes = (
  ctx: Context,
  kind: 'week' | 'month',
  weekStartsOn: WeekStart,
  weeks: readonly Span[],
  from: Day | undefined,
  to: Day | undefined,
): PeriodMix[] => {
  const spans = kind === 'week' ? weeks : monthSpans(ctx);
  const first = from ?? spans[0]?.start;
  const last = to ?? spans[spans.length - 1]?.end;
  if (first === undefined || last === undefined || first > last) return [];
  const out: PeriodMix[] = [];
  if (kind === 'week') {
    const byStart = new Map(spans.map((s) => [ctxDayIdx(s.start), s]));
    const lastIdx = weekStartIdx(ctxDayIdx(last), weekStartsOn);
    for (let w = weekStartIdx(ctxDayIdx(first), weekStartsOn); w <= lastIdx; w += 7) {
      const span = byStart.get(w);
      out.push(mixOf(ctx, span?.start ?? dayAt(w), span?.end ?? dayAt(w + 6), span?.startPos ?? 0, span?.endPos ?? 0));
    }
  } else {
    const byStart = new Map(spans.map((s) => [s.start, s]));
    for (let m = monthOf(first); m <= monthOf(last); m = monthInfo(m).next) {
      const span = byStart.get(`${m}-01`);
      out.push(mixOf(ctx, `${m}-01`, monthEnd(m), span?.startPos ?? 0, span?.endPos ?? 0));
    }
  }
  return out;
};

// Bounds are validated by `analyze`, so a missing day number cannot happen here.
const ctxDayIdx = (day: Day): number => dayIndex(day) as number;

const EPS = 1e-9;

/** Rules (c) and (e), over the weeks that hold posts. */
export const weeklyWarnings = (
  ctx: Context,
  rules: GuardRules,
  weeks: readonly Span[],
  options: Pick<AnalyzeOptions, 'formatScores' | 'formatLift'>,
  /** Whether to report a warning about the posts at positions [start, end). */
  keepSpan: (start: number, end: number) => boolean,
): Found[] => {
  const part = rules['no-participation-week'];
  const range = rules['playful-range'];
  if (!part.enabled && !range.enabled) return [];
  const out: Found[] = [];
  const { flags } = ctx;
  for (const span of weeks) {
    const { startPos, endPos } = span;
    const total = endPos - startPos;
    let playful = 0;
    let inviting = 0;
    for (let x = startPos; x < endPos; x++) {
      const bits = flags[x] as number;
      playful += bits & PLAYFUL ? 1 : 0;
      inviting += bits & INVITING ? 1 : 0;
    }
    const silent = part.enabled && total >= part.minPosts && inviting === 0;
    const outside =
      range.enabled &&
      total >= range.minPosts &&
      (playful < range.min * total - EPS || playful > range.max * total + EPS);
    if (!silent && !outside) continue;
    if (!keepSpan(startPos, endPos)) continue;
    // A week's posts are contiguous in calendar order: its ids are a slice.
    const postIds = ctx.ids.slice(startPos, endPos);
    const first = startPos;
    if (silent) {
      const warning: Warning = withMessage(
        { id: `no-participation-week:${span.start}`, ruleId: 'no-participation-week', severity: part.severity, postIds, period: { from: span.start, to: span.end } },
        () => participationMessage(span.start, total),
      );
      const fix = questionFix(ctx, startPos, endPos, options);
      if (fix !== undefined) warning.fix = fix;
      out.push({ warning, first });
    }
    if (outside) {
      out.push({
        first,
        warning: withMessage(
          { id: `playful-range:${span.start}`, ruleId: 'playful-range', severity: range.severity, postIds: silent ? postIds.slice() : postIds, period: { from: span.start, to: span.end } },
          () => playfulMessage(span.start, playful, total, range.min, range.max),
        ),
      });
    }
  }
  return out;
};

/**
 * Which post of a silent week to turn into a question: a fixable, non-promotional one (asking for
 * participation in a sales post reads as a trick), the best-scoring format first (`formatScores`,
 * else `formatLift`; unknown formats score 0), then conversational before informative, then the
 * earliest. Always safe: the week gains an inviting post and no other week changes.
 */
const questionFix = (
  ctx: Context,
  startPos: number,
  endPos: number,
  options: Pick<AnalyzeOptions, 'formatScores' | 'formatLift'>,
): Fix | undefined => {
  const scores = options.formatScores ?? options.formatLift ?? {};
  const scoreOf = (p: number) => scores[FORMAT_IDS[ctx.format[p] as number] as FormatId] ?? 0;
  const conversational = INTENTS.indexOf('conversational');
  let best = -1;
  for (let p = startPos; p < endPos; p++) {
    const flags = ctx.flags[p] as number;
    if (flags & PROMO || !(flags & FIXABLE)) continue;
    if (best === -1) {
      best = p;
      continue;
    }
    const d = scoreOf(p) - scoreOf(best);
    if (d > 0 || (d === 0 && ctx.intent[p] === conversational && ctx.intent[best] !== conversational)) best = p;
  }
  const post = ctx.postAt(best);
  if (post === undefined) return undefined;
  const format = post.format;
  return { kind: 'make-question', postId: post.id, reason: questionReason(post.title, format, options.formatLift?.[format]) };
};
