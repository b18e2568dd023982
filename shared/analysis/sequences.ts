/**
 * Rules about posts in a row: the promotional streak (a) and the repeated format (d), with their
 * move and swap fixes (internal to shared/analysis).
 *
 * "In a row" is about order only (date, then time, then id), not about days: two promotional posts
 * a week apart with nothing between them are in a row. With scope 'channel' each channel is its own
 * sequence; with 'all', the client's posts across channels form one.
 */
import { CHANNELS } from '../model/enums';
import { FORMAT_IDS } from '../model/formats';
import { LazyText, moveReason, repeatMessage, streakMessage, swapReason, withMessage, type FixEffect } from './messages';
import { FIXABLE as FIXABLE_BIT, PROMO as PROMO_BIT, dayAt, rankNear, type Context } from './prepare';
import type { GuardRules } from './rules';
import { changeIsSafe, findRuns, type Run, type RunSpec, type Seq } from './runs';
import type { Fix, Warning } from './types';

// Flag bits copied into module constants: hot loops then read a local constant, not an imported
// binding (the test runner's module transform turns those into getter calls; bundles do not care).
const FIXABLE = FIXABLE_BIT;
const PROMO = PROMO_BIT;

/** A warning with the calendar position of its first post, for sorting (and its posts' positions, for streaks). */
export type Found = { warning: Warning; first: number; positions?: number[] };

/** How far (in days) a fix may move a post; and how many neighbours a swap considers on each side. */
export const MAX_SHIFT = 7;
const PARTNERS_PER_SIDE = 3;

export const sequenceWarnings = (
  ctx: Context,
  ruleId: 'promo-streak' | 'format-repeat',
  rules: GuardRules,
  keep: (positions: readonly number[]) => boolean,
): Found[] => {
  const streak = rules['promo-streak'];
  const repeat = rules['format-repeat'];
  const rule = ruleId === 'promo-streak' ? streak : repeat;
  if (!rule.enabled) return [];
  const { flags, format } = ctx;
  const keys = new Int32Array(ctx.n);
  if (ruleId === 'promo-streak') for (let p = 0; p < ctx.n; p++) keys[p] = (flags[p] as number) & PROMO ? 1 : -1;
  else for (let p = 0; p < ctx.n; p++) keys[p] = format[p] as number;
  const spec: RunSpec = { keys, min: ruleId === 'promo-streak' ? streak.maxInARow + 1 : repeat.repeatCount };
  const effect: FixEffect = ruleId === 'promo-streak' ? 'streak' : 'repeat';
  const perChannel = rule.scope === 'channel';
  const seqs: Seq[] = perChannel
    ? ctx.byChannel.map((at) => ({ at, indexOf: (p: number) => ctx.chPos[p] as number }))
    : [{ at: ctx.all, indexOf: (p: number) => p }];
  const out: Found[] = [];
  for (const seq of seqs) {
    for (const run of findRuns(seq.at, spec)) {
      const positions: number[] = [];
      for (let i = run.start; i <= run.end; i++) positions.push(seq.at[i] as number);
      if (!keep(positions)) continue;
      const first = positions[0] as number;
      const from = ctx.days[ctx.dayRank[first] as number] as string;
      const to = ctx.days[ctx.dayRank[positions[positions.length - 1] as number] as number] as string;
      const postIds = positions.map((p) => ctx.ids[p] as string);
      // The first and last posts and the length name a run: runs of one sequence never share posts.
      // PERF: not every id joined, which read each id's characters (a cache miss each).
      const key = `${postIds[0] as string}..${postIds[postIds.length - 1] as string}:${postIds.length}`;
      const channel = perChannel ? CHANNELS[ctx.channel[first] as number] : undefined;
      const count = positions.length;
      const repeated = FORMAT_IDS[format[first] as number] ?? 'text';
      const fix = findFix(ctx, seq, spec, run, positions, effect);
      const warning: Warning = withMessage({ id: `${ruleId}:${key}`, ruleId, severity: rule.severity, postIds, period: { from, to } }, () =>
        ruleId === 'promo-streak' ? streakMessage(count, from, to, streak.maxInARow, channel) : repeatMessage(repeated, count, from, to, channel),
      );
      if (fix !== undefined) warning.fix = fix;
      out.push(ruleId === 'promo-streak' ? { warning, first, positions } : { warning, first });
    }
  }
  return out;
};

/**
 * The first safe fix, in this order:
 * 1. move one post of the run to the nearest free day (no post of the client at all that day),
 *    ±1 day first, later before earlier, up to MAX_SHIFT days; only possible when the run is exactly
 *    one post too long;
 * 2. swap the days of a post of the run (the middle ones first) with one of the nearest posts that
 *    does not belong to it, at most MAX_SHIFT days apart; only possible when one swap can split
 *    the run into two short enough pieces.
 * "Safe": `changeIsSafe` checks the run is gone and no new run of this rule appears anywhere.
 */
const findFix = (
  ctx: Context,
  seq: Seq,
  spec: RunSpec,
  run: Run,
  runPositions: readonly number[],
  effect: FixEffect,
): Fix | undefined => {
  const length = runPositions.length;
  const fixable = (p: number) => ((ctx.flags[p] as number) & FIXABLE) !== 0;
  const dayOf = (p: number) => ctx.dayIdx[p] as number;
  const id = (p: number) => ctx.ids[p] as string;
  if (length === spec.min) {
    for (let shift = 1; shift <= MAX_SHIFT; shift++) {
      for (const sign of [1, -1]) {
        // Later: the latest post first; earlier: the earliest first.
        for (let k = 0; k < length; k++) {
          const p = runPositions[sign > 0 ? length - 1 - k : k] as number;
          const to = dayOf(p) + sign * shift;
          if (!fixable(p) || (ctx.todayIdx !== null && to < ctx.todayIdx)) continue;
          if (rankNear(ctx, ctx.dayRank[p] as number, to) !== -1) continue; // not a free day
          if (changeIsSafe(ctx, seq, [{ p, dayIdx: to }], spec, run)) {
            const toDate = dayAt(to);
            const post = ctx.postAt(p);
            return { kind: 'move', postId: id(p), toDate, reason: new LazyText(() => moveReason(post?.title ?? '', toDate, effect)) };
          }
        }
      }
    }
  }
  if (length > 2 * spec.min - 1) return undefined;
  const runKey = spec.keys[runPositions[0] as number] as number;
  const center = (run.start + run.end) / 2;
  const xs = runPositions
    .map((p, i) => ({ p, i: run.start + i }))
    .filter((x) => fixable(x.p))
    .sort((a, b) => Math.abs(a.i - center) - Math.abs(b.i - center) || b.i - a.i)
    .map((x) => x.p);
  for (const y of partners(ctx, seq, run, runKey, spec)) {
    for (const x of xs) {
      if (dayOf(x) === dayOf(y) || Math.abs(dayOf(x) - dayOf(y)) > MAX_SHIFT) continue;
      const changes = [
        { p: x, dayIdx: dayOf(y) },
        { p: y, dayIdx: dayOf(x) },
      ];
      if (changeIsSafe(ctx, seq, changes, spec, run)) {
        const [a, b] = [ctx.postAt(x), ctx.postAt(y)];
        return { kind: 'swap', postIdA: id(x), postIdB: id(y), reason: new LazyText(() => swapReason(a?.title ?? '', b?.title ?? '', effect)) };
      }
    }
  }
  return undefined;
};

/** The nearest fixable posts outside the run with another key, alternating after / before it. */
const partners = (ctx: Context, seq: Seq, run: Run, runKey: number, spec: RunSpec): number[] => {
  const { at } = seq;
  const side = (from: number, step: number, edge: number): number[] => {
    const found: number[] = [];
    const edgeDay = ctx.dayIdx[edge] as number;
    for (let i = from; i >= 0 && i < at.length && found.length < PARTNERS_PER_SIDE; i += step) {
      const p = at[i] as number;
      if (Math.abs((ctx.dayIdx[p] as number) - edgeDay) > MAX_SHIFT) break;
      if ((ctx.flags[p] as number) & FIXABLE && spec.keys[p] !== runKey) found.push(p);
    }
    return found;
  };
  const after = side(run.end + 1, 1, at[run.end] as number);
  const before = side(run.start - 1, -1, at[run.start] as number);
  const out: number[] = [];
  for (let i = 0; i < PARTNERS_PER_SIDE; i++) {
    if (after[i] !== undefined) out.push(after[i] as number);
    if (before[i] !== undefined) out.push(before[i] as number);
  }
  return out;
};
