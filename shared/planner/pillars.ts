/**
 * Pillars for the proposals, month by month (internal to shared/planner).
 *
 * With E_p tagged posts of pillar p already in a month and m tagged proposals, T = ΣE + m, the
 * guard is quiet when T < minPosts or when every pillar's count c_p = E_p + x_p has
 * |c_p / T − target_p| ≤ tolerance. Each x_p then lies in an interval [lo_p, hi_p] ∩ [0, m], found
 * by testing the guard's own predicate (no rounding of our own to disagree with it); a split exists
 * iff Σlo ≤ m ≤ Σhi. All n proposals are tagged when that works; otherwise the most that can be
 * (untagged posts do not count: fewer tagged ones can bring the month under minPosts); otherwise
 * all of them, split to keep the worst deviation small, and the final analysis reports the drift.
 * Inside the intervals, the largest deficit gets the next post; the month's posts then take their
 * pillars interleaved (smooth weighted round robin), not in blocks.
 */
import type { GuardRules } from '../analysis/rules';
import type { Pillar } from '../model/pillars';
import { groupBy, type Board, type Item } from './board';
import type { Rng } from './random';

const EPS = 1e-9;

type Split = { counts: number[]; tagged: number };

const splitFor = (existing: readonly number[], targets: readonly number[], m: number, rule: GuardRules['pillar-drift'], strict: boolean): Split | undefined => {
  const E = existing.reduce((a, b) => a + b, 0);
  const T = E + m;
  const constrained = rule.enabled && T >= rule.minPosts && T > 0;
  const ok = (p: number, x: number) => !constrained || Math.abs(((existing[p] as number) + x) / T - (targets[p] as number)) <= rule.tolerance + EPS;
  const lo: number[] = [];
  const hi: number[] = [];
  for (let p = 0; p < targets.length; p++) {
    let l = -1;
    let h = -1;
    for (let x = 0; x <= m; x++) {
      if (!ok(p, x)) continue;
      if (l === -1) l = x;
      h = x;
    }
    lo.push(l);
    hi.push(h);
  }
  const feasible = lo.every((l) => l >= 0) && lo.reduce((a, b) => a + b, 0) <= m && hi.reduce((a, b) => a + b, 0) >= m;
  if (strict && !feasible) return undefined;
  const counts = feasible ? lo.slice() : targets.map(() => 0);
  const cap = feasible ? hi : targets.map(() => m);
  for (let placed = counts.reduce((a, b) => a + b, 0); placed < m; placed++) {
    let best = -1;
    let bestDeficit = -Infinity;
    for (let p = 0; p < targets.length; p++) {
      if ((counts[p] as number) >= (cap[p] as number)) continue;
      const deficit = (targets[p] as number) * Math.max(T, 1) - (existing[p] as number) - (counts[p] as number);
      if (deficit > bestDeficit + EPS) {
        best = p;
        bestDeficit = deficit;
      }
    }
    if (best === -1) break;
    counts[best] = (counts[best] as number) + 1;
  }
  return { counts, tagged: m };
};

export const assignPillars = (board: Board, pillars: readonly Pillar[], rules: GuardRules, rng: Rng): void => {
  if (pillars.length === 0) return;
  const rule = rules['pillar-drift'];
  const targets = pillars.map((p) => p.target);
  for (const items of groupBy(board.items, (i) => i.month).values()) {
    const props = items.filter((i) => i.proposal >= 0);
    const n = props.length;
    if (n === 0) continue;
    const existing = pillars.map((p) => items.filter((i) => i.proposal < 0 && i.pillar === p.id).length);
    let split: Split | undefined;
    for (let m = n; m >= 0 && split === undefined; m--) split = splitFor(existing, targets, m, rule, true);
    split ??= splitFor(existing, targets, n, rule, false) as Split;
    // Which proposals stay untagged (when fewer than n are): spread over the month.
    const untagged = new Set<number>();
    const skip = n - split.tagged;
    if (skip > 0) {
      const step = n / skip;
      for (let k = 0; k < skip; k++) untagged.add(Math.min(n - 1, Math.floor(step / 2 + k * step)));
    }
    // Smooth weighted round robin over the counts, ties in a seeded order.
    const order = rng.shuffle(pillars.map((_, p) => p));
    const left = split.counts.slice();
    const current = pillars.map(() => 0);
    const total = left.reduce((a, b) => a + b, 0);
    props.forEach((item: Item, k) => {
      if (untagged.has(k)) return;
      let best = -1;
      for (const p of order) {
        if ((left[p] as number) <= 0) continue;
        current[p] = (current[p] as number) + (split.counts[p] as number);
        if (best === -1 || (current[p] as number) > (current[best] as number)) best = p;
      }
      if (best === -1) return;
      current[best] = (current[best] as number) - total;
      left[best] = (left[best] as number) - 1;
      item.pillar = (pillars[best] as Pillar).id;
    });
  }
};
