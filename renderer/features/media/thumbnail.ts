/**
 * Makes a thumbnail from a picture's bytes or a decoded frame: the longer side at most 480 px, WebP
 * (JPEG where the platform cannot write WebP), and the original's size in pixels. Runs in the
 * thumbnail worker (thumbWorker.ts), and on the page only if that worker cannot start.
 */
import { MAX_PREVIEW_CHARS } from '../../../shared/model/media';

export const MAX_THUMB_SIDE = 480;

/**
 * The card-sized preview, stored by content hash in the previews table (renderer/db/previews.ts,
 * shared/model/media.ts MediaPreviewSchema): the centre square, as cards crop it, 40 px (cards show
 * 18–32 px). PERF: small on purpose, ~1 KB of text per picture: a month's previews are read with the
 * month (they used to ride on every post row: 64 px previews, ~4 KB each, made a month of 1,000 posts
 * with pictures switch twice as slow).
 */
export const MINI_SIDE = 40;

export type ThumbResult = { thumb: Blob; width: number; height: number; mini: string | null };

/** A Blob as a data URL, in the worker or on the page (FileReaderSync exists only in workers). */
const dataUrl = async (blob: Blob): Promise<string> => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
};

const centreSquare = (bitmap: ImageBitmap, side: number): OffscreenCanvas => {
  const crop = Math.min(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(side, side);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, (bitmap.width - crop) / 2, (bitmap.height - crop) / 2, crop, crop, 0, 0, side, side);
  return canvas;
};

const drawn = (bitmap: ImageBitmap, maxSide: number): OffscreenCanvas => {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
};

const encode = async (canvas: OffscreenCanvas, quality = 0.8): Promise<Blob> => {
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality });
  // An encoder that does not know WebP hands back a PNG, far larger: JPEG then.
  return webp.type === 'image/webp' ? webp : canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
};

/** Rejects when `source` is a Blob that does not decode as a picture. Closes the bitmap it uses. */
export const makeThumbnail = async (source: Blob | ImageBitmap): Promise<ThumbResult> => {
  const bitmap = source instanceof Blob ? await createImageBitmap(source) : source;
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) throw new Error('The picture has no pixels');
    const thumb = await encode(drawn(bitmap, MAX_THUMB_SIDE));
    const mini = await dataUrl(await encode(centreSquare(bitmap, MINI_SIDE), 0.7));
    return { thumb, width, height, mini: mini.length <= MAX_PREVIEW_CHARS ? mini : null };
  } finally {
    bitmap.close();
  }
};

export type ThumbRequest = { id: number; source: Blob | ImageBitmap };
export type ThumbReply = { id: number; ok: true; result: ThumbResult } | { id: number; ok: false; message: string };
