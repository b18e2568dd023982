/**
 * Named hashtag sets ("Boulangerie": #pain #levain #paris) a client keeps to insert into a caption or
 * a first comment, and the parser for what the user types into the set's field.
 *
 * A tag is valid when it is exactly one hashtag as twitter-text finds them (the extractor the caption
 * counter uses, count.ts), so a saved set never holds a tag the counter would not count: "#123" (no
 * letter), "#l'été" (the apostrophe ends the tag) and "#a#b" are refused. Networks compare hashtags
 * without case, so "#Paris" and "#paris" in one set are duplicates.
 * Error messages are i18n keys; a zod issue's path names the offending tag (['tags', 2]).
 */
import { z } from 'zod';
import twitterText from 'twitter-text';

export const MAX_HASHTAG_SETS = 50;
export const MAX_TAGS_PER_SET = 60; // YouTube's ceiling, the highest of the networks (captionLimits.ts)
export const MAX_TAG_LENGTH = 100;

export type HashtagErrorKey =
  | 'errors.hashtagNoHash'
  | 'errors.hashtagSpace'
  | 'errors.hashtagEmpty'
  | 'errors.hashtagInvalid'
  | 'errors.hashtagTooLong'
  | 'errors.hashtagDuplicate'
  | 'errors.hashtagSetEmpty'
  | 'errors.hashtagSetTooMany'
  | 'errors.hashtagSetsTooMany'
  | 'errors.hashtagSetNameRequired'
  | 'errors.hashtagSetNameTooLong'
  | 'errors.hashtagSetNameDuplicate';

/** The first thing wrong with one tag, or null when it is a hashtag. */
export const hashtagError = (tag: string): HashtagErrorKey | null => {
  if (!tag.startsWith('#')) return 'errors.hashtagNoHash';
  if (/\s/u.test(tag)) return 'errors.hashtagSpace';
  if (tag.length === 1) return 'errors.hashtagEmpty';
  if (tag.length > MAX_TAG_LENGTH) return 'errors.hashtagTooLong';
  if (!twitterText.isValidHashtag(tag)) return 'errors.hashtagInvalid';
  return null;
};

/** Hashtags are compared as the networks compare them: without case ("#Paris" = "#paris"). */
export const hashtagKey = (tag: string): string => tag.normalize('NFC').toLocaleLowerCase('und');

export const HashtagSchema = z.string().superRefine((tag, ctx) => {
  const error = hashtagError(tag);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

export const HashtagListSchema = z
  .array(HashtagSchema)
  .min(1, { error: 'errors.hashtagSetEmpty' })
  .max(MAX_TAGS_PER_SET, { error: 'errors.hashtagSetTooMany' })
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      const key = hashtagKey(tag);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'errors.hashtagDuplicate', path: [i] });
      seen.add(key);
    });
  });

const setFields = {
  // Own keys: the client's 'errors.nameRequired' speaks of a client ("Give the client a name.").
  name: z
    .string()
    .trim()
    .min(1, { error: 'errors.hashtagSetNameRequired' })
    .max(60, { error: 'errors.hashtagSetNameTooLong' }),
  tags: HashtagListSchema,
};

export const HashtagSetInputSchema = z.object(setFields);
export type HashtagSetInput = z.infer<typeof HashtagSetInputSchema>;

export const HashtagSetSchema = z.object({ id: z.string().min(1), ...setFields });
export type HashtagSet = z.infer<typeof HashtagSetSchema>;

/** The tags as one line, the way they go into a caption: "#pain #levain #paris". */
export const hashtagLine = (tags: readonly string[]): string => tags.join(' ');

export type HashtagParseError = {
  key: HashtagErrorKey;
  /** The token as typed, for the message ("« pain » needs a #"). */
  token: string;
  /** Where it is in the typed text, to select it in the field: [start, end). */
  start: number;
  end: number;
};

export type HashtagParse = { ok: true; tags: string[] } | { ok: false; error: HashtagParseError };

// Tokens are separated by white space, commas and semicolons: "#pain #levain, #paris;#bio".
const TOKEN = /[^\s,;]+/gu;

/**
 * What the user typed into a hashtag set's field → its tags, or the first bad token with its position.
 * A full-width ＃ (Japanese keyboards) is read as #. "# pain" is reported as a space after the #, not
 * as an empty tag followed by "pain". Nothing is dropped silently: a repeated tag is an error too.
 */
export const parseHashtags = (text: string): HashtagParse => {
  const tags: string[] = [];
  const seen = new Set<string>();
  const tokens = [...text.matchAll(TOKEN)];
  for (const [n, match] of tokens.entries()) {
    const start = match.index;
    const token = match[0];
    const end = start + token.length;
    const tag = token.replace(/^＃/u, '#');
    if (tag === '#') {
      const next = tokens[n + 1];
      const spaceAfter = next !== undefined && /^\s+$/u.test(text.slice(end, next.index));
      return spaceAfter
        ? { ok: false, error: { key: 'errors.hashtagSpace', token: text.slice(start, next.index + next[0].length), start, end: next.index + next[0].length } }
        : { ok: false, error: { key: 'errors.hashtagEmpty', token, start, end } };
    }
    const key = hashtagError(tag);
    if (key) return { ok: false, error: { key, token, start, end } };
    if (seen.has(hashtagKey(tag))) return { ok: false, error: { key: 'errors.hashtagDuplicate', token, start, end } };
    seen.add(hashtagKey(tag));
    tags.push(tag);
  }
  if (tags.length === 0) return { ok: false, error: { key: 'errors.hashtagSetEmpty', token: '', start: 0, end: text.length } };
  if (tags.length > MAX_TAGS_PER_SET) {
    const extra = tokens[MAX_TAGS_PER_SET];
    const start = extra?.index ?? 0;
    return { ok: false, error: { key: 'errors.hashtagSetTooMany', token: extra?.[0] ?? '', start, end: text.length } };
  }
  return { ok: true, tags };
};

/** A client's sets: names are unique without case or surrounding spaces. */
export const HashtagSetsSchema = z
  .array(HashtagSetSchema)
  .max(MAX_HASHTAG_SETS, { error: 'errors.hashtagSetsTooMany' })
  .superRefine((sets, ctx) => {
    const names = new Set<string>();
    sets.forEach((set, i) => {
      const key = set.name.trim().toLocaleLowerCase('und');
      if (names.has(key)) ctx.addIssue({ code: 'custom', message: 'errors.hashtagSetNameDuplicate', path: [i, 'name'] });
      names.add(key);
    });
  });

/**
 * A client's sets as stored (possibly by an older or newer Cadence), or the valid part of them: sets
 * that parse, the first of a name wins, at most MAX_HASHTAG_SETS. Never throws.
 */
export const resolveHashtagSets = (stored: unknown): HashtagSet[] => {
  if (!Array.isArray(stored)) return [];
  const names = new Set<string>();
  const sets: HashtagSet[] = [];
  for (const item of stored) {
    const parsed = HashtagSetSchema.safeParse(item);
    if (!parsed.success) continue;
    const key = parsed.data.name.toLocaleLowerCase('und');
    if (names.has(key) || sets.length >= MAX_HASHTAG_SETS) continue;
    names.add(key);
    sets.push(parsed.data);
  }
  return sets;
};
