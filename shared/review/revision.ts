import type { Post } from '../model/post';
import { canonicalJson } from '../serializers/canonicalJson';
import { sha256 } from '../serializers/sha256';

/**
 * The revision of a post a review pack shows and its decisions file names back: a fingerprint of what
 * the client reads and approves (title, caption, first comment, day, time, channel, format), not the
 * post's `updatedAt`.
 *
 * TRAP (why not `updatedAt`): every write moves `updatedAt` on (renderer/db/conflicts.ts nextVersion),
 * including writes that change nothing the client saw: Send for review marks the pack's posts "to
 * review" just AFTER the pack is built, the team adds internal notes while the client reads, and
 * applying a decisions file saves the posts. With `updatedAt` as the revision, every approval would
 * come back as "changed after review". With this fingerprint, only an edit of what the client
 * approved does. Status is left out on purpose (ready → scheduled is not a new version of the post).
 * Media (issue 18) count too, by content hash and alt text, in carousel order: a new picture or alt
 * text is a new version. A post without media keeps the fingerprint it had before posts had media, so
 * packs sent before then still match.
 */
export const postRevision = (post: Pick<Post, 'title' | 'caption' | 'firstComment' | 'date' | 'time' | 'channel' | 'format' | 'media'>): string => {
  const fields: unknown[] = [post.title, post.caption, post.firstComment ?? '', post.date, post.time, post.channel, post.format];
  const media = post.media ?? [];
  if (media.length > 0) fields.push(media.map((m) => [m.hash, m.alt]));
  return `r1-${sha256(canonicalJson(fields)).slice(0, 40)}`;
};
