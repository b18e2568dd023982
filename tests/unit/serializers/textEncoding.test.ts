// Reading a file's bytes as text: UTF-8 (with or without BOM), UTF-16 LE/BE, Windows-1252; never a U+FFFD
// that the file did not hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, detectText, firstInvalidUtf8, type TextEncodingName } from '../../../shared/serializers/textEncoding';

const SAMPLE = 'Réseau;Été';
const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, all) => all[i % 2 === 0 ? i + 1 : i - 1]!);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const BOM8 = bytes(0xef, 0xbb, 0xbf);

// Bytes 0x80–0x9F of Windows-1252, copied from the WHATWG index (index-windows-1252.txt), written
// here independently of the module's table.
const C1: Record<number, number> = {
  0x80: 0x20ac, 0x81: 0x81, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8d: 0x8d, 0x8e: 0x17d, 0x8f: 0x8f,
  0x90: 0x90, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153, 0x9d: 0x9d, 0x9e: 0x17e, 0x9f: 0x178,
};
const cp1252Of = (byte: number) => C1[byte] ?? byte;
const TO_CP1252 = new Map(Array.from({ length: 256 }, (_, b) => [cp1252Of(b), b] as const));
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => TO_CP1252.get(c.codePointAt(0)!)!));

/** The bytes again, from the text and what decodeText said about it. */
const encode = (text: string, encoding: TextEncodingName, bom: boolean): Uint8Array => {
  if (encoding === 'windows-1252') return cp1252(text);
  if (encoding === 'utf-8') return concat(bom ? BOM8 : bytes(), utf8(text));
  const body = encoding === 'utf-16le' ? utf16le(text) : utf16be(text);
  return concat(bom ? (encoding === 'utf-16le' ? bytes(0xff, 0xfe) : bytes(0xfe, 0xff)) : bytes(), body);
};

const ok = (result: ReturnType<typeof decodeText>) => {
  if (!result.ok) throw new Error(`expected a text, got: ${result.message}`);
  return result;
};

describe('decodeText detects the encoding', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8', false],
    ['UTF-8 with BOM', concat(BOM8, utf8(SAMPLE)), 'utf-8', true],
    ['UTF-16 LE with BOM', concat(bytes(0xff, 0xfe), utf16le(SAMPLE)), 'utf-16le', true],
    ['UTF-16 BE with BOM', concat(bytes(0xfe, 0xff), utf16be(SAMPLE)), 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16le(`${SAMPLE}\r\nx;y\r\n`), 'utf-16le', false],
    ['UTF-16 BE without BOM', utf16be(`${SAMPLE}\r\nx;y\r\n`), 'utf-16be', false],
    ['Windows-1252', bytes(0x52, 0xe9, 0x73, 0x65, 0x61, 0x75, 0x3b, 0xc9, 0x74, 0xe9), 'windows-1252', false],
  ] as const)('%s', (_, input, encoding, bom) => {
    const result = detectText(input);
    expect(result.encoding).toBe(encoding);
    expect(result.bom).toBe(bom);
    expect(result.detected).toBe(true);
    expect(result.text.startsWith(SAMPLE)).toBe(true);
    expect(result.text).not.toContain('\ufffd');
    expect(result.text).not.toContain('\ufeff');
  });

  it('keeps a valid UTF-8 file as UTF-8, even when it only holds ASCII or holds accents that would also be Windows-1252 bytes', () => {
    expect(detectText(utf8('title,date\r\nHello,2026-11-02\r\n')).encoding).toBe('utf-8');
    // "Ã©" in Windows-1252 is C3 A9, which is also "é" in UTF-8: valid UTF-8 wins.
    const result = detectText(bytes(0xc3, 0xa9));
    expect(result).toMatchObject({ encoding: 'utf-8', text: 'é' });
    expect(result.notUtf8Line).toBeUndefined();
  });

  it('says on which line the file stopped being UTF-8', () => {
    const text = concat(utf8('title;channel\r\nCafé;instagram\nok\r'), bytes(0x52, 0xe9, 0x73), utf8('\r\n'));
    // Lines: 1 header, 2 "Café" (valid UTF-8), 3 "ok" (LF), 4 after a lone CR: the first Windows-1252 byte.
    expect(detectText(text)).toMatchObject({ encoding: 'windows-1252', notUtf8Line: 4 });
  });

  it('reads Windows-1252 punctuation right (0x80–0x9F), even where TextDecoder reads it as Latin-1', () => {
    // ’ € œ “ ” — Excel's apostrophe and the euro sign in French texts (Node 20.18.3+ gets these wrong alone).
    expect(detectText(bytes(0x6c, 0x92, 0x80, 0x20, 0x9c, 0x93, 0x94)).text).toBe('l’€ œ“”');
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = ok(decodeText(all, 'windows-1252')).text;
    expect([...text].map((c) => c.codePointAt(0))).toEqual(Array.from({ length: 256 }, (_, i) => cp1252Of(i)));
  });

  it('keeps a leading ÿ (0xFF), which TextDecoder drops when told to ignore a BOM', () => {
    expect(detectText(bytes(0xff))).toMatchObject({ encoding: 'windows-1252', text: 'ÿ' });
    expect(detectText(bytes(0xff, 0x3b, 0x41)).text).toBe('ÿ;A');
  });

  it('reads Windows-1252 after a UTF-8 BOM when the rest is not UTF-8 (the mark is dropped)', () => {
    const result = detectText(concat(BOM8, bytes(0x52, 0xe9, 0x73)));
    expect(result).toMatchObject({ encoding: 'windows-1252', text: 'Rés', notUtf8Line: 1 });
  });

  it('keeps a U+FFFD that is in the file, and only then', () => {
    expect(detectText(utf8('a\ufffdb')).text).toBe('a\ufffdb');
    expect(detectText(concat(bytes(0xff, 0xfe), utf16le('a\ufffd'))).text).toBe('a\ufffd');
  });
});

describe('decodeText with a chosen encoding', () => {
  const windows = bytes(0x52, 0xe9, 0x73, 0x65, 0x61, 0x75);

  it('re-reads the same bytes in the chosen encoding', () => {
    expect(ok(decodeText(utf8(SAMPLE), 'windows-1252'))).toMatchObject({ encoding: 'windows-1252', detected: false, text: 'RÃ©seau;Ã‰tÃ©' });
    expect(ok(decodeText(utf16be(SAMPLE), 'utf-16'))).toMatchObject({ encoding: 'utf-16be', text: SAMPLE });
    expect(ok(decodeText(concat(bytes(0xff, 0xfe), utf16le(SAMPLE)), 'utf-16'))).toMatchObject({ encoding: 'utf-16le', bom: true, text: SAMPLE });
    expect(ok(decodeText(concat(BOM8, utf8(SAMPLE)), 'utf-8'))).toMatchObject({ bom: true, text: SAMPLE });
  });

  it('refuses an encoding the bytes are not valid in, naming the line, instead of writing U+FFFD', () => {
    expect(decodeText(concat(utf8('title\nok\r\n'), windows), 'utf-8')).toEqual({
      ok: false,
      encoding: 'utf-8',
      line: 3,
      message: 'line 3: the file is not valid UTF-8',
    });
    // An odd number of bytes, and a lone surrogate, are not UTF-16.
    expect(decodeText(concat(utf16le('a\nb'), bytes(0x41)), 'utf-16')).toMatchObject({ ok: false, encoding: 'utf-16le', line: 2 });
    expect(decodeText(concat(utf16le('a\r\nb\n'), bytes(0x00, 0xd8, 0x41, 0x00)), 'utf-16')).toMatchObject({ ok: false, line: 3 });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid', utf8('aé€😀'), -1],
    ['a Windows-1252 é', bytes(0x61, 0xe9, 0x61), 1],
    ['overlong', bytes(0xc0, 0xaf), 0],
    ['overlong 3 bytes', bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ['a surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['cut short', bytes(0x61, 0x62, 0xe2, 0x82), 2],
  ])('%s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const valid = (input: Uint8Array) => {
      try {
        fatal.decode(input);
        return true;
      } catch {
        return false;
      }
    };
    const seed = 7311;
    console.info(`firstInvalidUtf8 property: seed ${seed}`);
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary' }).map(utf8)), (input) => {
        expect(firstInvalidUtf8(input) === -1).toBe(valid(input));
      }),
      { numRuns: 3000, seed },
    );
  });
});

describe('nothing is lost or invented', () => {
  it('any bytes read as detected encode back to the same bytes (so no U+FFFD is invented)', () => {
    const seed = 20261124;
    console.info(`decodeText round trip: seed ${seed}`);
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 60 }),
      text.map(utf8),
      text.map((t) => concat(BOM8, utf8(t))),
      text.map((t) => concat(bytes(0xff, 0xfe), utf16le(t))),
      text.map((t) => concat(bytes(0xfe, 0xff), utf16be(t))),
      fc.string({ unit: 'grapheme-ascii', minLength: 2, maxLength: 30 }).map(utf16le),
    );
    fc.assert(
      fc.property(input, (input) => {
        const result = detectText(input);
        // A UTF-8 mark before bytes that are not UTF-8 is dropped (and only then).
        const markDropped = result.encoding === 'windows-1252' && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
        const body = markDropped ? input.subarray(3) : input;
        expect([...encode(result.text, result.encoding, result.bom)]).toEqual([...body]);
      }),
      { numRuns: 3000, seed },
    );
  });
});
