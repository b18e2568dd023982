/**
 * From dropped or chosen files to rows ready to store and items ready to put on a post (issue 18),
 * with a refusal naming each file that cannot be attached. Nothing is stored here: the caller stores
 * the accepted rows (storeMedia) and only then lets a post refer to them.
 *
 * TRAP (decoding): whether an image really decodes is known only by decoding it, so every image is
 * decoded (and its thumbnail made) BEFORE anything is stored; a corrupt JPEG is refused here, never
 * stored. HEIC is the exception: Chromium does not decode it, so a HEIC that does not decode is taken
 * without a preview ("no preview on this platform"), as is a video the platform cannot play.
 */
import { checkMediaFile, isVideoKind, MEDIA_MIME, type MediaKind } from '../../../shared/media/sniff';
import type { MediaItem } from '../../../shared/model/media';
import { sha256Hex, type MediaRow } from '../../db/media';

/** A thumbnail (≤ 480 px on the longer side) and the original's size in pixels. */
export type Preview = { thumb: Blob | null; width: number | null; height: number | null; mini?: string | null };

export type MediaDecoder = {
  /** Rejects when the bytes do not decode as a picture. */
  image: (blob: Blob, kind: MediaKind) => Promise<Preview>;
  /** Resolves without a thumbnail when the platform cannot play the video. */
  video: (blob: Blob, kind: MediaKind) => Promise<Preview>;
};

export type MediaFileRefusal = {
  key: 'errors.mediaNotMedia' | 'errors.mediaTooLarge' | 'errors.mediaCorrupt';
  name: string;
  /** The limit, in bytes, for errors.mediaTooLarge. */
  max?: number;
};

/** `preview`: the card-sized preview, stored by hash beside the row (renderer/db/previews.ts), never on the item. */
export type PreparedMedia = { row: MediaRow; item: MediaItem; preview: string | null };
export type Prepared = { accepted: PreparedMedia[]; refusals: MediaFileRefusal[] };
export type PrepareDeps = { decoder: MediaDecoder; now: () => Date };

// Every signature sniffMedia knows fits in the first 16 bytes.
const HEAD_BYTES = 16;
const NO_PREVIEW: Preview = { thumb: null, width: null, height: null };

// The name is shown and exported: no folders (a drop from some file managers), at most 255 characters.
const displayName = (file: File): string => (file.name.split(/[\\/]/).pop() || 'media').slice(0, 255);

const previewOf = async (decoder: MediaDecoder, blob: Blob, kind: MediaKind, name: string): Promise<Preview | MediaFileRefusal> => {
  if (isVideoKind(kind)) {
    try {
      return await decoder.video(blob, kind);
    } catch {
      return NO_PREVIEW;
    }
  }
  try {
    return await decoder.image(blob, kind);
  } catch {
    return kind === 'heic' ? NO_PREVIEW : { key: 'errors.mediaCorrupt', name };
  }
};

/** One file at a time: a batch of 20 photos is never all decoded in memory at once. */
export const prepareFiles = async (files: readonly File[], deps: PrepareDeps): Promise<Prepared> => {
  const accepted: PreparedMedia[] = [];
  const refusals: MediaFileRefusal[] = [];
  for (const file of files) {
    const name = displayName(file);
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const checked = checkMediaFile(name, file.size, head);
    if (!checked.ok) {
      refusals.push(checked.refusal);
      continue;
    }
    const { kind } = checked;
    // The stored Blob carries the type the bytes are, not the one the file's name claims.
    const blob = file.slice(0, file.size, MEDIA_MIME[kind]);
    const preview = await previewOf(deps.decoder, blob, kind, name);
    if ('key' in preview) {
      refusals.push(preview);
      continue;
    }
    // Wrapped in a view: jsdom's Blob hands back an ArrayBuffer of another realm, which digest refuses.
    const hash = await sha256Hex(new Uint8Array(await blob.arrayBuffer()));
    accepted.push({
      row: { hash, kind, size: file.size, blob, thumb: preview.thumb, width: preview.width, height: preview.height, addedAt: deps.now().toISOString() },
      item: { hash, name, kind, size: file.size, alt: '' },
      preview: preview.mini ?? null,
    });
  }
  return { accepted, refusals };
};
