/**
 * Canonical JSON: the same data always gives the same text, whatever order its keys were set in.
 * Object keys are sorted (by UTF-16 code units, as `Array.prototype.sort` does), there is no
 * whitespace, and values follow JSON.stringify's rules (undefined and functions dropped from
 * objects, written as null in arrays; non-finite numbers as null).
 */

const canonical = (value: unknown): string | undefined => {
  if (value === null) return 'null';
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonical((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item) ?? 'null').join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const text = canonical(record[key]);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${parts.join(',')}}`;
  }
  if (typeof value === 'bigint') throw new TypeError('canonicalJson: a bigint has no JSON form');
  return JSON.stringify(value);
};

/** Canonical JSON text of a value (see the module comment). */
export const canonicalJson = (value: unknown): string => canonical(value) ?? 'null';
