/**
 * The balance and promotion guard: given a client's posts and rules, the mix per week and per month
 * and the warnings, each with a safe one-click fix where one exists. Pure and synchronous.
 *
 * TRAP (range): `from`/`to` limit which weeks and months are reported and which warnings are
 * returned (a warning is returned when any of its posts is inside the range), but every rule reads
 * ALL the posts given: a streak or a window that crosses the range's edge is still found, and a
 * week's mix counts its posts outside the range. So pass all of the client's posts, or at least a
 * range padded well beyond what is shown (a streak can reach far: "in a row" ignores gaps).
 *
 * TRAP (order): posts are ordered by date, then time with untimed posts first (an untimed post
 * counts as its day's first), then id, so the result never depends on the input order. Posts
 * without a date (backlog ideas) are ignored.
 */
import { isDay } from '../dates';
import { captionWarnings } from './captionLimit';
import { approvalWarnings } from './approvalDue';
import { frequencyWarnings } from './frequency';
import { periodMixes } from './mixes';
import { pillarWarnings } from './pillarDrift';
import { weekSpans, weeklyWarnings } from './periods';
import { dayIndex, prepare } from './prepare';
import { sequenceWarnings, type Found } from './sequences';
import { shareWarnings } from './share';
import { RULE_IDS, type Analysis, type AnalysisPost, type AnalyzeOptions, type Warning } from './types';

export { applyFix } from './fixes';

export const analyze = (posts: readonly AnalysisPost[], options: AnalyzeOptions): Analysis => {
  const { rules, weekStartsOn, from, to, today } = options;
  for (const [name, day] of [
    ['from', from],
    ['to', to],
    ['today', today],
  ] as const) {
    if (day !== undefined && !isDay(day)) throw new RangeError(`analyze: ${name} is not a yyyy-MM-dd day: ${day}`);
  }
  const ctx = prepare(posts, today);
  // PERF: day numbers, not 'yyyy-MM-dd' strings: a dense month tests tens of thousands of positions,
  // and comparing strings read from storage (never the same objects) was a third of the analysis.
  const fromIdx = from === undefined ? -Infinity : (dayIndex(from) ?? -Infinity);
  const toIdx = to === undefined ? Infinity : (dayIndex(to) ?? Infinity);
  const inRange = (p: number) => {
    const day = ctx.dayIdx[p] as number;
    return day >= fromIdx && day <= toIdx;
  };
  const all = from === undefined && to === undefined;
  const keep = all ? () => true : (positions: readonly number[]) => positions.some(inRange);
  const keepSpan = all
    ? () => true
    : (start: number, end: number) => {
        for (let p = start; p < end; p++) if (inRange(p)) return true;
        return false;
      };

  const weeks = weekSpans(ctx, weekStartsOn);
  const found: Found[] = [
    ...sequenceWarnings(ctx, 'promo-streak', rules, keep),
    ...shareWarnings(ctx, rules, keep),
    ...weeklyWarnings(ctx, rules, weeks, options, keepSpan),
    ...sequenceWarnings(ctx, 'format-repeat', rules, keep),
    ...frequencyWarnings(ctx, rules, keep),
    ...pillarWarnings(ctx, rules, options.pillars, keepSpan),
    ...captionWarnings(ctx, rules, options.xPremium, keep),
    ...approvalWarnings(ctx, rules, options.approval, keep),
  ];
  const warnings = inCalendarOrder(found);

  // Streak posts in calendar order: marked by position, then read in order.
  const inStreak = new Uint8Array(ctx.n);
  let marked = 0;
  for (const f of found) {
    if (f.warning.ruleId !== 'promo-streak') continue;
    for (const p of f.positions ?? []) {
      marked += inStreak[p] === 0 ? 1 : 0;
      inStreak[p] = 1;
    }
  }
  const streakPostIds = new Array<string>(marked);
  for (let p = 0, k = 0; k < marked; p++) if (inStreak[p] === 1) streakPostIds[k++] = ctx.ids[p] as string;

  return {
    ...periodMixes(ctx, weekStartsOn, weeks, from, to),
    warnings,
    streakPostIds,
  };
};

/**
 * Warnings by first post, then rule, then id. A numeric sort of (first, rule) keys: with thousands
 * of warnings a comparator sort over objects cost more than some rules.
 */
const inCalendarOrder = (found: readonly Found[]): Warning[] => {
  const count = found.length;
  const rules: readonly string[] = RULE_IDS;
  if (count >= 2 ** 20) {
    const rank = (f: Found) => rules.indexOf(f.warning.ruleId);
    return [...found]
      .sort((a, b) => a.first - b.first || rank(a) - rank(b) || (a.warning.id < b.warning.id ? -1 : 1))
      .map((f) => f.warning);
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const f = found[i] as Found;
    // first < 2^29 (a post's position), rule < 16, i < 2^20 (a million warnings): exact in a double
    // (2^53). RULE_IDS has 10: a seventeenth rule needs a wider slot than 16.
    keys[i] = (f.first * 16 + rules.indexOf(f.warning.ruleId)) * 2 ** 20 + i;
  }
  keys.sort();
  const out = new Array<Warning>(count);
  for (let k = 0; k < count; k++) out[k] = (found[(keys[k] as number) % 2 ** 20] as Found).warning;
  // Same first post and rule (in practice never: a rule's warnings do not share posts): by id.
  for (let k = 0; k < count; ) {
    const group = Math.floor((keys[k] as number) / 2 ** 20);
    let j = k + 1;
    while (j < count && Math.floor((keys[j] as number) / 2 ** 20) === group) j++;
    if (j - k > 1) {
      const sorted = out.slice(k, j).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (let m = k; m < j; m++) out[m] = sorted[m - k] as Warning;
    }
    k = j;
  }
  return out;
};
