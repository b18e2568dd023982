/**
 * The features the promotional model (promoModel.ts) reads: folded word unigrams and bigrams with
 * their spans, plus what the rules said. The trainer (tests/unit/detection/trainPromo.test.ts) and
 * the model share this file, so a caption is read the same way when learning and when scoring.
 */
import type { Span } from './questions';

export type Token = Span & { word: string };

// Words, numbers (folded to '#': a price's digits say nothing a rule doesn't), and the money and
// percent signs, which say a lot. Emoji and punctuation are dropped.
const TOKEN = /[a-z]+(?:'[a-z]+)?|[0-9]+|[€$£%]/g;

/** The tokens of a folded text (fold.ts), with offsets into it (and so into the original). */
export const tokenize = (folded: string): Token[] => {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    const word = /^[0-9]/.test(m[0]) ? '#' : m[0];
    tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
};

export type Feature = { name: string; span?: Span };

/**
 * One entry per distinct feature (binary presence), each word feature with the span of its first
 * occurrence. `ruleKinds` are the promotional cue kinds the rules found (empty when none fired).
 */
export const promoFeatures = (folded: string, ruleKinds: readonly string[]): Feature[] => {
  const seen = new Map<string, Feature>();
  const add = (name: string, span?: Span) => {
    if (!seen.has(name)) seen.set(name, span ? { name, span } : { name });
  };
  add('bias');
  add(ruleKinds.length > 0 ? 'rule:fired' : 'rule:none');
  for (const kind of ruleKinds) add(`rule:${kind}`);
  if (new Set(ruleKinds).size >= 2) add('rule:several');
  const tokens = tokenize(folded);
  tokens.forEach((t, i) => {
    add(`w:${t.word}`, t);
    const next = tokens[i + 1];
    if (next) add(`b:${t.word}_${next.word}`, { start: t.start, end: next.end });
  });
  return [...seen.values()];
};
