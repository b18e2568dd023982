/**
 * Cell-level rules of the Cadence CSV.
 *
 * TRAP (formula injection): a spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula
 * (=HYPERLINK(…), +cmd|' /C calc'!A0). papaparse's escapeFormulae is off by default and its parse does
 * not undo it, so the rule is applied here, to EVERY cell (a title "-5" is neutralised too):
 *   export: a cell matching /^'*[=+\-@\t\r]/ (any number of ' then a trigger) gets one more ' in front;
 *   import: a cell matching /^'+[=+\-@\t\r]/ loses exactly one leading '.
 * Counting the existing quotes makes the round trip exact: "=1" → "'=1" → "=1", "'=1" → "''=1" → "'=1",
 * and "'hello" is left alone both ways.
 * TRAP (dates): 03/04/2026 is 3 April in France and March 4 in the US. yyyy-MM-dd is always read;
 * d/m/y and m/d/y only with an explicit day order, or when a number above 12 makes it unambiguous.
 */
import { isDay } from '../dates';

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const neutraliseCell = (cell: string): string => (NEEDS_GUARD.test(cell) ? `'${cell}` : cell);
export const restoreCell = (cell: string): string => (GUARDED.test(cell) ? cell.slice(1) : cell);

/** Tags joined by '; '; inside a tag, \ ; and , are escaped with a backslash. */
export const encodeTags = (tags: readonly string[]): string =>
  tags.map((tag) => tag.replace(/[\\;,]/g, (c) => `\\${c}`)).join('; ');

/** Splits on unescaped ';' or ',' (other apps use either), unescapes, trims, drops empty tags. */
export const decodeTags = (cell: string): string[] => {
  const tags: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i += 1;
    } else if (c === ';' || c === ',') {
      tags.push(current);
      current = '';
    } else current += c;
  }
  tags.push(current);
  return tags.map((t) => t.trim()).filter((t) => t !== '');
};

export type DayOrder = 'dmy' | 'mdy';
export type CellResult =
  | { ok: true; value: string }
  | { ok: false; code: 'row.dateInvalid' | 'row.dateFormat' | 'row.timeInvalid'; message: string };

const pad = (n: string): string => n.padStart(2, '0');

/** A day cell as `yyyy-MM-dd` (see the module comment for the accepted forms). */
export const parseDayCell = (raw: string, order?: DayOrder): CellResult => {
  const cell = raw.trim();
  const invalid = (value: string): CellResult =>
    isDay(value) ? { ok: true, value } : { ok: false, code: 'row.dateInvalid', message: `date '${cell}' does not exist` };
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(cell);
  if (iso) return invalid(`${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`);
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell);
  if (local) {
    const [a, b, y] = [Number(local[1]), Number(local[2]), local[3]!];
    const dayFirst = order === 'dmy' || (order === undefined && a > 12 && b <= 12);
    const monthFirst = order === 'mdy' || (order === undefined && b > 12 && a <= 12);
    if (dayFirst) return invalid(`${y}-${pad(local[2]!)}-${pad(local[1]!)}`);
    if (monthFirst) return invalid(`${y}-${pad(local[1]!)}-${pad(local[2]!)}`);
    return {
      ok: false,
      code: 'row.dateFormat',
      message: `date '${cell}' could be day/month or month/day: write it yyyy-MM-dd or choose the day order`,
    };
  }
  return { ok: false, code: 'row.dateFormat', message: `date '${cell.slice(0, 40)}' is not a date (yyyy-MM-dd)` };
};

/** A time cell as `HH:mm`: 9:05, 09:05, 09:05:00, 9h05, 9h, 2:30 PM. Seconds are dropped. */
export const parseTimeCell = (raw: string): CellResult => {
  const cell = raw.trim();
  const bad: CellResult = { ok: false, code: 'row.timeInvalid', message: `time '${cell.slice(0, 40)}' is not a time (HH:mm)` };
  const match = /^(\d{1,2})(?:[:hH](\d{2})?(?::(\d{2}))?)?\s*([aApP]\.?[mM]\.?)?$/.exec(cell);
  if (!match || (match[2] === undefined && !/[hH]/.test(cell) && match[4] === undefined)) return bad;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const meridiem = match[4]?.[0]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return bad;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || Number(match[3] ?? '0') > 59) return bad;
  return { ok: true, value: `${pad(String(hours))}:${pad(String(minutes))}` };
};
