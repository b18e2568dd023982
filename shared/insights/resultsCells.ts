/**
 * Reading the cells of a platform's results export: counts and publishing dates.
 *
 * TRAP (thousands): exports write 1234 as "1234", "1,234" (English), "1 234" or "1 234" (French,
 * with a no-break or narrow no-break space), "1.234" (German) or "1'234" (Swiss). Counts are whole
 * numbers, so the rule is:
 *   - spaces (any kind) and apostrophes inside a number are dropped;
 *   - a dot or a comma followed by EXACTLY three digits, in groups after 1–3 leading digits, is a
 *     thousands separator: "1,234" = "1.234" = 1234, "1,234,567" = 1234567. There is no reading of
 *     "1.234" as one point two three four: a count has no decimals;
 *   - a decimal part made only of zeros is dropped ("1234.0", "1,234.00", "1.234,00");
 *   - anything else with a decimal part ("12.5", "3,75") is refused as not a whole number, and
 *     abbreviations ("1.2K") or percentages are refused as not numbers: guessing would invent data.
 * Empty cells and the placeholders platforms use for "no data" ("-", "--", "—", "N/A") are missing,
 * which is not the same as 0 for reach and impressions.
 * TRAP (dates): a publish time is read as the calendar day written in the cell ("2026-03-15T23:30:00Z"
 * is 15 March), in whatever zone the platform exported it; matching allows ±1 day for that. 03/04/2026
 * is ambiguous: the day order is read from the file (one cell with a first number above 12 means
 * day/month for all) unless the caller gives it.
 */
import { isDay, type Day } from '../dates';
import { parseDayCell, type DayOrder } from '../serializers/csvCells';
import { normaliseKey } from '../serializers/values';

export type CountCell =
  | { ok: true; value: number | null }
  | { ok: false; problem: 'negative' | 'notNumber' | 'notWhole' };

const MISSING = /^(?:-{1,2}|—|–|n\/?a|null|none)$/i;
const GROUPED = [/^\d{1,3}(?:,\d{3})+(?:\.0+)?$/, /^\d{1,3}(?:\.\d{3})+(?:,0+)?$/];

/** A count cell: a non-negative whole number, null when missing (see the module comment). */
export const parseCount = (raw: string): CountCell => {
  const cell = raw.trim();
  if (cell === '' || MISSING.test(cell)) return { ok: true, value: null };
  const negative = /^[-−]/.test(cell);
  const body = cell.replace(/^[-−+]/, '').replace(/[\s'’]/g, '');
  let digits: string | null = null;
  if (/^\d+$/.test(body)) digits = body;
  else if (GROUPED.some((re) => re.test(body))) digits = body.replace(/[.,]0+$/, '').replace(/[.,]/g, '');
  else if (/^\d+[.,]0{1,2}$/.test(body)) digits = body.replace(/[.,]0+$/, '');
  else if (/^\d*[.,]\d+$/.test(body)) return { ok: false, problem: 'notWhole' };
  if (digits === null) return { ok: false, problem: 'notNumber' };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'notNumber' };
  if (negative && value !== 0) return { ok: false, problem: 'negative' };
  return { ok: true, value };
};

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january jan janvier janv', 1],
    ['february feb fevrier fevr fev', 2],
    ['march mar mars', 3],
    ['april apr avril avr', 4],
    ['may mai', 5],
    ['june jun juin', 6],
    ['july jul juillet juil', 7],
    ['august aug aout', 8],
    ['september sep sept septembre', 9],
    ['october oct octobre', 10],
    ['november nov novembre', 11],
    ['december dec decembre', 12],
  ].flatMap(([names, n]) => String(names).split(' ').map((name) => [name, Number(n)])),
);
const WEEKDAYS = new Set(
  'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim le'.split(
    ' ',
  ),
);

export type DateCell = { ok: true; value: Day } | { ok: false; problem: 'dateInvalid' | 'dateFormat' | 'dateAmbiguous' };

const pad = (n: number | string): string => String(n).padStart(2, '0');

// "Mar 15, 2026", "Sunday, March 1st, 2026 2:05 PM", "1er mars 2026 14:05", "mar. 15 mars 2026".
// "1er", "1st", "2nd", "15th": the ordinal suffix is dropped.
const ORDINAL = /^(\d{1,2})(?:er|st|nd|rd|th)?$/;

const namedMonthAt = (tokens: readonly string[]): DateCell | null => {
  const [a, b, c] = tokens.map((t) => ORDINAL.exec(t)?.[1] ?? t);
  if (a === undefined || b === undefined || c === undefined || !/^\d{4}$/.test(c)) return null;
  const monthFirst = MONTHS[a] !== undefined && /^\d{1,2}$/.test(b);
  const dayFirst = MONTHS[b] !== undefined && /^\d{1,2}$/.test(a);
  if (!monthFirst && !dayFirst) return null;
  const day = `${c}-${pad(monthFirst ? MONTHS[a]! : MONTHS[b]!)}-${pad(monthFirst ? b : a)}`;
  return isDay(day) ? { ok: true, value: day } : { ok: false, problem: 'dateInvalid' };
};

// A leading weekday is skipped; "mar" is both March and French "mardi", so both readings are tried.
const namedMonth = (cell: string): DateCell | null => {
  const tokens = normaliseKey(cell).split('_');
  for (let start = 0; start < 3 && start < tokens.length; start += 1) {
    if (start > 0 && !WEEKDAYS.has(tokens[start - 1]!)) break;
    const found = namedMonthAt(tokens.slice(start));
    if (found) return found;
  }
  return null;
};

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s,])/;
const LOCAL = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?=$|[T\s,])/;

/** The calendar day of a date or date-time cell (see the module comment). */
export const parseResultDate = (raw: string, order?: DayOrder): DateCell => {
  const cell = raw.trim();
  const iso = ISO.exec(cell);
  const local = iso ? null : LOCAL.exec(cell);
  const head = iso?.[0] ?? local?.[0];
  if (head !== undefined) {
    const parsed = parseDayCell(head, order);
    if (parsed.ok) return { ok: true, value: parsed.value };
    return { ok: false, problem: parsed.code === 'row.dateInvalid' ? 'dateInvalid' : 'dateAmbiguous' };
  }
  return namedMonth(cell) ?? { ok: false, problem: 'dateFormat' };
};

/**
 * The day order a file uses, from its numeric d/m/y cells: 'dmy' when some first number is above 12
 * and no second one is, 'mdy' the other way round, undefined when nothing tells (or both do).
 */
export const inferDayOrder = (cells: readonly string[]): DayOrder | undefined => {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const local = LOCAL.exec(cell.trim());
    if (!local) continue;
    if (Number(local[1]) > 12) dmy = true;
    if (Number(local[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
};
