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
 * When posts carry media, their ids belong here too.
 */
export const postRevision = (post: Pick<Post, 'title' | 'caption' | 'firstComment' | 'date' | 'time' | 'channel' | 'format'>): string =>
  `r1-${sha256(canonicalJson([post.title, post.caption, post.firstComment ?? '', post.date, post.time, post.channel, post.format])).slice(0, 40)}`;
