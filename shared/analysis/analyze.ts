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
import { frequencyWarnings } from './frequency';
import { periodMixes, weekSpans, weeklyWarnings } from './periods';
import { prepare } from './prepare';
import { sequenceWarnings, type Found } from './sequences';
import { shareWarnings } from './share';
import { RULE_IDS, type Analysis, type AnalysisPost, type AnalyzeOptions } from './types';

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
  const inRange = (p: number) => {
    const day = ctx.days[ctx.dayRank[p] as number] as string;
    return (from === undefined || day >= from) && (to === undefined || day <= to);
  };
  const keep = from === undefined && to === undefined ? () => true : (positions: readonly number[]) => positions.some(inRange);

  const weeks = weekSpans(ctx, weekStartsOn);
  const found: Found[] = [
    ...sequenceWarnings(ctx, 'promo-streak', rules, keep),
    ...shareWarnings(ctx, rules, keep),
    ...weeklyWarnings(ctx, rules, weeks, options, keep),
    ...sequenceWarnings(ctx, 'format-repeat', rules, keep),
    ...frequencyWarnings(ctx, rules, keep),
  ];
  const ranked = found.map((f) => ({ ...f, rank: RULE_IDS.indexOf(f.warning.ruleId) }));
  ranked.sort(
    (a, b) =>
      a.first - b.first ||
      a.rank - b.rank ||
      (a.warning.id < b.warning.id ? -1 : a.warning.id > b.warning.id ? 1 : 0),
  );
  const warnings = ranked.map((f) => f.warning);

  const streak = new Set<number>();
  for (const f of found) if (f.warning.ruleId === 'promo-streak') for (const p of f.positions ?? []) streak.add(p);
  const streakPostIds = [...streak].sort((a, b) => a - b).map((p) => ctx.posts[p]?.id as string);

  return {
    weeks: periodMixes(ctx, 'week', weekStartsOn, weeks, from, to),
    months: periodMixes(ctx, 'month', weekStartsOn, weeks, from, to),
    warnings,
    streakPostIds,
  };
};
