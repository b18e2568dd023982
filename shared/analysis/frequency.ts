/**
 * Rule (f): more posts a day on a channel than its frequency guide, with a move fix
 * (internal to shared/analysis).
 */
import { CHANNELS } from '../model/enums';
import { frequencyMessage, LazyText, moveForRoomReason, withMessage } from './messages';
import { FIXABLE, dayAt, rankNear, type Context } from './prepare';
import type { GuardRules } from './rules';
import { MAX_SHIFT, type Found } from './sequences';
import type { Fix, Warning } from './types';

const CH = CHANNELS.length;

export const frequencyWarnings = (
  ctx: Context,
  rules: GuardRules,
  keep: (positions: readonly number[]) => boolean,
): Found[] => {
  const rule = rules['channel-frequency'];
  if (!rule.enabled) return [];
  const max = CHANNELS.map((c) => rule.maxPerDay[c]);
  // Posts per (day rank, channel): for finding crowded days, then a day with room.
  const load = new Int32Array(ctx.days.length * CH);
  const crowdedDays: number[] = [];
  for (let k = 0; k < ctx.days.length; k++) {
    let crowded = false;
    for (let x = ctx.dayStart[k] as number; x < (ctx.dayStart[k + 1] as number); x++) {
      const ch = ctx.channel[x] as number;
      const cell = k * CH + ch;
      const count = (load[cell] as number) + 1;
      load[cell] = count;
      if (count > (max[ch] as number)) crowded = true;
    }
    if (crowded) crowdedDays.push(k);
  }
  const out: Found[] = [];
  const NONE: number[] = [];
  const byChannel: number[][] = CHANNELS.map(() => NONE);
  for (const k of crowdedDays) {
    // One pass over the day's posts, by channel; only crowded channels get a list.
    for (let ch = 0; ch < CH; ch++) byChannel[ch] = (load[k * CH + ch] as number) > (max[ch] as number) ? [] : NONE;
    for (let x = ctx.dayStart[k] as number; x < (ctx.dayStart[k + 1] as number); x++) {
      const list = byChannel[ctx.channel[x] as number] as number[];
      if (list !== NONE) list.push(x);
    }
    const day = ctx.days[k] as string;
    for (let ch = 0; ch < CH; ch++) {
      const limit = max[ch] as number;
      const list = byChannel[ch] as number[];
      if (list.length <= limit) continue;
      if (!keep(list)) continue;
      const channel = CHANNELS[ch] as (typeof CHANNELS)[number];
      const count = list.length;
      const warning: Warning = withMessage(
        { id: `channel-frequency:${channel}:${day}`, ruleId: 'channel-frequency', severity: rule.severity, postIds: list.map((x) => ctx.ids[x] as string), period: { from: day, to: day } },
        () => frequencyMessage(channel, day, count, limit),
      );
      const fix = list.length === limit + 1 ? roomFix(ctx, list, load, limit) : undefined;
      if (fix !== undefined) warning.fix = fix;
      out.push({ warning, first: list[0] as number });
    }
  }
  return out;
};

/**
 * Move one post (the latest of the day first) to the nearest day, ±1 first and later before
 * earlier, where its channel stays within the guide once it arrives. Only offered when the day is
 * exactly one post over, so the move clears it; the target day then holds at most `limit` posts.
 */
const roomFix = (ctx: Context, positions: readonly number[], load: Int32Array, limit: number): Fix | undefined => {
  // All candidates share the day, so the latest fixable one is the one to move.
  let p: number | undefined;
  for (let i = positions.length - 1; i >= 0 && p === undefined; i--) {
    if ((ctx.flags[positions[i] as number] as number) & FIXABLE) p = positions[i];
  }
  const post = p === undefined ? undefined : ctx.postAt(p);
  if (p === undefined || post === undefined) return undefined;
  const ch = ctx.channel[p] as number;
  const channel = CHANNELS[ch] as (typeof CHANNELS)[number];
  for (let shift = 1; shift <= MAX_SHIFT; shift++) {
    for (const sign of [1, -1]) {
      const to = (ctx.dayIdx[p] as number) + sign * shift;
      if (ctx.todayIdx !== null && to < ctx.todayIdx) continue;
      const rank = rankNear(ctx, ctx.dayRank[p] as number, to);
      if ((rank === -1 ? 0 : (load[rank * CH + ch] as number)) + 1 > limit) continue;
      const toDate = dayAt(to);
      // The reason is written when first read: most fixes of a long calendar are never shown.
      return { kind: 'move', postId: ctx.ids[p] as string, toDate, reason: new LazyText(() => moveForRoomReason(post.title, toDate, channel)) };
    }
  }
  return undefined;
};

