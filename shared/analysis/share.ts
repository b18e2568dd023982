/**
 * Rule (b): the promotional share over rolling windows (internal to shared/analysis).
 *
 * A window of W days is [d, d + W - 1], both ends inside: posts 13 days apart share a 14-day
 * window, posts 14 days apart never do. It fires when it holds at least `minPosts` posts and
 * promotional posts are MORE than `maxShare` of them (exactly 20% is fine under 80/20).
 *
 * Only windows whose content differs need checking: content changes when a window's end reaches a
 * post day (start = day - W + 1) or its start passes one (start = day + 1). So the scan visits at
 * most two windows per distinct day, whatever the span of the calendar.
 *
 * Overlapping windows that fire describe one problem: each warning reports the worst window (highest
 * share, then most posts, then earliest) among the firing windows that share posts with the first
 * one, and the scan resumes after that window's last post day. No fix is proposed for this rule:
 * moving one post rarely brings a whole window back under the share.
 */
import { shareMessage, withMessage } from './messages';
import { PROMO as PROMO_BIT, type Context } from './prepare';
import { PROMO_PRESETS, type GuardRules } from './rules';
import type { Found } from './sequences';

// Flag bits copied into module constants: hot loops then read a local constant, not an imported
// binding (the test runner's module transform turns those into getter calls; bundles do not care).
const PROMO = PROMO_BIT;

type Win = { i: number; j: number; total: number; promo: number };

// Shares are compared as counts: promo > maxShare × total, with room for float noise (1/3 × 3).
const EPS = 1e-9;

export const shareWarnings = (
  ctx: Context,
  rules: GuardRules,
  keep: (positions: readonly number[]) => boolean,
): Found[] => {
  const rule = rules['promo-share'];
  const n = ctx.dayIdxs.length;
  if (!rule.enabled || n === 0) return [];
  const W = rule.windowDays;
  const totals = new Int32Array(n + 1);
  const promos = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    let p = 0;
    for (let x = ctx.dayStart[k] as number; x < (ctx.dayStart[k + 1] as number); x++) if ((ctx.flags[x] as number) & PROMO) p++;
    totals[k + 1] = (totals[k] as number) + (ctx.dayStart[k + 1] as number) - (ctx.dayStart[k] as number);
    promos[k + 1] = (promos[k] as number) + p;
  }

  const firing: Win[] = [];
  let a = 0; // next "end reaches day a" change point: start = D[a] - W + 1
  let b = 0; // next "start passes day b" change point: start = D[b] + 1
  let i = 0; // first day inside the window
  let j = -1; // last day inside the window
  const D = ctx.dayIdxs;
  while (a < n || b < n) {
    const sa = a < n ? (D[a] as number) - W + 1 : Number.POSITIVE_INFINITY;
    const sb = b < n ? (D[b] as number) + 1 : Number.POSITIVE_INFINITY;
    const s = Math.min(sa, sb);
    if (sa === s) a++;
    if (sb === s) b++;
    while (i < n && (D[i] as number) < s) i++;
    while (j + 1 < n && (D[j + 1] as number) <= s + W - 1) j++;
    if (j < i) continue;
    const total = (totals[j + 1] as number) - (totals[i] as number);
    const promo = (promos[j + 1] as number) - (promos[i] as number);
    if (total >= rule.minPosts && promo > rule.maxShare * total + EPS) firing.push({ i, j, total, promo });
  }

  const out: Found[] = [];
  const preset = rule.preset === 'custom' ? undefined : PROMO_PRESETS[rule.preset].label;
  for (let f = 0; f < firing.length; ) {
    const head = firing[f] as Win;
    let worst = head;
    let g = f + 1;
    for (; g < firing.length && (firing[g] as Win).i <= head.j; g++) {
      const w = firing[g] as Win;
      const cross = w.promo * worst.total - worst.promo * w.total;
      if (cross > 0 || (cross === 0 && w.total > worst.total)) worst = w;
    }
    while (g < firing.length && (firing[g] as Win).i <= worst.j) g++;
    f = g;

    const from = ctx.days[worst.i] as string;
    const to = ctx.days[worst.j] as string;
    const positions: number[] = [];
    for (let x = ctx.dayStart[worst.i] as number; x < (ctx.dayStart[worst.j + 1] as number); x++) {
      if ((ctx.flags[x] as number) & PROMO) positions.push(x);
    }
    if (!keep(positions)) continue;
    const { promo, total } = worst;
    out.push({
      first: positions[0] as number,
      warning: withMessage(
        {
          id: `promo-share:${from}:${to}`,
          ruleId: 'promo-share',
          severity: rule.severity,
          postIds: positions.map((x) => ctx.ids[x] as string),
          period: { from, to },
        },
        () => shareMessage(promo, total, from, to, rule.maxShare, W, preset),
      ),
    });
  }
  return out;
};
