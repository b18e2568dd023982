/**
 * Counting a caption the way each network counts it (see the rules in captionLimits.ts), and where
 * its feed folds it behind "… more".
 *
 * TRAP: `caption.length` is none of the networks' counts: it is UTF-16 units, so "👩‍👩‍👧" is 8 where
 * Bluesky counts 1 and X counts 2. And a cut made at a UTF-16 index can split an emoji or a surrogate
 * pair and show a broken character: every index returned here is a grapheme boundary.
 * Hashtags and mentions are found by twitter-text's extractors (as X finds them), for every network,
 * so the counter and the hashtag-set checks (hashtagSets.ts) agree on what a hashtag is.
 */
import twitterText from 'twitter-text';
import { CAPTION_LIMITS, maxCharsFor, type CountRule, type Network } from './captionLimits';

// PERF: one segmenter for the module; building one costs more than segmenting a caption.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// PERF: Node 20's Intl.Segmenter slows down with the length of the whole string at each step
// (quadratic: 100,000 ASCII characters took 1.8 s here, in 1,000-character pieces 70 ms), and a
// Facebook caption may be 63,206 characters long. So the text is segmented in pieces of about
// CHUNK units, cut only where a grapheme boundary is certain whatever surrounds it:
// - before a space or a line feed, unless after a carriage return (CR LF is one grapheme), a surrogate
//   (astral characters are left alone) or a Prepend character (Arabic number signs…, listed below);
// - between two code units below U+0300 (Latin; the combining marks start at U+0300);
// - between two CJK ideographs or kana (the kana voicing marks U+3099–309A are excluded).
const CHUNK = 256;
const PREPEND = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E]/;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isCjk = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa);

/** True when index i (0 < i < length) is a grapheme boundary whatever the text around it (exported for tests). */
export const certainBoundary = (text: string, i: number): boolean => {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i);
  if (next === 0x20 || next === 0x0a) return prev !== 0x0d && !isSurrogate(prev) && !PREPEND.test(text.charAt(i - 1));
  if (prev < 0x300 && next < 0x300) return prev !== 0x0d;
  return isCjk(prev) && isCjk(next);
};

/** Calls `visit` with the string index where each grapheme starts, in order. */
const eachGrapheme = (text: string, visit: (index: number, segment: string) => void): void => {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && !certainBoundary(text, end)) end += 1;
    for (const { index, segment } of segmenter.segment(text.slice(start, end))) visit(start + index, segment);
    start = end;
  }
};

/** The string index where each grapheme starts, then the string's length (so n graphemes → n + 1). */
export const graphemeBoundaries = (text: string): number[] => {
  const bounds: number[] = [];
  eachGrapheme(text, (index) => bounds.push(index));
  bounds.push(text.length);
  return bounds;
};

export const countGraphemes = (text: string): number => {
  let n = 0;
  eachGrapheme(text, () => {
    n += 1;
  });
  return n;
};

/** UTF-8 bytes, as TextEncoder would write them (a lone surrogate becomes U+FFFD, 3 bytes). */
export const countUtf8Bytes = (text: string): number => {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
};

// An emoji grapheme: a pictograph, a flag's regional indicators or a keycap (1️⃣).
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

const countThreads = (text: string): number => {
  let n = 0;
  eachGrapheme(text, (_, segment) => {
    n += EMOJI.test(segment) ? countUtf8Bytes(segment) : 1;
  });
  return n;
};

// Mastodon's countable text (app/validators/status_length_validator.rb): each http(s) URL stands for 23
// characters, and a remote mention @user@server counts only as @user.
const MASTODON_URL_WEIGHT = 23;
const REMOTE_MENTION = /(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)/giu;

const countMastodon = (text: string): number => {
  let countable = '';
  let from = 0;
  for (const { indices } of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    countable += text.slice(from, indices[0]) + 'x'.repeat(MASTODON_URL_WEIGHT);
    from = indices[1];
  }
  countable += text.slice(from);
  return countGraphemes(countable.replace(REMOTE_MENTION, '$1@$3'));
};

/** A caption's length in a network's units. */
export const countBy = (text: string, rule: CountRule): number => {
  switch (rule) {
    case 'graphemes':
      return countGraphemes(text);
    case 'utf16':
      return text.length;
    case 'utf8':
      return countUtf8Bytes(text);
    case 'x-weighted':
      return twitterText.parseTweet(text).weightedLength;
    case 'threads':
      return countThreads(text);
    case 'mastodon':
      return countMastodon(text);
  }
};

/**
 * The string index (a grapheme boundary) where the text stops fitting in `limit` units: the end of the
 * longest run of whole graphemes from the start whose count is ≤ limit; null when all of it fits.
 * A weighted count is not simply additive (a URL counts 23 whole, a partial one as text), so candidate
 * prefixes are counted as the network counts them: a doubling search from `limit + 1` graphemes (no
 * grapheme weighs less than 1 outside a URL, so the cut is usually there or soon after), then a binary
 * search, so a fold near the start of a 25,000-character post costs a few short counts.
 */
export const cutIndex = (text: string, limit: number, rule: CountRule): number | null => {
  if (countBy(text, rule) <= limit) return null;
  const bounds = graphemeBoundaries(text);
  if (rule === 'graphemes') return bounds[Math.max(0, limit)] ?? text.length;
  const last = bounds.length - 1; // bounds[last] is the whole text, which does not fit
  const fits = (k: number): boolean => countBy(text.slice(0, bounds[k]), rule) <= limit;
  let lo = 0; // bounds[lo] fits (the empty prefix always does)
  let hi = Math.min(Math.max(1, limit + 1), last);
  while (hi < last && fits(hi)) {
    lo = hi;
    hi = Math.min(hi * 2, last);
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return bounds[lo] ?? 0;
};

export type CaptionProblem = 'too-long' | 'too-many-hashtags' | 'too-many-mentions';

export type CaptionReport = {
  network: Network;
  /** The caption's length in the network's units (see `rule`). */
  count: number;
  rule: CountRule;
  /** null: no limit. */
  max: number | null;
  /** How many units over the limit; 0 when it fits. */
  over: number;
  /** String index where the caption stops fitting (the first character over), or null when it fits. */
  limitAt: number | null;
  /** String index where the feed cuts the caption behind "… more", or null when it shows whole. */
  foldAt: number | null;
  hashtags: number;
  maxHashtags: number | null;
  mentions: number;
  maxMentions: number | null;
  problems: CaptionProblem[];
};

/**
 * Everything the editor's counter and the guard need for one caption on one network. `xPremium`: the
 * client has X Premium (25,000 instead of 280). Hashtags and mentions are counted with repeats.
 */
export const captionReport = (caption: string, network: Network, options: { xPremium?: boolean } = {}): CaptionReport => {
  const row = CAPTION_LIMITS[network];
  const rule = row.counting;
  const count = countBy(caption, rule);
  const max = maxCharsFor(network, options);
  const over = max === null ? 0 : Math.max(0, count - max);
  const hashtags = twitterText.extractHashtags(caption).length;
  const mentions = twitterText.extractMentions(caption).length;
  // The fold is counted in graphemes (what the reader sees), X's in its weighted count.
  const foldRule: CountRule = rule === 'x-weighted' ? 'x-weighted' : 'graphemes';
  const problems: CaptionProblem[] = [];
  if (over > 0) problems.push('too-long');
  if (row.maxHashtags !== null && hashtags > row.maxHashtags) problems.push('too-many-hashtags');
  if (row.maxMentions !== null && mentions > row.maxMentions) problems.push('too-many-mentions');
  return {
    network,
    count,
    rule,
    max,
    over,
    limitAt: over > 0 && max !== null ? cutIndex(caption, max, rule) : null,
    foldAt: row.foldChars === null ? null : cutIndex(caption, row.foldChars, foldRule),
    hashtags,
    maxHashtags: row.maxHashtags,
    mentions,
    maxMentions: row.maxMentions,
    problems,
  };
};
