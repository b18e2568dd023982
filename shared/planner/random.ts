/**
 * A small seeded random source (mulberry32) for the planner: same seed, same plan. Never Math.random
 * or the clock: "another proposal" is another seed, and tests replay a plan from its seed.
 */
export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  /** A copy of the array in a random order (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
};

export const mulberry32 = (seed: number): Rng => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };
  return { next, int, shuffle };
};

/**
 * Indices 0 … n-1 with `k` of them first, spread evenly (a random offset inside the first step),
 * then the others in a random order: "pick k of these, spread out, and here is what to try next".
 */
export const spreadOrder = (n: number, k: number, rng: Rng): number[] => {
  const first: number[] = [];
  const taken = new Uint8Array(n);
  const count = Math.min(Math.max(k, 0), n);
  if (count > 0) {
    const step = n / count;
    const offset = rng.next() * step;
    for (let i = 0; i < count; i++) {
      let at = Math.min(n - 1, Math.floor(offset + i * step));
      while (taken[at] === 1) at = (at + 1) % n;
      taken[at] = 1;
      first.push(at);
    }
  }
  const rest: number[] = [];
  for (let i = 0; i < n; i++) if (taken[i] === 0) rest.push(i);
  return [...first, ...rng.shuffle(rest)];
};
