/**
 * What a dropped or chosen file really is, from its first bytes (issue 18): the name's extension and
 * the browser's MIME type are only what the file claims. A file whose bytes are none of the accepted
 * formats is refused with its name, whatever it is called; a JPEG named .png is taken as a JPEG.
 * Only the signatures are checked here: whether an image decodes (a corrupt one) is the thumbnailer's
 * question, asked before anything is stored.
 */
export const MEDIA_KINDS = ['jpeg', 'png', 'webp', 'gif', 'heic', 'mp4', 'mov', 'webm'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MEDIA_MIME: Readonly<Record<MediaKind, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

export const isVideoKind = (kind: MediaKind): boolean => kind === 'mp4' || kind === 'mov' || kind === 'webm';

/** Largest file accepted, stated in the UI: an image 30 MB, a video 500 MB (a phone's 4K minute is ~350 MB). */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 500 * 1024 * 1024;

const ascii = (bytes: Uint8Array, at: number, text: string): boolean => {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

// ISO base media files (MP4, MOV, HEIC) start with a box "ftyp" whose major brand names the format.
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** The format the bytes are in (at least the first 16 are needed), or null when none accepted. */
export const sniffMedia = (bytes: Uint8Array): MediaKind | null => {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 'PNG\r\n\x1a\n')) return 'png';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'gif';
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  if (ascii(bytes, 4, 'ftyp')) {
    const brand = String.fromCharCode(...bytes.slice(8, 12));
    if (HEIC_BRANDS.includes(brand)) return 'heic';
    if (brand === 'qt  ') return 'mov';
    return 'mp4';
  }
  return null;
};

export type MediaRefusal = { key: 'errors.mediaNotMedia' | 'errors.mediaTooLarge'; name: string; max?: number };

/** Why a file cannot be attached (its name in the message), or its kind. */
export const checkMediaFile = (name: string, size: number, head: Uint8Array): { ok: true; kind: MediaKind } | { ok: false; refusal: MediaRefusal } => {
  const kind = sniffMedia(head);
  if (kind === null) return { ok: false, refusal: { key: 'errors.mediaNotMedia', name } };
  const max = isVideoKind(kind) ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
  if (size > max) return { ok: false, refusal: { key: 'errors.mediaTooLarge', name, max } };
  return { ok: true, kind };
};
