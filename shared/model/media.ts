import { z } from 'zod';
import { MEDIA_KINDS } from '../media/sniff';

/**
 * A picture or video on a post (issue 18), as the post refers to it. The bytes live once per content
 * (renderer/db/media.ts, keyed by `hash`, the SHA-256 of the file's bytes), so the same picture on
 * ten posts, in every automatic backup, is stored once. The order of `Post.media` is the carousel's.
 * `alt` is the description read to people who cannot see the picture: empty means not written yet
 * (shown as missing, never refused: a draft may wait for it).
 * TRAP: optional on Post (like firstComment): read it as `post.media ?? []`.
 */
export const MAX_MEDIA_PER_POST = 20; // Instagram's and LinkedIn's carousel maximum
export const MAX_ALT_TEXT = 1000; // X's limit, the longest of the networks (Instagram cuts at ~100 shown)

export const MediaHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A card-sized preview (≤ 64 px), as a data URL of a WebP or JPEG: cards, agenda and Up next rows show
 * it instead of decoding the 480 px thumbnail. Stored once per content hash in its own small table
 * (renderer/db/previews.ts), NOT on the post: PERF, kept on the post rows it made every row ~5× larger
 * and a month of 1,000 posts with pictures switch 1.9× slower (bench/README.md, "Fifth round").
 * `MediaItem.preview` is what older builds wrote on the post: still read (old rows, old backups), moved
 * off the posts by the v5 upgrade and by every restore (splitPreviews), never written any more.
 * Raster formats only (no SVG: no script in a picture). Optional: a file the platform could not decode has none.
 */
export const MAX_PREVIEW_CHARS = 12_000;
/**
 * Only the start is checked: the type is what keeps a preview safe (a raster data URL in an <img>, the
 * only place it goes, runs nothing; a damaged payload shows a broken picture). PERF: every post row
 * read carries its previews, and checking each character on each read (renderer/db/posts.ts) was ~20 ms
 * of a month switch of 1,000 posts with pictures in a CPU profile, more than drawing them.
 */
export const PREVIEW_RE = /^data:image\/(webp|jpeg|png);base64,/;
export const MediaPreviewSchema = z.string().max(MAX_PREVIEW_CHARS).regex(PREVIEW_RE);

export const MediaItemSchema = z.object({
  hash: MediaHashSchema,
  /** The file's name when it was attached: shown, exported in CSV, used for a restored file's name. */
  name: z.string().min(1).max(255),
  kind: z.enum(MEDIA_KINDS),
  /** Bytes. */
  size: z.number().int().min(0),
  alt: z.string().max(MAX_ALT_TEXT, { error: 'errors.altTooLong' }),
  /** Older builds only (see MAX_PREVIEW_CHARS): new items keep their preview in the previews table. */
  preview: MediaPreviewSchema.optional(),
});
export type MediaItem = z.infer<typeof MediaItemSchema>;

export const MediaListSchema = z.array(MediaItemSchema).max(MAX_MEDIA_PER_POST, { error: 'errors.tooManyMedia' });

/** Items without alt text, for the "missing alt text" marks. */
export const missingAlt = (media: readonly MediaItem[] | undefined): number => (media ?? []).filter((m) => m.alt.trim() === '').length;

/** Every content hash the posts refer to. */
export const mediaHashesOf = (posts: readonly { media?: readonly MediaItem[] }[]): Set<string> => {
  const hashes = new Set<string>();
  for (const post of posts) for (const item of post.media ?? []) hashes.add(item.hash);
  return hashes;
};

/** Whether `value` is a preview the app would have made (a raster data URL, not too long). */
export const isPreview = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_PREVIEW_CHARS && PREVIEW_RE.test(value);

/**
 * Posts as older builds wrote them (a preview on each media item) split into posts without previews
 * and the previews by content hash: what the v5 upgrade and every restore store apart. A post without
 * any preview is handed back as it is (same object); the first preview of a hash wins (the same bytes
 * make the same preview). An item whose preview is not a valid one keeps it (nothing is dropped that
 * cannot be moved: the post then reads as before).
 */
export const splitPreviews = <P extends { media?: readonly MediaItem[] }>(posts: readonly P[]): { posts: P[]; previews: Map<string, string> } => {
  const previews = new Map<string, string>();
  // Stored rows may be damaged (an item that is null or a number): such items are left as they are,
  // never read (a throw here would fail the v5 upgrade and keep the app from opening).
  const movable = (item: unknown): item is MediaItem & { preview: string } =>
    typeof item === 'object' && item !== null && typeof (item as { hash?: unknown }).hash === 'string' && isPreview((item as { preview?: unknown }).preview);
  const out = posts.map((post) => {
    if (!Array.isArray(post.media) || !post.media.some(movable)) return post;
    const media = post.media.map((item) => {
      if (!movable(item)) return item;
      if (!previews.has(item.hash)) previews.set(item.hash, item.preview);
      const { preview: _moved, ...rest } = item;
      return rest;
    });
    return { ...post, media };
  });
  return { posts: out, previews };
};
