/**
 * Turns a list of readable regex sources into one regex matching the same texts.
 *
 * A regex engine tries every alternative at every position, so a plain `a|b|c|…` over a few hundred
 * patterns costs hundreds of attempts per character. Alternatives that start with \b sit behind a
 * single \b, checked once per position, and are merged into a trie on their first literal characters
 * (`shop now|save` becomes `s(?:hop now|ave)`), so a word start tries one branch per distinct letter.
 * Where two patterns match at the same position, which one wins (hence the span's length) may differ
 * from the plain alternation; whether the text matches does not.
 *
 * Until 2026-12-05 leading groups were also distributed (`(?:shop|buy) now` → `shop now|buy now`)
 * to factor them: each copy carried the rest of its pattern, so a pattern with a 12-way verb group
 * before a long date expression was compiled 12 times. Without it the regexes are a third of the
 * size and the first call, when V8 compiles them (the editor's first opening), went from 0.70 s to
 * 0.20 s in Debian's Chromium (1.6 s to 0.6 s in Node 20, where 10,000 captions also went from 0.6 s
 * to 0.2 s; Chromium's steady speed did not change). Node figures: bench/node.ts, "caption detection".
 */
import type { Pattern } from './patterns.common';

/** Splits a regex source at its top-level `|` (outside groups and character classes). */
const topLevelAlternatives = (source: string): string[] => {
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
  for (const alternative of sources.flatMap(topLevelAlternatives)) {
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
