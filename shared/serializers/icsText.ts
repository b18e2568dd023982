/**
 * RFC 5545 text layer: TEXT escaping and content-line folding.
 *
 * TRAP: lines are folded at 75 OCTETS of UTF-8, not 75 characters (the `ics` 3.12 package counts
 * characters, so emoji and CJK give over-long lines). A continuation line starts with one space, and
 * that space counts in its 75. A fold never falls inside a character: JavaScript strings are UTF-16, so
 * folding walks code points (a surrogate pair is one 4-byte character and is never split).
 * TRAP: TEXT values may not hold control characters. CR LF and lone CR become LF (written `\n`); other
 * C0 controls except TAB, and DEL, are dropped; a lone surrogate (not encodable) becomes U+FFFD. These
 * are the only lossy steps of the ICS export.
 */
import { hasLoneSurrogate, utf8CodePointLength, utf8Length } from './utf8';

export const CRLF = '\r\n';
/** Cadence's UIDs are `<post id>@cadence.local`. */
export const ICS_UID_DOMAIN = 'cadence.local';
const MAX_OCTETS = 75;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** TEXT value escaping: `\` → `\\`, `;` → `\;`, `,` → `\,`, newline → `\n`. */
export const escapeText = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));

/** Reverses escapeText (also reads `\N`); an unknown escape keeps its character. */
export const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_match, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** A list of TEXT values (X-CADENCE-TAGS): each escaped, joined by unescaped commas. */
export const escapeTextList = (values: readonly string[]): string => values.map(escapeText).join(',');

/** Splits on commas not preceded by a backslash escape, then unescapes each item. */
export const unescapeTextList = (value: string): string[] => {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i += 1;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map(unescapeText).filter((item) => item !== '');
};

/** Folds one content line into physical lines of at most 75 octets, joined by CRLF + space. */
export const foldLine = (line: string): string => {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8CodePointLength(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF}`);
};

export type IcsLineIssue = { line: number; message: string };

/**
 * Checks the physical layer of an ICS text as RFC 5545 wants it written: CRLF after every line and
 * nowhere else, no line over 75 octets, no fold inside a character. Returns the problems (none = ok).
 */
export const validateIcsLines = (text: string): IcsLineIssue[] => {
  const issues: IcsLineIssue[] = [];
  if (!text.endsWith(CRLF)) issues.push({ line: 0, message: 'the text does not end with CRLF' });
  const lines = text.split(CRLF);
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.includes('\n')) issues.push({ line: n, message: 'bare LF inside a line' });
    if (line.includes('\r')) issues.push({ line: n, message: 'bare CR inside a line' });
    if (line === '') issues.push({ line: n, message: 'empty line' });
    const octets = utf8Length(line);
    if (octets > MAX_OCTETS) issues.push({ line: n, message: `${octets} octets, more than ${MAX_OCTETS}` });
    const continued = i > 0 && (line.startsWith(' ') || line.startsWith('\t'));
    const first = line.charCodeAt(continued ? 1 : 0);
    const last = line.charCodeAt(line.length - 1);
    const split = (where: string) => issues.push({ line: n, message: `${where} inside a character (fold split a UTF-8 sequence)` });
    if (first >= 0xdc00 && first <= 0xdfff) split('starts');
    else if (last >= 0xd800 && last <= 0xdbff) split('ends');
    else if (hasLoneSurrogate(line)) issues.push({ line: n, message: 'holds a lone surrogate (not valid UTF-8)' });
    if (i === 0 && (line.startsWith(' ') || line.startsWith('\t'))) issues.push({ line: n, message: 'first line is a continuation' });
  });
  return issues;
};
