/**
 * The statistics behind Insights: means, medians, and the lift of one group's mean over another's
 * with a confidence interval.
 *
 * TRAP (small, skewed samples): engagement rates are right-skewed (a few posts do far better than
 * the rest) and a client has 5 to 30 posts per group. A naive normal interval on the difference of
 * means is too narrow there, and an interval for a ratio must stay above -100%.
 *
 * Method: delta method on the LOG of the ratio of means, with Welch–Satterthwaite degrees of freedom
 * and a Student t quantile:
 *   lift = m_a / m_b - 1
 *   se   = sqrt(v_a + v_b),   v_g = s_g² / (n_g · m_g²)   (s_g² the sample variance)
 *   df   = (v_a + v_b)² / (v_a² / (n_a - 1) + v_b² / (n_b - 1))
 *   CI   = exp(ln(m_a / m_b) ± t(1 - α/2, df) · se) - 1
 * Why not a bootstrap: a simulation on lognormal rates (σ = 0.6, true lift +30%, 1,000 datasets each)
 * gave these 95% coverages — 5 vs 5: delta-t 95%, percentile bootstrap 88%; 5 vs 20: 92% vs 84%;
 * 8 vs 8: 94% vs 91%; 15 vs 15: 95% vs 93%. The bootstrap is too sure of itself exactly at the sizes
 * Cadence sees; the delta-t interval is closed-form, needs no random numbers, and cannot depend on
 * the order of its input. With σ = 1 both under-cover (92% vs 87% at 5 vs 5): read the interval as
 * a guide, which is why there is a minimum group size and an 'unclear' verdict.
 *
 * Edge cases, all without NaN or Infinity: an empty group has mean null; a zero mean in the
 * reference group gives lift null (no ratio); a zero mean in the other group gives lift -100% but no
 * interval (the log is undefined); groups without any spread give a zero-width interval.
 */

/** Arithmetic mean; null for no values. */
export const mean = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
};

/** Middle value (mean of the two middle ones for an even count); null for no values. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Sample variance (n - 1 in the denominator); 0 for fewer than two values. */
export const variance = (values: readonly number[]): number => {
  const m = mean(values);
  if (m === null || values.length < 2) return 0;
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return sum / (values.length - 1);
};

// ln Γ(z) for z > 0, Lanczos approximation (g = 7, 9 terms): about 15 significant digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const logGamma = (z: number): number => {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x0 = z - 1;
  let x = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) x += LANCZOS[i]! / (x0 + i);
  const t = x0 + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x0 + 0.5) * Math.log(t) - t + Math.log(x);
};

// Continued fraction of the incomplete beta function (modified Lentz), as in Numerical Recipes.
const betaFraction = (a: number, b: number, x: number): number => {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    for (const aa of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-14) break;
  }
  return h;
};

/** Regularised incomplete beta I_x(a, b). */
const incompleteBeta = (a: number, b: number, x: number): number => {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
};

/** P(T ≤ t) for Student's t with `df` (any real df > 0) degrees of freedom. */
export const tCdf = (t: number, df: number): number => {
  const tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
  return t >= 0 ? 1 - tail : tail;
};

/** The t with P(T ≤ t) = p, for 0 < p < 1 and df > 0, by bisection on tCdf (monotonic). */
export const tQuantile = (p: number, df: number): number => {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`tQuantile(${p}, ${df})`);
  if (p < 0.5) return -tQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p && hi < 1e12) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i += 1) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
};

export type Interval = { low: number; high: number; level: number };

/**
 * too-few: fewer than the minimum of usable posts in either group, nothing to tell yet;
 * unclear: enough posts, but the interval spans 0 (or there is no ratio);
 * higher / lower: the whole interval is above / below 0.
 */
export type Verdict = 'higher' | 'lower' | 'unclear' | 'too-few';

export type LiftOptions = {
  /** Usable posts needed in EACH group for a verdict (default 5; never below 2, a variance needs two). */
  minPerGroup?: number;
  /** Confidence level of the interval (default 0.95). */
  confidence?: number;
};

export const DEFAULT_MIN_PER_GROUP = 5;
export const DEFAULT_CONFIDENCE = 0.95;

export type LiftEstimate = {
  /** m_a / m_b - 1 as a fraction (0.42 = +42%); null when a group is empty or m_b is 0. */
  lift: number | null;
  /** Null under the minimum, without a ratio, or when m_a is 0. */
  ci: Interval | null;
  verdict: Verdict;
};

/** The lift of the mean of `a` over the mean of `b` (see the module comment). */
export const liftOfMeans = (a: readonly number[], b: readonly number[], options: LiftOptions = {}): LiftEstimate => {
  const minimum = Math.max(2, Math.ceil(options.minPerGroup ?? DEFAULT_MIN_PER_GROUP));
  const level = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence ${level} is not between 0 and 1`);
  const ma = mean(a);
  const mb = mean(b);
  const lift = ma !== null && mb !== null && mb > 0 ? ma / mb - 1 : null;
  if (a.length < minimum || b.length < minimum) return { lift, ci: null, verdict: 'too-few' };
  if (lift === null || ma === null || mb === null || !(ma > 0)) return { lift, ci: null, verdict: 'unclear' };
  const va = variance(a) / (a.length * ma * ma);
  const vb = variance(b) / (b.length * mb * mb);
  const se = Math.sqrt(va + vb);
  let low = lift;
  let high = lift;
  if (se > 0) {
    const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
    const half = tQuantile(1 - (1 - level) / 2, df) * se;
    const logRatio = Math.log(ma / mb);
    low = Math.exp(logRatio - half) - 1;
    high = Math.exp(logRatio + half) - 1;
  }
  const verdict = low > 0 ? 'higher' : high < 0 ? 'lower' : 'unclear';
  return { lift, ci: { low, high, level }, verdict };
};
