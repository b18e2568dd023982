// The review pack's own SHA-256 and canonical JSON (shared/review/packCrypto.ts) are strings run in the
// client's browser: THOSE exact strings are evaluated here and must agree with Cadence's own
// (shared/serializers/sha256.ts, canonicalJson.ts), or a decisions file would fail its checksum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/serializers/canonicalJson';
import { sha256 } from '../../shared/serializers/sha256';
import { PACK_CANONICAL_SOURCE, PACK_SHA256_SOURCE } from '../../shared/review/packCrypto';

const packSha256 = new Function(`${PACK_SHA256_SOURCE}\nreturn packSha256;`)() as (text: string) => string;
const packCanonicalJson = new Function(`${PACK_CANONICAL_SOURCE}\nreturn packCanonicalJson;`)() as (value: unknown) => string;

const SEED = 1717;

describe('the pack script SHA-256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(packSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(packSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(packSha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with shared/serializers/sha256 on block edges and non-ASCII text', () => {
    const cases = [
      'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(65), 'a'.repeat(1000),
      'é', 'Noël à Paris « oui »\u00a0!', '日本語のテキスト', '👩‍👩‍👧 family', '\u2028\u2029', '\ud83d', 'x\udc00y', '\ud83d\ud83d', '\u0000\u007f\u0080',
    ];
    for (const text of cases) expect(packSha256(text), JSON.stringify(text)).toBe(sha256(text));
  });

  it(`agrees on any string, full Unicode and lone surrogates (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        expect(packSha256(text)).toBe(sha256(text));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('the pack script canonical JSON', () => {
  it('sorts keys at every depth and drops undefined like canonicalJson', () => {
    const value = { b: [3, undefined, { z: 1, a: 'é' }], a: { y: null, x: undefined }, é: true, A: -0.5 };
    expect(packCanonicalJson(value)).toBe(canonicalJson(value));
    expect(packCanonicalJson(value)).toBe('{"A":-0.5,"a":{"y":null},"b":[3,null,{"a":"é","z":1}],"é":true}');
  });

  it(`agrees on any JSON value (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(packCanonicalJson(value)).toBe(canonicalJson(value));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
