import type { Channel, Intent, Status, Tone } from './model/enums';
import type { FormatId } from './model/formats';
import type { Post } from './model/post';

/** What the calendar shows: empty lists mean "any". */
export type PostFilter = {
  channels: Channel[];
  formats: FormatId[];
  tones: Tone[];
  intents: Intent[];
  statuses: Status[];
  tags: string[];
  text: string;
};

export const EMPTY_FILTER: PostFilter = {
  channels: [],
  formats: [],
  tones: [],
  intents: [],
  statuses: [],
  tags: [],
  text: '',
};

export const isFilterActive = (f: PostFilter): boolean =>
  f.channels.length + f.formats.length + f.tones.length + f.intents.length + f.statuses.length + f.tags.length > 0 ||
  f.text.trim() !== '';

/**
 * Folds case and accents so "cafe" finds "Café" and "ETE" finds "été": people search the way they
 * type, not the way the caption was written.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// Folding a caption costs far more than searching it, and the same post objects are searched again at
// every keystroke: keep each post's folded text until the post object itself is dropped.
const foldedText = new WeakMap<Post, string>();
const haystackOf = (post: Post): string => {
  let text = foldedText.get(post);
  if (text === undefined) {
    text = foldText(`${post.title}\n${post.caption}\n${post.notes}\n${post.tags.join(' ')}`);
    foldedText.set(post, text);
  }
  return text;
};

/**
 * Builds a predicate once per filter, so checking 10,000 posts costs one pass with no allocation per
 * post beyond the folded text. Every word of the search must appear in the title, caption, notes or tags.
 */
export const compileFilter = (filter: PostFilter): ((post: Post) => boolean) => {
  const words = foldText(filter.text).split(/\s+/).filter(Boolean);
  const sets = {
    channels: new Set<string>(filter.channels),
    formats: new Set<string>(filter.formats),
    tones: new Set<string>(filter.tones),
    intents: new Set<string>(filter.intents),
    statuses: new Set<string>(filter.statuses),
    tags: new Set(filter.tags.map(foldText)),
  };
  const inSet = (set: Set<string>, value: string) => set.size === 0 || set.has(value);
  return (post) => {
    if (!inSet(sets.channels, post.channel)) return false;
    if (!inSet(sets.formats, post.format)) return false;
    if (!inSet(sets.tones, post.tone)) return false;
    if (!inSet(sets.intents, post.intent)) return false;
    if (!inSet(sets.statuses, post.status)) return false;
    if (sets.tags.size > 0 && !post.tags.some((tag) => sets.tags.has(foldText(tag)))) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(post);
    return words.every((word) => haystack.includes(word));
  };
};
