import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/serializers/canonicalJson';
import { sha256, sha256Bytes } from '../../../shared/serializers/sha256';
import { hasLoneSurrogate, utf8Encode, utf8Length } from '../../../shared/serializers/utf8';

const nodeSha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

describe('sha256 (pure TypeScript)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['The quick brown fox jumps over the lazy dog', 'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
  ])('matches the FIPS 180-4 / NIST vector for %j', (input, digest) => {
    expect(sha256(input)).toBe(digest);
  });

  it('matches the one-million-"a" vector', () => {
    expect(sha256('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('matches node:crypto at every length around the 64-byte block and 56-byte padding boundaries', () => {
    for (let n = 0; n <= 200; n += 1) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256Bytes(bytes)).toBe(nodeSha(bytes));
    }
  });

  it('hashes any text as its UTF-8 bytes, like node:crypto', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256(s)).toBe(nodeSha(s));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('utf8', () => {
  it('counts and encodes bytes like Buffer for well-formed text (emoji, CJK, accents)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
        expect(Buffer.from(utf8Encode(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
      }),
      { numRuns: 300, seed: 8 },
    );
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('中')).toBe(3);
    expect(utf8Length('é')).toBe(2);
  });

  it('writes a lone surrogate as U+FFFD, as every encoder does', () => {
    expect(hasLoneSurrogate('a\ud83d')).toBe(true);
    expect(hasLoneSurrogate('😀')).toBe(false);
    expect(Buffer.from(utf8Encode('\ud83dx')).toString('utf8')).toBe('\ufffdx');
    expect(utf8Length('\udc00')).toBe(3);
    // Lone surrogates anywhere: before, after and between pairs, and at the very end.
    for (const s of ['\ud83d\ud83d\ude00', '\ude00\ud83d\ude00', 'a\udc00\ud800', '\ud83d\ude00\ud83d', 'é\ud800x']) {
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('means the same as JSON.stringify', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 300, seed: 9 },
    );
    expect(canonicalJson({ a: undefined, b: [undefined, NaN] })).toBe('{"b":[null,null]}');
  });
});
