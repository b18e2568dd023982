import { describe, expect, it } from 'vitest';
import { liftOfMeans, mean, median, tCdf, tQuantile, variance } from '../../../shared/insights/stats';
import { normal, prng } from './fixtures';

describe('mean, median, variance', () => {
  it('computes them, with null for no values', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 40, 20, 30])).toBe(25); // (20 + 30) / 2
    expect(median([])).toBeNull();
    expect(variance([1, 2, 3, 4, 5])).toBe(2.5); // (4 + 1 + 0 + 1 + 4) / 4
    expect(variance([7])).toBe(0);
  });
});

describe('Student t', () => {
  it('matches the printed tables, including non-integer degrees of freedom', () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.7062047],
      [0.975, 2, 4.30265273],
      [0.975, 4, 2.77644511],
      [0.975, 8, 2.30600414],
      [0.975, 30, 2.04227246],
      [0.95, 10, 1.81246112],
      [0.995, 3, 5.84090931],
      [0.975, 1e9, 1.95996398],
    ];
    for (const [p, df, t] of table) expect(tQuantile(p, df)).toBeCloseTo(t, 6);
    expect(tQuantile(0.025, 8)).toBeCloseTo(-2.30600414, 6);
    // df = 2.5 lies between the table's 2 and 3 columns.
    expect(tQuantile(0.975, 2.5)).toBeGreaterThan(3.18244631);
    expect(tQuantile(0.975, 2.5)).toBeLessThan(4.30265273);
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
  });

  it('refuses probabilities outside (0, 1) and non-positive degrees of freedom', () => {
    expect(() => tQuantile(1, 4)).toThrow(RangeError);
    expect(() => tQuantile(0.9, 0)).toThrow(RangeError);
  });
});

// Rates in whole percents: a = 2, 4, 6, 8, 10 % and b = 1, 2, 3, 4, 5 %.
const A = [0.02, 0.04, 0.06, 0.08, 0.1];
const B = [0.01, 0.02, 0.03, 0.04, 0.05];

describe('liftOfMeans', () => {
  it('matches a hand computation (wide interval: 5 posts each cannot tell a doubling)', () => {
    // m_a = 0.06, m_b = 0.03, lift = 1 (+100%).
    // s_a² / m_a² = s_b² / m_b² = 2.5e-4 / 9e-4 = 5/18, so v_a = v_b = 1/18, se = √(1/9) = 1/3;
    // df = (1/9)² / (2 · (1/18)² / 4) = 8; t(0.975, 8) = 2.306004135.
    // CI = exp(ln 2 ± 2.306004135 / 3) - 1 = [-0.0727396, 3.3137829].
    const result = liftOfMeans(A, B);
    expect(result.lift).toBeCloseTo(1, 12);
    expect(result.ci?.low).toBeCloseTo(-0.0727396, 6);
    expect(result.ci?.high).toBeCloseTo(3.3137829, 6);
    expect(result.ci?.level).toBe(0.95);
    expect(result.verdict).toBe('unclear');
  });

  it('says higher when the whole interval is above 0, lower when below', () => {
    const a = [0.05, 0.052, 0.048, 0.051, 0.049];
    const b = [0.02, 0.021, 0.019, 0.02, 0.02];
    // m_a = 0.05, m_b = 0.02, lift = 1.5. Squared deviations: a 1e-5 in all, b 2e-6.
    // v_a = (1e-5 / 4) / (5 · 0.0025) = 2e-4; v_b = (2e-6 / 4) / (5 · 0.0004) = 2.5e-4; se = √4.5e-4.
    // df = (4.5e-4)² / ((2e-4)² / 4 + (2.5e-4)² / 4) = 2.025e-7 / 2.5625e-8 ≈ 7.902.
    const half = tQuantile(0.975, 2.025e-7 / 2.5625e-8) * Math.sqrt(4.5e-4);
    const up = liftOfMeans(a, b);
    expect(up.lift).toBeCloseTo(1.5, 12);
    expect(up.ci?.low).toBeCloseTo(Math.exp(Math.log(2.5) - half) - 1, 9);
    expect(up.ci?.high).toBeCloseTo(Math.exp(Math.log(2.5) + half) - 1, 9);
    expect(up.verdict).toBe('higher');
    const down = liftOfMeans(b, a);
    expect(down.lift).toBeCloseTo(0.4 - 1, 12);
    expect(down.verdict).toBe('lower');
    expect(down.ci!.high).toBeLessThan(0);
  });

  it('is too few under 5 usable posts in either group: N-1 vs N', () => {
    expect(liftOfMeans(A.slice(0, 4), B).verdict).toBe('too-few');
    expect(liftOfMeans(A, B.slice(0, 4)).verdict).toBe('too-few');
    expect(liftOfMeans(A.slice(0, 4), B).ci).toBeNull();
    // The lift itself is still reported: the counts say how little it rests on.
    expect(liftOfMeans(A.slice(0, 4), B).lift).toBeCloseTo(0.05 / 0.03 - 1, 12);
    expect(liftOfMeans(A, B).verdict).not.toBe('too-few');
  });

  it('takes another minimum, never below 2 (a variance needs two values)', () => {
    expect(liftOfMeans(A.slice(0, 3), B.slice(0, 3), { minPerGroup: 3 }).verdict).not.toBe('too-few');
    expect(liftOfMeans(A.slice(0, 2), B.slice(0, 3), { minPerGroup: 3 }).verdict).toBe('too-few');
    expect(liftOfMeans([0.1], [0.05], { minPerGroup: 1 }).verdict).toBe('too-few');
  });

  it('handles empty groups and zero means without NaN or Infinity', () => {
    expect(liftOfMeans([], B)).toEqual({ lift: null, ci: null, verdict: 'too-few' });
    expect(liftOfMeans(A, [0, 0, 0, 0, 0])).toEqual({ lift: null, ci: null, verdict: 'unclear' });
    expect(liftOfMeans([0, 0, 0, 0, 0], B)).toEqual({ lift: -1, ci: null, verdict: 'unclear' });
  });

  it('gives a zero-width interval when neither group varies', () => {
    const same = (v: number) => [v, v, v, v, v];
    expect(liftOfMeans(same(0.1), same(0.05))).toEqual({ lift: 1, ci: { low: 1, high: 1, level: 0.95 }, verdict: 'higher' });
    expect(liftOfMeans(same(0.05), same(0.05))).toEqual({ lift: 0, ci: { low: 0, high: 0, level: 0.95 }, verdict: 'unclear' });
  });

  it('takes another confidence level: 90% is narrower than 95%', () => {
    const ninety = liftOfMeans(A, B, { confidence: 0.9 }).ci!;
    const ninetyFive = liftOfMeans(A, B).ci!;
    expect(ninety.level).toBe(0.9);
    expect(ninety.low).toBeGreaterThan(ninetyFive.low);
    expect(ninety.high).toBeLessThan(ninetyFive.high);
    expect(() => liftOfMeans(A, B, { confidence: 95 })).toThrow(RangeError);
  });

  it('is deterministic and does not depend on input order', () => {
    const once = liftOfMeans(A, B);
    expect(liftOfMeans(A, B)).toEqual(once);
    const shuffled = liftOfMeans([...A].reverse(), [B[2]!, B[0]!, B[4]!, B[1]!, B[3]!]);
    expect(shuffled.ci!.low).toBeCloseTo(once.ci!.low, 12);
    expect(shuffled.ci!.high).toBeCloseTo(once.ci!.high, 12);
  });
});

describe('liftOfMeans on synthetic data with a known effect', () => {
  // Lognormal rates (right-skewed, like real engagement) with mean 4% for b and 4% × (1 + lift) for a.
  const draw = (seed: number, n: number, lift: number, sigma: number): { a: number[]; b: number[] } => {
    const z = normal(prng(seed));
    const mu = Math.log(0.04) - (sigma * sigma) / 2;
    const b = Array.from({ length: n }, () => Math.exp(mu + sigma * z()));
    const a = Array.from({ length: n }, () => (1 + lift) * Math.exp(mu + sigma * z()));
    return { a, b };
  };

  it('finds a +50% effect on 40 posts each, inside its interval', () => {
    const { a, b } = draw(2026, 40, 0.5, 0.5);
    const result = liftOfMeans(a, b);
    expect(result.verdict).toBe('higher');
    expect(result.ci!.low).toBeLessThan(0.5);
    expect(result.ci!.high).toBeGreaterThan(0.5);
  });

  it('covers the true lift about 95% of the time with 10 posts each', () => {
    let covered = 0;
    const runs = 400;
    for (let seed = 1; seed <= runs; seed += 1) {
      const { a, b } = draw(seed, 10, 0.3, 0.5);
      const { ci } = liftOfMeans(a, b);
      if (ci && ci.low <= 0.3 && 0.3 <= ci.high) covered += 1;
    }
    expect(covered / runs).toBeGreaterThan(0.91);
    expect(covered / runs).toBeLessThan(0.99);
  });
});
