/**
 * Column helpers for `prepare` (internal to shared/analysis): pooled typed arrays, counting sorts,
 * the tie-break by id, and the calendar order built from them.
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

/**
 * A number that orders ids as their first six characters do (NaN when one of them is beyond
 * U+00FE): most ties are settled without comparing strings, which would read every post object.
 */
const idPrefixKey = (id: string): number => {
  let key = 0;
  for (let i = 0; i < 6; i++) {
    const c = i < id.length ? id.charCodeAt(i) + 1 : 0;
    if (c > 255) return Number.NaN;
    key = key * 256 + c;
  }
  return key;
};

/** Days holding at most this many posts are put in order by an insertion sort. */
export const SMALL_DAY = 32;

/**
 * The distinct day numbers of `dayNums`, ascending; fills `ranks` with each one's index among them.
 * Input sorted by day: one pass. Otherwise, when the days span a reasonable range, one bucket per
 * day; else a numeric sort.
 */
export const distinctDays = (dayNums: Int32Array, sorted: boolean, min: number, max: number, ranks: Int32Array): Int32Array => {
  const n = dayNums.length;
  if (n === 0) return new Int32Array(0);
  if (sorted) {
    let count = 0;
    let last = Number.NaN;
    for (let r = 0; r < n; r++) {
      const d = dayNums[r] as number;
      if (d !== last) {
        count++;
        last = d;
      }
      ranks[r] = count - 1;
    }
    const out = new Int32Array(count);
    for (let r = 0; r < n; r++) out[ranks[r] as number] = dayNums[r] as number;
    return out;
  }
  const span = max - min + 1;
  if (span <= 8 * n + 4096) {
    const rankOf = i32('dayBuckets', span).fill(0);
    for (let r = 0; r < n; r++) rankOf[(dayNums[r] as number) - min] = 1;
    let count = 0;
    for (let b = 0; b < span; b++) if (rankOf[b] === 1) rankOf[b] = ++count;
    const out = new Int32Array(count);
    for (let b = 0; b < span; b++) if ((rankOf[b] as number) > 0) out[(rankOf[b] as number) - 1] = b + min;
    for (let r = 0; r < n; r++) ranks[r] = (rankOf[(dayNums[r] as number) - min] as number) - 1;
    return out;
  }
  const sortedDays = Int32Array.from(dayNums).sort();
  let count = 0;
  for (let k = 0; k < n; k++) if (k === 0 || sortedDays[k] !== sortedDays[k - 1]) sortedDays[count++] = sortedDays[k] as number;
  const out = sortedDays.slice(0, count);
  for (let r = 0; r < n; r++) ranks[r] = binarySearch(out, dayNums[r] as number);
  return out;
};

/**
 * Raw indexes in calendar order: day (`dayKeys`: ranks below `dayCount`), then minute (untimed
 * first), then id.
 * `smallDays`: the input is sorted by day and no day holds more than SMALL_DAY posts, so each day is
 * put in order on its own.
 */
export const calendarOrder = (
  n: number,
  smallDays: boolean,
  dayKeys: Int32Array,
  dayCount: number,
  rMinute: Int16Array,
  ids: readonly string[],
): Int32Array => {
  if (smallDays) {
    const order = identityInto(i32('order', n));
    for (let k = 1; k < n; k++) {
      const r = order[k] as number;
      const day = dayKeys[r] as number;
      const minute = rMinute[r] as number;
      let m = k - 1;
      while (m >= 0) {
        const q = order[m] as number;
        if (dayKeys[q] !== day) break;
        const dm = (rMinute[q] as number) - minute;
        if (dm < 0 || (dm === 0 && (ids[q] as string) < (ids[r] as string))) break;
        order[m + 1] = q;
        m--;
      }
      order[m + 1] = r;
    }
    return order;
  }
  // Two stable counting sorts (by minute, then by day) instead of a comparison sort: ~2 ms for
  // 100,000 posts against ~20 ms for Array.prototype.sort with a comparator.
  const minuteKeys = i32('minuteKeys', n);
  for (let r = 0; r < n; r++) minuteKeys[r] = (rMinute[r] as number) + 1;
  const byMinute = countingSort(identityInto(i32('identity', n)), minuteKeys, 1441, i32('byMinute', n));
  const order = countingSort(byMinute, dayKeys, dayCount, i32('order', n));
  // PERF: posts that share a day and minute are ordered by id, which means reading ids (a cache miss
  // per post). Few ties (a planned calendar): only theirs are read, on demand. Many (dozens of
  // untimed posts a day): every id is read in input order, which follows memory, before sorting.
  let ties = 0;
  for (let k = 1; k < n; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    if (dayKeys[a] === dayKeys[b] && minuteKeys[a] === minuteKeys[b]) ties++;
  }
  const idKeys = take('rIdKey', n, (size) => new Float64Array(size));
  if (ties * 4 > n) for (let r = 0; r < n; r++) idKeys[r] = idPrefixKey(ids[r] as string);
  sortTiesById(order, dayKeys, minuteKeys, idKeys, ids, ties * 4 > n ? null : idPrefixKey);
  return order;
};
