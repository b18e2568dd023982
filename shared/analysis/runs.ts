/**
 * Runs in a sequence of posts (a promotional streak, a format repeated), and the local check that a
 * fix creates no new one (internal to shared/analysis).
 *
 * A sequence is an array of calendar positions (see prepare.ts): the whole calendar, or a channel.
 * A fix changes the day of one or two posts. Re-running a rule over 100,000 posts for every
 * candidate fix would cost seconds, so `changeIsSafe` rebuilds only the stretch of the sequence the
 * change can affect, widened to run boundaries on both sides: outside it, every run is untouched.
 * The tests check this against a full re-analysis.
 */
import type { Context } from './prepare';

/**
 * What makes posts belong to the same run (a key per calendar position; -1: never in a run) and how
 * many posts a run needs to count. PERF: a column rather than a function: the run scan visits every
 * post of every sequence.
 */
export type RunSpec = { keys: Int32Array; min: number };

/** A sequence of calendar positions, and where each position sits in it. */
export type Seq = { at: Int32Array; indexOf: (p: number) => number };

/** Inclusive bounds in the sequence. */
export type Run = { start: number; end: number };

const sameRun = (spec: RunSpec, p: number, q: number): boolean => {
  const k = spec.keys[p] as number;
  return k !== -1 && k === spec.keys[q];
};

/** Maximal runs of at least `spec.min` posts with the same key (not -1). */
export const findRuns = (at: ArrayLike<number>, spec: RunSpec): Run[] => {
  const out: Run[] = [];
  const { keys, min } = spec;
  const length = at.length;
  let start = 0;
  let key = length > 0 ? (keys[at[0] as number] as number) : -1;
  for (let i = 1; i <= length; i++) {
    const next = i < length ? (keys[at[i] as number] as number) : -2;
    if (next === key && key !== -1) continue;
    if (i - start >= min && key !== -1) out.push({ start, end: i - 1 });
    start = i;
    key = next;
  }
  return out;
};

/** A post (calendar position) and its new day; its time is kept. */
export type Change = { p: number; dayIdx: number };

/** Calendar order of (day, post) pairs: day, then the post's time (untimed first), then id. */
const compare = (ctx: Context, dayA: number, a: number, dayB: number, b: number): number => {
  const d = dayA - dayB || (ctx.minute[a] as number) - (ctx.minute[b] as number);
  if (d !== 0) return d;
  const ia = ctx.ids[a] ?? '';
  const ib = ctx.ids[b] ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
};

/** Where a post with a new day would go: before the first element that sorts after it. */
const insertionIndex = (ctx: Context, at: Int32Array, c: Change): number => {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = at[mid] as number;
    if (compare(ctx, ctx.dayIdx[q] as number, q, c.dayIdx, c.p) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const sameMembers = (a: ArrayLike<number>, ra: Run, b: ArrayLike<number>, rb: Run): boolean => {
  if (ra.end - ra.start !== rb.end - rb.start) return false;
  for (let i = 0; i <= ra.end - ra.start; i++) if (a[ra.start + i] !== b[rb.start + i]) return false;
  return true;
};

/**
 * Beyond this many posts, the stretch a change disturbs is not rebuilt and the change is refused.
 * Only very dense calendars get there (a swap across days when a day holds a hundred posts); a
 * refused change just means that candidate fix is not offered.
 */
export const MAX_STRETCH = 96;

/**
 * True when applying `changes` leaves no run of `spec` in `seq` that did not exist before (same
 * posts), and the run `target` of `seq` no longer exists. Changes to posts of other sequences are
 * ignored. Conservative: false when the disturbed stretch exceeds MAX_STRETCH posts.
 */
export const changeIsSafe = (
  ctx: Context,
  seq: Seq,
  changes: readonly Change[],
  spec: RunSpec,
  target: Run,
): boolean => {
  const { at } = seq;
  const mine: Change[] = [];
  for (const c of changes) if (at[seq.indexOf(c.p)] === c.p) mine.push(c);
  if (mine.length === 0) return true;
  const isMoved = (p: number): boolean => {
    for (const c of mine) if (c.p === p) return true;
    return false;
  };
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const c of mine) {
    const i = seq.indexOf(c.p);
    const q = insertionIndex(ctx, at, c);
    lo = Math.min(lo, i, q);
    hi = Math.max(hi, i, q);
  }
  const last = at.length - 1;
  lo = Math.max(0, lo - 1);
  hi = Math.min(last, hi);
  // Widen to run boundaries made of unmoved posts, so no run crosses the stretch's edges.
  const x = (i: number) => at[i] as number;
  while (lo > 0 && (isMoved(x(lo)) || isMoved(x(lo - 1)) || sameRun(spec, x(lo - 1), x(lo)))) lo--;
  while (hi < last && (isMoved(x(hi)) || isMoved(x(hi + 1)) || sameRun(spec, x(hi), x(hi + 1)))) hi++;
  if (hi - lo + 1 > MAX_STRETCH) return false;

  const before: number[] = [];
  const after: number[] = [];
  for (let i = lo; i <= hi; i++) {
    before.push(x(i));
    if (!isMoved(x(i))) after.push(x(i));
  }
  for (const c of mine) {
    let i = 0;
    while (i < after.length) {
      const q = after[i] as number;
      let day = ctx.dayIdx[q] as number;
      for (const m of mine) if (m.p === q) day = m.dayIdx;
      if (compare(ctx, day, q, c.dayIdx, c.p) > 0) break;
      i++;
    }
    after.splice(i, 0, c.p);
  }
  const existing = findRuns(before, spec);
  for (const r of findRuns(after, spec)) {
    if (sameMembers(after, r, at, target)) return false;
    if (!existing.some((e) => sameMembers(after, r, before, e))) return false;
  }
  return true;
};
