/**
 * Turns a list of readable regex sources into one fast regex matching the same texts.
 *
 * A regex engine tries every alternative at every position, so a plain `a|b|c|…` over a few hundred
 * patterns costs hundreds of attempts per character. Two rewrites cut that down:
 * 1. alternatives that start with \b sit behind a single \b, checked once per position;
 * 2. those are merged into a trie on their first literal characters (`(?:shop|buy) now|save` becomes
 *    `s(?:hop now|ave)|buy now`), leading groups being distributed first, so a word start tries one
 *    branch per distinct letter instead of every pattern.
 * Where two patterns match at the same position, which one wins (hence the span's length) may differ
 * from the plain alternation; whether the text matches does not. Measured on the caption corpus, the
 * whole detector runs about three times faster than with plain alternations.
 */
import type { Pattern } from './patterns.common';

/** Splits a regex source at its top-level `|` (outside groups and character classes). */
export const topLevelAlternatives = (source: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
};

/** Index of the parenthesis closing the group that opens at `open`, or -1. */
const closingParen = (source: string, open: number): number => {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
};

/** `(?:a|b)rest` → [`a rest`, `b rest`], repeatedly, while the alternative opens with a plain group. */
export const distribute = (alternative: string, depth = 0): string[] => {
  if (depth > 3 || !alternative.startsWith('(?:')) return [alternative];
  const end = closingParen(alternative, 0);
  const after = alternative[end + 1];
  if (end < 0 || (after !== undefined && '?*+{'.includes(after))) return [alternative];
  const rest = alternative.slice(end + 1);
  return topLevelAlternatives(alternative.slice(3, end)).flatMap((branch) => distribute(branch + rest, depth + 1));
};

/** Every source split into its alternatives, leading groups distributed (after a leading \b too). */
const branches = (sources: readonly string[]): string[] =>
  sources
    .flatMap(topLevelAlternatives)
    .flatMap((a) => distribute(a))
    .flatMap((a) => (a.startsWith('\\b') ? distribute(a.slice(2)).map((b) => `\\b${b}`) : [a]));

/** Literal characters a branch may be factored on: letters, digits, space, apostrophe, hyphen. */
const FACTORABLE = /^[a-z0-9 '-][^?*+{]/;

/**
 * Branches grouped into a trie on their leading literal characters, a few levels deep:
 * [shop, share, save] → s(?:h(?:op|are)|ave). Each level tries one branch per distinct character.
 */
const trie = (alternatives: readonly string[], depth = 0): string => {
  const byChar = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives) {
    if (depth < 4 && FACTORABLE.test(a)) {
      const list = byChar.get(a[0] ?? '') ?? [];
      list.push(a.slice(1));
      byChar.set(a[0] ?? '', list);
    } else rest.push(a);
  }
  const factored = [...byChar].map(([c, tails]) =>
    tails.length === 1 ? `${c}(?:${tails[0]})` : `${c}(?:${trie(tails, depth + 1)})`,
  );
  return [...factored, ...rest.map((a) => `(?:${a})`)].join('|');
};

/** One alternation for many sources (see the header), as a regex source. */
export const alternationSource = (sources: readonly string[]): string | null => {
  const atWordStart: string[] = [];
  const anywhere: string[] = [];
  for (const alternative of branches(sources)) {
    if (alternative.startsWith('\\b')) atWordStart.push(alternative.slice(2));
    else anywhere.push(alternative);
  }
  // A bare \b: a lookahead such as (?=\w) here would stop V8 from pre-checking first characters.
  const parts = [...(atWordStart.length > 0 ? [`\\b(?:${trie(atWordStart)})`] : []), ...anywhere.map((a) => `(?:${a})`)];
  return parts.length === 0 ? null : parts.join('|');
};

export const compileAlternation = (sources: readonly string[], flags: string): RegExp | null => {
  const source = alternationSource(sources);
  return source === null ? null : new RegExp(source, flags);
};

/**
 * The patterns of one cue kind. Clause-start patterns go last, in the only capturing group, so a
 * match tells whether it needs the clause check: when it does, no other pattern matched at that
 * position (alternatives are tried in order), and the scan may resume one character further.
 */
export type CompiledPatterns = { re: RegExp; checksClause: boolean };

export const compilePatterns = (patterns: readonly Pattern[], flags: string): CompiledPatterns | null => {
  const plainSources = patterns.filter((p): p is string => typeof p === 'string');
  const clauseSources = patterns.flatMap((p) => (typeof p === 'string' ? [] : [`\\b(?:${p.atClauseStart})`]));
  const plain = alternationSource(plainSources);
  const atClauseStart = alternationSource(clauseSources);
  const parts = [...(plain === null ? [] : [plain]), ...(atClauseStart === null ? [] : [`(${atClauseStart})`])];
  if (parts.length === 0) return null;
  return { re: new RegExp(parts.join('|'), flags), checksClause: atClauseStart !== null };
};
