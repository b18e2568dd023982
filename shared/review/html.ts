import { sha256 } from '../serializers/sha256';

/**
 * Text made safe for a review pack's HTML. Every user text (titles, captions, comments, names) goes
 * through `escapeHtml` before it meets markup, in text and in attribute values (always double-quoted).
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as \u escapes, so no
 * `</script>` or `<!--` can end or bend the block, and U+2028 / U+2029 as escapes too (a line break
 * for older JavaScript parsers). JSON.parse reads the escapes back to the very same characters.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Hex digits (an even number of them) as standard padded base64. */
export const hexToBase64 = (hex: string): string => {
  const bytes: number[] = [];
  for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
};

/** A CSP source for an inline element's exact text: 'sha256-<base64 of the digest of its UTF-8 bytes>'. */
export const cspHash = (inlineText: string): string => `'sha256-${hexToBase64(sha256(inlineText))}'`;

// Raster images as base64 data URLs only: no SVG (a document of its own), no other scheme.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** True for a thumbnail the pack may show (anything else is left out, never linked). */
export const isSafeThumbnail = (src: string): boolean => src.length <= 2_000_000 && DATA_IMAGE.test(src);
