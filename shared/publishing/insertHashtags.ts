/**
 * Putting a hashtag set into a caption or a first comment: the set's tags go at the end, on their own
 * line after a blank one (where Instagram and LinkedIn users put them), and a tag the text already has
 * (compared without case, as the networks compare them) is not added twice.
 * Nothing of the text is removed but the white space at its end, which the separator replaces.
 */
import twitterText from 'twitter-text';
import { hashtagKey, hashtagLine } from './hashtagSets';

export type HashtagInsert = {
  text: string;
  /** The tags added, in the set's order. */
  added: string[];
  /** The set's tags the text had already (left where they were). */
  present: string[];
};

export const insertHashtags = (text: string, tags: readonly string[]): HashtagInsert => {
  const have = new Set(twitterText.extractHashtags(text).map((tag) => hashtagKey(`#${tag}`)));
  const added: string[] = [];
  const present: string[] = [];
  for (const tag of tags) {
    const key = hashtagKey(tag);
    if (have.has(key)) present.push(tag);
    else {
      added.push(tag);
      have.add(key);
    }
  }
  if (added.length === 0) return { text, added, present };
  const body = text.replace(/\s+$/u, '');
  const separator = body === '' ? '' : '\n\n';
  return { text: `${body}${separator}${hashtagLine(added)}`, added, present };
};
