/**
 * The text of a file the user opened, from its bytes. Read as: the encoding its byte-order mark names
 * (UTF-8, UTF-16 LE or BE); else UTF-16 when its zero bytes say so; else UTF-8 when every byte is valid
 * UTF-8; else Windows-1252 — what Excel on Windows writes for "CSV (comma delimited)", and a superset
 * of Latin-1 in practice. Invalid UTF-8 is found by a fatal decoder, never replaced: a U+FFFD in the
 * text was in the file. The caller may force another encoding; when the bytes are not valid in it,
 * the answer says so (with the line) instead of inventing characters.
 *
 * TRAP: Node's TextDecoder('windows-1252') decodes bytes 0x80–0x9F as Latin-1 (0x92 → U+0092, not the
 * apostrophe ’; 0x80 → U+0080, not €) since Node 20.18.3 / 22.13.0 (nodejs/node#60888). Those 32
 * characters are put right from the WHATWG table after decoding, which changes nothing where the
 * decoder is already right (Chromium).
 *
 * TRAP: the same Node decoder with `ignoreBOM: true` drops a leading 0xFF byte (ÿ) — measured on Node
 * 20.20 — so Windows-1252, which has no byte-order mark to ignore, is decoded without that option.
 *
 * TRAP: shared/ is compiled without DOM types, so TextDecoder (a global in Node, browsers and workers)
 * is typed here by hand.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** What a user may choose (UTF-16's byte order comes from the file). */
export const ENCODING_CHOICES = ['utf-8', 'utf-16', 'windows-1252'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

export type DecodedText = {
  ok: true;
  /** Without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
  /** The file started with the byte-order mark of `encoding`. */
  bom: boolean;
  /** False when the caller chose the encoding. */
  detected: boolean;
  /** Read as Windows-1252 because this line (1-based) held a byte that is not UTF-8. */
  notUtf8Line?: number;
};

export type DecodeFailure = {
  ok: false;
  encoding: TextEncodingName;
  /** 1-based line of the first byte that cannot be read in `encoding`. */
  line: number;
  /** English, for logs and the command line; the app words it from `encoding` and `line`. */
  message: string;
};

type Decoder = { decode(input: Uint8Array): string };
type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

// ignoreBOM: the mark is cut off here (subarray) before decoding, so a decoder never removes a second
// one. Not for Windows-1252 (see the TRAP above): it has no mark, and the option only breaks it.
const decoder = (label: TextEncodingName, fatal: boolean): Decoder =>
  new (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder(
    label,
    label === 'windows-1252' ? { fatal } : { fatal, ignoreBOM: true },
  );

const LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** "UTF-8", "UTF-16 LE", "Windows-1252": the name people know. */
export const encodingLabel = (encoding: TextEncodingName): string => LABELS[encoding];

export const choiceOf = (encoding: TextEncodingName): EncodingChoice =>
  encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-16' : encoding;

const BOMS: ReadonlyArray<{ encoding: TextEncodingName; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

const bomOf = (bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null => {
  const found = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return found ? { encoding: found.encoding, length: found.bytes.length } : null;
};

/**
 * UTF-16 without a mark, told by its zero bytes: text in Latin scripts has a zero high byte in almost
 * every unit (odd offsets in LE, even in BE), which no UTF-8 or Windows-1252 CSV has.
 */
const utf16Order = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const units = length / 2;
  if (oddZeros >= units / 2 && evenZeros <= units / 20) return 'utf-16le';
  if (evenZeros >= units / 2 && oddZeros <= units / 20) return 'utf-16be';
  return null;
};

// Bytes 0x80–0x9F in Windows-1252 (WHATWG Encoding Standard); the five it leaves undefined map to themselves.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const windows1252 = (bytes: Uint8Array): string =>
  decoder('windows-1252', false)
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);

/** The text, or null when a byte sequence is not valid in `encoding` (nothing is replaced). */
const strict = (encoding: TextEncodingName, bytes: Uint8Array): string | null => {
  if (encoding === 'windows-1252') return windows1252(bytes);
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return null;
  }
};

/** Offset of the first byte of the first sequence that is not UTF-8 (WHATWG rules), or -1. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // beyond U+10FFFF
    } else return i;
    if (i + need >= bytes.length) return i; // cut short by the end of the file
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k += 1) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
};

/** Offset (in bytes) of the first unit that is not UTF-16: a lone surrogate, or a last odd byte. */
const firstInvalidUtf16 = (bytes: Uint8Array, bigEndian: boolean): number => {
  const unit = (i: number) => (bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
  const whole = bytes.length & ~1;
  for (let i = 0; i < whole; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < whole ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
};

/** 1-based line of a byte offset: LF, CR LF and a lone CR each end a line (as the CSV reader counts). */
const lineAt = (bytes: Uint8Array, offset: number, width: 1 | 2, bigEndian = false): number => {
  const at = (i: number) =>
    width === 1 ? bytes[i]! : bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8);
  let line = 1;
  for (let i = 0; i + width <= offset; i += width) {
    const c = at(i);
    if (c === 0x0a) line += 1;
    else if (c === 0x0d && !(i + 2 * width <= bytes.length && at(i + width) === 0x0a)) line += 1;
  }
  return line;
};

const failure = (encoding: TextEncodingName, bytes: Uint8Array): DecodeFailure => {
  const wide = encoding !== 'utf-8';
  const bigEndian = encoding === 'utf-16be';
  const offset = wide ? firstInvalidUtf16(bytes, bigEndian) : firstInvalidUtf8(bytes);
  const line = lineAt(bytes, Math.max(0, offset), wide ? 2 : 1, bigEndian);
  return { ok: false, encoding, line, message: `line ${line}: the file is not valid ${encodingLabel(encoding)}` };
};

/** Windows-1252, saying where UTF-8 failed (the bytes are those after a UTF-8 mark, if any). */
const fallback = (bytes: Uint8Array): DecodedText => {
  const at = firstInvalidUtf8(bytes);
  return {
    ok: true,
    text: windows1252(bytes),
    encoding: 'windows-1252',
    bom: false,
    detected: true,
    ...(at >= 0 ? { notUtf8Line: lineAt(bytes, at, 1) } : {}),
  };
};

const detect = (bytes: Uint8Array): DecodedText => {
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = strict(bom.encoding, body);
    if (text !== null) return { ok: true, text, encoding: bom.encoding, bom: true, detected: true };
    // A UTF-8 mark on bytes that are not UTF-8: a Windows program added the mark to Windows-1252 text.
    // A broken UTF-16 file has no good reading: Windows-1252 at least shows what is there.
    return fallback(bom.encoding === 'utf-8' ? body : bytes);
  }
  const order = utf16Order(bytes);
  if (order) {
    const text = strict(order, bytes);
    if (text !== null) return { ok: true, text, encoding: order, bom: false, detected: true };
  }
  const text = strict('utf-8', bytes);
  if (text !== null) return { ok: true, text, encoding: 'utf-8', bom: false, detected: true };
  return fallback(bytes);
};

const forcedEncoding = (bytes: Uint8Array, choice: EncodingChoice): TextEncodingName => {
  if (choice !== 'utf-16') return choice;
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return bom.encoding;
  return utf16Order(bytes) ?? 'utf-16le';
};

/**
 * The file's text: detected (see the module comment), or in the encoding the user chose. A chosen
 * encoding the bytes are not valid in gives a DecodeFailure naming the first bad line.
 */
export const decodeText = (bytes: Uint8Array, choice?: EncodingChoice): DecodedText | DecodeFailure => {
  if (choice === undefined) return detect(bytes);
  const encoding = forcedEncoding(bytes, choice);
  const bom = bomOf(bytes);
  const hasBom = bom !== null && bom.encoding === encoding;
  const body = hasBom ? bytes.subarray(bom.length) : bytes;
  const text = strict(encoding, body);
  if (text === null) return failure(encoding, body);
  return { ok: true, text, encoding, bom: hasBom, detected: false };
};

/** The text as detected: never fails (Windows-1252 reads any byte). */
export const detectText = (bytes: Uint8Array): DecodedText => detect(bytes);
