/**
 * The index of a string in a short fixed list (channels, formats, intents) without a property lookup
 * (internal to shared/analysis).
 *
 * PERF: posts read back from IndexedDB are new objects at every query, each with its own copy of
 * every string. Looking such a string up in an object makes V8 hash it (its hash is not cached yet)
 * and probe its string table: for 100,000 fresh posts, the three lookups per post cost ~25 ms, about
 * as much as the rest of the analysis. Here a key made of the string's length and three of its
 * characters picks the only candidate, and one comparison with the list's own string confirms it
 * (~13 ms). On strings V8 has already hashed (literals, or the same objects analysed twice) the
 * object lookup is ~2 ms faster: the store never hands those out.
 */

const keyOf = (s: string, mask: number): number => {
  const last = s.length - 1;
  // An empty string gives NaN characters: NaN & mask is 0, and the comparison below rejects it.
  return (s.length * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(last >> 1) * 3 + s.charCodeAt(last)) & mask;
};

/** A lookup returning the string's index in `list`, or -1 (also for anything not a string). */
export type CodeLookup = (value: unknown) => number;

/** The smallest table without two entries on one key; lists are short, so one is found quickly. */
const tableFor = (list: readonly string[]): { mask: number; slots: Int16Array } | null => {
  for (let size = 32; size <= 1 << 16; size *= 2) {
    const mask = size - 1;
    const slots = new Int16Array(size).fill(-1);
    let clash = false;
    for (let i = 0; i < list.length && !clash; i++) {
      const key = keyOf(list[i] as string, mask);
      if (slots[key] !== -1) clash = true;
      else slots[key] = i;
    }
    if (!clash) return { mask, slots };
  }
  return null;
};

export const codeLookup = (list: readonly string[]): CodeLookup => {
  const table = tableFor(list);
  if (table === null) {
    // Not the case for the product's lists (a test checks it): a map is correct, only slower.
    const index = new Map(list.map((v, i) => [v, i]));
    return (value) => (typeof value === 'string' ? (index.get(value) ?? -1) : -1);
  }
  const { mask, slots } = table;
  return (value) => {
    if (typeof value !== 'string') return -1;
    const i = slots[keyOf(value, mask)] as number;
    return i >= 0 && list[i] === value ? i : -1;
  };
};

/** Whether `list` gets a table rather than the map: the product's lists must, or analysis slows. */
export const hasCodeTable = (list: readonly string[]): boolean => tableFor(list) !== null;
