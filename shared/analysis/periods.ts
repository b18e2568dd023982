/**
 * Weeks and months: where their posts are (their mix is in mixes.ts), and the weekly rules (c) no
 * participation and (e) playful range (internal to shared/analysis).
 *
 * TRAP (dates): a week starts on the client's week start (Sunday, Monday or Saturday), so a Sunday
 * post belongs to a different week depending on it. Week starts are found by calendar-day numbers
 * (see prepare.ts), once per distinct day. A week or a month counts ALL the posts given for it, even
 * those outside `from`/`to`: its mix is a property of the whole period.
 */
import { endOfMonth } from 'date-fns';
import { dateToDay, monthOf, monthToDate, shiftMonth, type Day } from '../dates';
import { INTENTS, type WeekStart } from '../model/enums';
import { FORMAT_IDS, type FormatId } from '../model/formats';
import { LazyText, participationMessage, playfulMessage, questionReason, withMessage } from './messages';
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
import type { Found } from './sequences';
import type { AnalyzeOptions, Fix, Warning } from './types';

// Flag bits copied into module constants: hot loops then read a local constant, not an imported
// binding (the test runner's module transform turns those into getter calls; bundles do not care).
const FIXABLE = FIXABLE_BIT;
const INVITING = INVITING_BIT;
const PLAYFUL = PLAYFUL_BIT;
const PROMO = PROMO_BIT;

/** A period's posts: the calendar positions [startPos, endPos); `first`: its first day's number. */
export type Span = { start: Day; end: Day; first: number; startPos: number; endPos: number };

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
      out.push({ start: dayAt(w), end: dayAt(w + 6), first: w, startPos: pos, endPos: ctx.n });
      current = w;
    }
  }
  return out;
};

export const monthSpans = (ctx: Context): Span[] => {
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
    const start = `${month}-01`;
    out.push({ start, end: monthEnd(month), first: ctxDayIdx(start), startPos: pos, endPos: ctx.n });
  }
  return out;
};

// date-fns' parse (behind monthToDate) costs ~10 µs: month bounds are computed once per month.
const monthInfos = new Map<string, { end: Day; next: string }>();
export const monthInfo = (month: string): { end: Day; next: string } => {
  let info = monthInfos.get(month);
  if (info === undefined) {
    info = { end: dateToDay(endOfMonth(monthToDate(month))), next: shiftMonth(month, 1) };
    if (monthInfos.size > 5000) monthInfos.clear();
    monthInfos.set(month, info);
  }
  return info;
};
export const monthEnd = (month: string): Day => monthInfo(month).end;

// Bounds are validated by `analyze`, so a missing day number cannot happen here.
export const ctxDayIdx = (day: Day): number => dayIndex(day) as number;

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
  const format = FORMAT_IDS[ctx.format[best] as number] as FormatId;
  const lift = options.formatLift?.[format];
  return { kind: 'make-question', postId: ctx.ids[best] as string, reason: new LazyText(() => questionReason(post.title, format, lift)) };
};
