/**
 * Folds text for matching while keeping every UTF-16 unit at its index, so a match found in the
 * folded copy has the same offsets in the original. That is what lets the editor highlight cues.
 *
 * - lower case;
 * - Latin accents dropped (é → e, ç → c): people type French with and without them;
 * - typographic apostrophes and quotes made plain (’ → ', « “ → ");
 * - no-break and narrow no-break spaces made plain (French puts them before ? ! : and €);
 * - minus signs and dashes made '-' ("−30 %", "1–10").
 * Everything else (emoji included) is left as it is.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  '\u2019': "'", // ’ right single quotation mark, the usual typographic apostrophe
  '\u2018': "'",
  '\u02bc': "'", // ʼ modifier letter apostrophe
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u2212': '-', // − minus sign
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u0130': 'i', // İ lower-cases to two units; fold it first so lengths never change
  '\u2026': '.', // … one unit, still a sentence boundary
};

const foldChar = (c: string): string => {
  const special = SPECIAL[c];
  if (special !== undefined) return special;
  const code = c.charCodeAt(0);
  if (code >= 0xc0 && code <= 0x24f) {
    const base = c.normalize('NFD')[0] ?? c;
    if (base.length === 1 && base.charCodeAt(0) < 0x80) return base;
  }
  return c;
};

// Precomputed for the Latin-1 and Latin Extended ranges; other characters map through SPECIAL or stay.
const TABLE = new Map<string, string>();
for (let code = 0x80; code <= 0x24f; code++) {
  const c = String.fromCharCode(code);
  const folded = foldChar(c);
  if (folded !== c) TABLE.set(c, folded);
}
for (const [from, to] of Object.entries(SPECIAL)) TABLE.set(from, to);

const NON_ASCII = /[\u0080-\uffff]|`/g;

export const fold = (text: string): string => {
  const folded = text.replace(NON_ASCII, (c) => TABLE.get(c) ?? c).toLowerCase();
  // toLowerCase keeps the length for everything left after folding; this guard keeps offsets honest
  // if some exotic character ever proves otherwise.
  if (folded.length === text.length) return folded;
  let out = '';
  for (const c of text) {
    const f = (TABLE.get(c) ?? c).toLowerCase();
    out += f.length === c.length ? f : c;
  }
  return out;
};
