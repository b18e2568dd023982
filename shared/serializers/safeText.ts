/**
 * File text made safe to quote in a message. A cell or a line quoted in an error ("date '…' is not a
 * date") comes straight from the user's file: a BEL, an ESC starting a terminal sequence, a carriage
 * return that rewrites the line, or a bidi override that reorders it would act on the terminal or the
 * page instead of being read. They are shown as escapes instead: TAB, LF, CR as \t \n \r, the others
 * as \u0007.
 *
 * TRAP: backslashes are NOT escaped, so escaping twice changes nothing (messages pass through here
 * where they are made and again where they are shown) — and a file that really holds the six
 * characters \u0007 reads the same as one holding BEL. That is acceptable in a message, never in data.
 */

// C0 controls, DEL, C1 controls, the bidi marks / embeddings / overrides / isolates, the line and
// paragraph separators (a line break for JavaScript, invisible elsewhere) and the BOM.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const escape = (char: string): string =>
  NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every control or invisible reordering character written as an escape. */
export const escapeControls = (text: string): string => text.replace(UNSAFE, escape);

/** The string values of a message's parameters, escaped the same way (numbers pass unchanged). */
export const escapeParams = <T extends Record<string, string | number>>(params: T): T =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? escapeControls(value) : value]),
  ) as T;
