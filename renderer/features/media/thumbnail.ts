/**
 * Makes a thumbnail from a picture's bytes or a decoded frame: the longer side at most 480 px, WebP
 * (JPEG where the platform cannot write WebP), and the original's size in pixels. Runs in the
 * thumbnail worker (thumbWorker.ts), and on the page only if that worker cannot start.
 */
export const MAX_THUMB_SIDE = 480;

export type ThumbResult = { thumb: Blob; width: number; height: number };

const encode = async (canvas: OffscreenCanvas): Promise<Blob> => {
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
  // An encoder that does not know WebP hands back a PNG, far larger: JPEG then.
  return webp.type === 'image/webp' ? webp : canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
};

/** Rejects when `source` is a Blob that does not decode as a picture. Closes the bitmap it uses. */
export const makeThumbnail = async (source: Blob | ImageBitmap): Promise<ThumbResult> => {
  const bitmap = source instanceof Blob ? await createImageBitmap(source) : source;
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) throw new Error('The picture has no pixels');
    const scale = Math.min(1, MAX_THUMB_SIDE / Math.max(width, height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return { thumb: await encode(canvas), width, height };
  } finally {
    bitmap.close();
  }
};

export type ThumbRequest = { id: number; source: Blob | ImageBitmap };
export type ThumbReply = { id: number; ok: true; result: ThumbResult } | { id: number; ok: false; message: string };
