/**
 * Column helpers for `prepare` (internal to shared/analysis): pooled typed arrays, counting sorts,
 * and the tie-break by id.
 */

// Column buffers are reused from one analysis to the next (analysis is synchronous, so never
// shared): allocating ~6 MB of fresh typed arrays per 100,000 posts triggered full garbage
// collections that cost more than the analysis. The pool keeps the largest size seen.
type Column = Int32Array | Int16Array | Uint8Array | Float64Array;
const pool = new Map<string, Column>();
export const take = <T extends Column>(name: string, n: number, make: (size: number) => T): T => {
  let buf = pool.get(name) as T | undefined;
  if (buf === undefined || buf.length < n) {
    buf = make(n);
    pool.set(name, buf);
  }
  return buf.subarray(0, n) as T;
};
export const i32 = (name: string, n: number) => take(name, n, (size) => new Int32Array(size));
export const u8 = (name: string, n: number) => take(name, n, (size) => new Uint8Array(size));
let idColumn: string[] = [];
let rawIds: string[] = [];

/** Pooled plain arrays, same rule as the typed ones: only the first `n` entries are this call's. */
export const idBuffer = (n: number): string[] => {
  if (idColumn.length < n) idColumn = new Array<string>(n);
  return idColumn;
};
export const rawIdBuffer = (n: number): string[] => {
  if (rawIds.length < n) rawIds = new Array<string>(n);
  return rawIds;
};

export const identityInto = (out: Int32Array): Int32Array => {
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
};

/** Stable counting sort of indexes by `keys[index]`, each key in [0, buckets), into `out`. */
export const countingSort = (indexes: Int32Array, keys: Int32Array, buckets: number, out: Int32Array): Int32Array => {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < indexes.length; i++) {
    const k = (keys[indexes[i] as number] as number) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let b = 1; b <= buckets; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i] as number;
    const k = keys[index] as number;
    out[starts[k] as number] = index;
    starts[k] = (starts[k] as number) + 1;
  }
  return out;
};

/**
 * Posts of the same day and minute, by id, in place. Such groups are small (cross-posts, a day's
 * untimed posts), so an insertion sort beats allocating an array per group; numeric id prefixes
 * (`keys`, by raw index) settle most comparisons without comparing the id strings.
 */
export const sortTiesById = (
  order: Int32Array,
  dayKeys: Int32Array,
  minuteKeys: Int32Array,
  keys: Float64Array,
  ids: readonly string[],
  /** Makes the keys of tied posts on demand; null when `keys` already holds every post's. */
  keyOf: ((id: string) => number) | null,
) => {
  const n = order.length;
  const before = (a: number, b: number): boolean => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    return ka !== kb && ka === ka && kb === kb ? ka < kb : (ids[a] as string) < (ids[b] as string); // NaN: compare ids
  };
  for (let i = 0; i < n; ) {
    const a = order[i] as number;
    let j = i + 1;
    while (j < n && dayKeys[order[j] as number] === dayKeys[a] && minuteKeys[order[j] as number] === minuteKeys[a]) j++;
    if (j - i > 1) {
      if (keyOf) for (let k = i; k < j; k++) keys[order[k] as number] = keyOf(ids[order[k] as number] as string);
      if (j - i > 48) {
        order.set(Array.from(order.subarray(i, j)).sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0)), i);
      } else {
        for (let k = i + 1; k < j; k++) {
          const r = order[k] as number;
          let m = k - 1;
          while (m >= i && before(r, order[m] as number)) {
            order[m + 1] = order[m] as number;
            m--;
          }
          order[m + 1] = r;
        }
      }
    }
    i = j;
  }
};

/** The index of `value` in a sorted array, or -1. */
export const binarySearch = (sorted: Int32Array, value: number): number => {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
};

