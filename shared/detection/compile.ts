/**
 * Turns a list of readable regex sources into one fast regex with the same matches.
 *
 * A regex engine tries every alternative at every position, so a plain `a|b|c|…` over a few hundred
 * patterns costs hundreds of attempts per character. Two rewrites cut that down:
 * 1. alternatives that start with \b sit behind a single \b, checked once per position;
 * 2. among those, alternatives that start with a literal letter are grouped by that letter
 *    (`(?:shop|buy) now|save` becomes `s(?:hop now|ave)|b(?:uy now)`), leading groups being
 *    distributed first, so each word start tries one branch per letter instead of every pattern.
 * Measured on the caption corpus: several times faster than the plain alternation.
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
  if (end < 0 || '?*+{'.includes(alternative[end + 1] ?? '')) return [alternative];
  const rest = alternative.slice(end + 1);
  return topLevelAlternatives(alternative.slice(3, end)).flatMap((branch) => distribute(branch + rest, depth + 1));
};

const group = (alternatives: readonly string[]): string => alternatives.map((a) => `(?:${a})`).join('|');

/** A letter or digit that is matched literally (no quantifier after it). */
const LITERAL_START = /^[a-z0-9][^?*+{]/;

/** One alternation for many sources (see the header), as a regex source. */
export const alternationSource = (sources: readonly string[]): string | null => {
  const byLetter = new Map<string, string[]>();
  const atWordStart: string[] = [];
  const anywhere: string[] = [];
  for (const alternative of sources.flatMap(topLevelAlternatives).flatMap((a) => distribute(a))) {
    if (!alternative.startsWith('\\b')) {
      anywhere.push(alternative);
      continue;
    }
    for (const branch of distribute(alternative.slice(2))) {
      if (LITERAL_START.test(branch)) {
        const letter = branch[0] ?? '';
        const list = byLetter.get(letter) ?? [];
        list.push(branch.slice(1));
        byLetter.set(letter, list);
      } else atWordStart.push(branch);
    }
  }
  const wordStart = [...[...byLetter].map(([letter, rests]) => `${letter}(?:${group(rests)})`), ...atWordStart.map((a) => `(?:${a})`)];
  // A bare \b: a lookahead such as (?=\w) here would stop V8 from pre-checking first characters.
  const parts = [...(wordStart.length > 0 ? [`\\b(?:${wordStart.join('|')})`] : []), ...anywhere.map((a) => `(?:${a})`)];
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
  const plain = alternationSource(patterns.filter((p): p is string => typeof p === 'string'));
  const atClauseStart = alternationSource(
    patterns.flatMap((p) => (typeof p === 'string' ? [] : [`\\b(?:${p.atClauseStart})`])),
  );
  const parts = [...(plain === null ? [] : [plain]), ...(atClauseStart === null ? [] : [`(${atClauseStart})`])];
  return parts.length === 0 ? null : { re: new RegExp(parts.join('|'), flags), checksClause: atClauseStart !== null };
};
