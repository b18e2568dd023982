/**
 * Choosing each proposal's attributes, one rule at a time (internal to shared/planner).
 *
 * Each guard rule reads one attribute, and once the slots are fixed each rule's verdict depends on
 * that attribute only, so a zero-warning completion is found dimension by dimension:
 * - invites (no-participation-week): at least one inviting proposal in every week that needs one;
 * - tone (playful-range): per week, a number of playful proposals inside the band;
 * - intent (promo-streak, promo-share): all non-promotional is optimal (totals are fixed by the
 *   slots, so a promotional post can only add to a streak or a window); promotional posts are then
 *   added greedily, each checked locally (its streak, the windows around its day) to keep zero;
 * - pillars (pillar-drift): per month an interval problem on the counts (pillars.ts);
 * - format (format-repeat): different from the previous and next post of its sequence (formats.ts).
 * The final `analyze` in plan.ts is the proof.
 */
import type { GuardRules } from '../analysis/rules';
import { groupBy, sequenceOf, type Board, type Item } from './board';
import { spreadOrder, type Rng } from './random';

const EPS = 1e-9;

/** Weeks with proposals: at least one inviting proposal where the week needs one, about a third overall. */
export const assignInvites = (board: Board, rules: GuardRules, rng: Rng): void => {
  const rule = rules['no-participation-week'];
  const weeks = groupBy(board.items, (i) => i.week);
  for (const items of weeks.values()) {
    const props = items.filter((i) => i.proposal >= 0);
    if (props.length === 0) continue;
    const existingInviting = items.some((i) => i.proposal < 0 && i.inviting);
    const need = rule.enabled && items.length >= rule.minPosts && !existingInviting ? 1 : 0;
    const k = Math.max(need, Math.round(props.length / 3));
    for (const at of spreadOrder(props.length, k, rng).slice(0, k)) (props[at] as Item).inviting = true;
  }
};

/** Per week, k playful proposals with min ≤ (P + k) / (E + s) ≤ max when the band applies; inviting slots first. */
export const assignTones = (board: Board, rules: GuardRules, rng: Rng): void => {
  const rule = rules['playful-range'];
  const weeks = groupBy(board.items, (i) => i.week);
  for (const items of weeks.values()) {
    const props = items.filter((i) => i.proposal >= 0);
    const s = props.length;
    if (s === 0) continue;
    const total = items.length;
    const playful = items.filter((i) => i.proposal < 0 && i.playful).length;
    const banded = rule.enabled && total >= rule.minPosts;
    const inBand = (k: number) => !(playful + k < rule.min * total - EPS || playful + k > rule.max * total + EPS);
    const mid = rule.enabled ? (rule.min + rule.max) / 2 : 0.4;
    const target = mid * total - playful;
    // Distance to the band (0 inside it), then to its middle; ties broken at random for variety.
    const band = (k: number) => (!banded || inBand(k) ? 0 : Math.min(Math.abs(playful + k - rule.min * total), Math.abs(playful + k - rule.max * total)));
    let best: number[] = [];
    let bestKey: [number, number] = [Infinity, Infinity];
    for (let k = 0; k <= s; k++) {
      const key: [number, number] = [band(k), Math.round(Math.abs(k - target) * 1e6)];
      if (key[0] < bestKey[0] - EPS || (Math.abs(key[0] - bestKey[0]) <= EPS && key[1] < bestKey[1])) {
        best = [k];
        bestKey = key;
      } else if (Math.abs(key[0] - bestKey[0]) <= EPS && key[1] === bestKey[1]) best.push(k);
    }
    const k = best[rng.int(best.length)] as number;
    const inviting = rng.shuffle(props.filter((p) => p.inviting));
    const others = props.filter((p) => !p.inviting);
    const chosen = inviting.slice(0, k);
    const rest = k - chosen.length;
    if (rest > 0) for (const at of spreadOrder(others.length, rest, rng).slice(0, rest)) chosen.push(others[at] as Item);
    for (const p of chosen) p.playful = true;
  }
};

/**
 * Promotional proposals, spread over the range, about 80% of the share rule's ceiling (so the plan
 * still sells a little), each only where it keeps both promotion rules at zero. Never an inviting
 * post: a sales pitch dressed as a question reads as a trick.
 */
export const assignPromotions = (board: Board, rules: GuardRules, range: { from: number; to: number }, rng: Rng): void => {
  const streak = rules['promo-streak'];
  const share = rules['promo-share'];
  const inRange = board.items.filter((i) => i.day >= range.from && i.day <= range.to);
  const ceiling = share.enabled ? share.maxShare : 0.2;
  const existingPromo = inRange.filter((i) => i.proposal < 0 && i.promo).length;
  const target = Math.max(0, Math.round(0.8 * ceiling * inRange.length) - existingPromo);
  const candidates = board.props.filter((p) => !p.inviting);
  if (target === 0 || candidates.length === 0) return;
  // Posts and promotional posts per day, over the span the windows can reach.
  const W = share.windowDays;
  const first = (board.items[0] as Item).day - W;
  const size = (board.items[board.items.length - 1] as Item).day - first + W + 1;
  const totals = new Int32Array(size);
  const promos = new Int32Array(size);
  for (const i of board.items) {
    totals[i.day - first] = (totals[i.day - first] as number) + 1;
    if (i.promo) promos[i.day - first] = (promos[i.day - first] as number) + 1;
  }
  const streakOk = (item: Item): boolean => {
    if (!streak.enabled) return true;
    const { seq, at } = sequenceOf(board, item, streak.scope);
    let run = 1;
    for (let j = at - 1; j >= 0 && (seq[j] as Item).promo; j--) run++;
    for (let j = at + 1; j < seq.length && (seq[j] as Item).promo; j++) run++;
    return run <= streak.maxInARow;
  };
  const shareOk = (item: Item): boolean => {
    if (!share.enabled) return true;
    const d = item.day - first;
    // Every W-day window holding the day: [s, s + W - 1] for s in [d - W + 1, d].
    let total = 0;
    let promo = 0;
    for (let x = d - W + 1; x <= d; x++) {
      total += x >= 0 ? (totals[x] as number) : 0;
      promo += x >= 0 ? (promos[x] as number) : 0;
    }
    for (let s = d - W + 1; s <= d; s++) {
      if (total >= share.minPosts && promo + 1 > share.maxShare * total + EPS) return false;
      const out = s;
      const inn = s + W;
      if (out >= 0) {
        total -= totals[out] as number;
        promo -= promos[out] as number;
      }
      if (inn < size) {
        total += totals[inn] as number;
        promo += promos[inn] as number;
      }
    }
    return true;
  };
  let placed = 0;
  for (const at of spreadOrder(candidates.length, target, rng)) {
    if (placed >= target) break;
    const item = candidates[at] as Item;
    if (!streakOk(item) || !shareOk(item)) continue;
    item.promo = true;
    promos[item.day - first] = (promos[item.day - first] as number) + 1;
    placed++;
  }
};
