/**
 * SHA-256 and canonical JSON as plain ES2020 source text, embedded in the review pack's script: the
 * pack runs in the client's browser with no import and no network, and the decisions file it saves
 * must carry the checksum Cadence computes with shared/serializers/sha256.ts and canonicalJson.ts.
 *
 * TRAP: these are strings, not functions, so no type checker reads them. They are proven by
 * tests/unit/reviewCrypto.test.ts, which evaluates THESE exact strings and compares them with the
 * TypeScript versions on many inputs (non-ASCII, astral, lone surrogates, nested objects). Change one
 * side and not the other and that test fails. No backtick and no "${" in here (template literal).
 * Web Crypto is not used: crypto.subtle is missing on file:// pages in some browsers (not a secure
 * context everywhere), and it is async.
 */

/** Defines `packSha256(text)` → 64 lowercase hex digits of the UTF-8 bytes (lone surrogates as U+FFFD, like TextEncoder). */
export const PACK_SHA256_SOURCE = String.raw`function packSha256(text) {
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];
  var bytes = [];
  for (var i = 0; i < text.length; i += 1) {
    var cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      var low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  var bitLength = bytes.length * 8;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) bytes.push(0);
  var high = Math.floor(bitLength / 0x100000000);
  bytes.push((high >>> 24) & 255, (high >>> 16) & 255, (high >>> 8) & 255, high & 255);
  bytes.push((bitLength >>> 24) & 255, (bitLength >>> 16) & 255, (bitLength >>> 8) & 255, bitLength & 255);
  var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var w = new Array(64);
  var rotr = function (x, n) { return (x >>> n) | (x << (32 - n)); };
  for (var block = 0; block < bytes.length; block += 64) {
    for (var t = 0; t < 16; t += 1) {
      var at = block + t * 4;
      w[t] = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
    }
    for (t = 16; t < 64; t += 1) {
      var s0w = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      var s1w = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0w + w[t - 7] + s1w) >>> 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (t = 0; t < 64; t += 1) {
      var s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      var ch = (e & f) ^ (~e & g);
      var t1 = (hh + s1 + ch + K[t] + w[t]) >>> 0;
      var s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      var maj = (a & b) ^ (a & c) ^ (b & c);
      var t2 = (s0 + maj) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + b) >>> 0; h[2] = (h[2] + c) >>> 0; h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0; h[5] = (h[5] + f) >>> 0; h[6] = (h[6] + g) >>> 0; h[7] = (h[7] + hh) >>> 0;
  }
  var out = '';
  for (var k = 0; k < 8; k += 1) out += ('00000000' + h[k].toString(16)).slice(-8);
  return out;
}`;

/**
 * Defines `packCanonicalJson(value)`: keys sorted by UTF-16 code units, no whitespace, JSON.stringify's
 * rules for the rest (undefined dropped from objects, null in arrays). Same text as canonicalJson.ts.
 */
export const PACK_CANONICAL_SOURCE = String.raw`function packCanonicalJson(value) {
  var walk = function (v) {
    if (v === null) return 'null';
    if (typeof v === 'object' && typeof v.toJSON === 'function') return walk(v.toJSON());
    if (Array.isArray(v)) {
      return '[' + v.map(function (item) { var s = walk(item); return s === undefined ? 'null' : s; }).join(',') + ']';
    }
    if (typeof v === 'object') {
      var parts = [];
      Object.keys(v).sort().forEach(function (key) {
        var s = walk(v[key]);
        if (s !== undefined) parts.push(JSON.stringify(key) + ':' + s);
      });
      return '{' + parts.join(',') + '}';
    }
    return JSON.stringify(v);
  };
  var text = walk(value);
  return text === undefined ? 'null' : text;
}`;
