import type { Post } from '../../../shared/model/post';
import { MEDIA_MIME, sniffMedia } from '../../../shared/media/sniff';
import type { CadenceDb } from '../../db/database';
import { getMedia } from '../../db/media';

/**
 * The review pack's pictures (issue 18): each post's FIRST media thumbnail (the carousel's cover, the
 * video's first frame), as a data URL, so the pack stays one self-contained file that loads nothing
 * (its CSP allows data: images only). The first only: a month of carousels would otherwise weigh tens
 * of megabytes; the pack says how many items each carousel has and lists every alt text.
 * A first item without a thumbnail (a HEIC the platform cannot decode, bytes not on this machine) gives
 * no picture: the pack still lists it. The MIME type is read from the thumbnail's bytes, not from
 * Blob#type, which a store may lose.
 */
const IMAGE_KINDS = new Set(['jpeg', 'png', 'webp', 'gif']);

const base64 = (bytes: Uint8Array): string => {
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const blobBytes = (blob: Blob): Promise<ArrayBuffer> =>
  // jsdom's Blob has no arrayBuffer(); a browser's always has.
  typeof blob.arrayBuffer === 'function' ? blob.arrayBuffer() : new Response(blob).arrayBuffer();

/** The thumbnail of the media stored under `hash` as a data URL, or null when there is none to show. */
export const thumbnailDataUrl = async (db: CadenceDb, hash: string): Promise<string | null> => {
  const row = await getMedia(db, hash);
  if (!row?.thumb) return null;
  const bytes = new Uint8Array(await blobBytes(row.thumb));
  const kind = sniffMedia(bytes);
  return kind !== null && IMAGE_KINDS.has(kind) ? `data:${MEDIA_MIME[kind]};base64,${base64(bytes)}` : null;
};

/** Post id → [its first media's thumbnail], for the posts that have one (the same picture read once). */
export const packThumbnails = async (db: CadenceDb, posts: readonly Post[]): Promise<Record<string, string[]>> => {
  const byHash = new Map<string, string | null>();
  const out: Record<string, string[]> = {};
  for (const post of posts) {
    const first = post.media?.[0];
    if (!first) continue;
    if (!byHash.has(first.hash)) byHash.set(first.hash, await thumbnailDataUrl(db, first.hash));
    const url = byHash.get(first.hash);
    if (url) out[post.id] = [url];
  }
  return out;
};
