// Issue 18 groundwork: a file is what its bytes say, not its name; over the limit or not media → refused by name.
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES, checkMediaFile, sniffMedia } from '../../shared/media/sniff';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const box = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0]);

describe('sniffMedia', () => {
  it('knows each accepted format by its signature', () => {
    expect(sniffMedia(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffMedia(bytes([0x89], 'PNG\r\n\x1a\n'))).toBe('png');
    expect(sniffMedia(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffMedia(bytes('GIF89a'))).toBe('gif');
    expect(sniffMedia(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('webm');
    expect(sniffMedia(box('isom'))).toBe('mp4');
    expect(sniffMedia(box('qt  '))).toBe('mov');
    expect(sniffMedia(box('heic'))).toBe('heic');
  });

  it('refuses what is not media, whatever its name says', () => {
    expect(sniffMedia(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffMedia(bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBeNull();
    expect(sniffMedia(new Uint8Array())).toBeNull();
    expect(checkMediaFile('holiday.jpg', 1000, bytes('%PDF-1.7'))).toEqual({ ok: false, refusal: { key: 'errors.mediaNotMedia', name: 'holiday.jpg' } });
  });

  it('takes the limit of what the file is: an image over 30 MB is refused, a video of 100 MB is not', () => {
    const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0]);
    expect(checkMediaFile('big.jpg', MAX_IMAGE_BYTES + 1, jpeg)).toEqual({ ok: false, refusal: { key: 'errors.mediaTooLarge', name: 'big.jpg', max: MAX_IMAGE_BYTES } });
    expect(checkMediaFile('ok.jpg', MAX_IMAGE_BYTES, jpeg)).toEqual({ ok: true, kind: 'jpeg' });
    expect(checkMediaFile('clip.mp4', 100 * 1024 * 1024, box('mp42'))).toEqual({ ok: true, kind: 'mp4' });
    expect(checkMediaFile('long.mov', MAX_VIDEO_BYTES + 1, box('qt  ')).ok).toBe(false);
  });
});
