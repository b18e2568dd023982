/**
 * The client dialog's pillars and posting rhythm as typed, and their checking against the stored
 * schemas (PillarsSchema, RhythmSchema), each error keyed to the field it is about.
 *
 * TRAP: a rhythm's entries are validated in a list that leaves out channels with 0 posts a week, so
 * an issue's index is the index in that list, not the channel's row: map it back through `channels`.
 */
import { CLIENT_COLORS } from '../../../shared/model/client';
import type { Channel } from '../../../shared/model/enums';
import { PillarSchema, PillarsSchema, resolvePillars, type Pillar } from '../../../shared/model/pillars';
import { RhythmSchema, resolveRhythm, type Rhythm } from '../../../shared/model/rhythm';

/** A pillar as typed: its target is a whole percent, still text. */
export type PillarRow = { id: string; name: string; color: string; target: string };
/** A channel's rhythm as typed: posts a week as text ('0' or '': not in the rhythm). */
export type RhythmRow = { perWeek: string; days: number[]; times: string[] };
export type RhythmRows = Partial<Record<Channel, RhythmRow>>;

/**
 * Field → error key, plus its interpolation values ("The targets add up to 120%") and, for a text
 * field, the part of it to select when it is focused (a hashtag set's bad tag: [start, end)).
 */
export type PlanErrors = Partial<Record<string, { key: string; values?: Record<string, string | number>; select?: [number, number] }>>;

const percent = (share: number) => String(Math.round(share * 100));

export const pillarRowsOf = (stored: unknown): PillarRow[] =>
  resolvePillars(stored).map((p) => ({ id: p.id, name: p.name, color: p.color, target: percent(p.target) }));

export const rhythmRowsOf = (stored: unknown): RhythmRows =>
  Object.fromEntries(resolveRhythm(stored).map((e) => [e.channel, { perWeek: String(e.perWeek), days: e.days, times: e.times }]));

export const emptyRhythmRow = (): RhythmRow => ({ perWeek: '0', days: [], times: [''] });

/** A new pillar: the first palette colour not taken yet, and what is left of 100% as its target. */
export const newPillarRow = (rows: readonly PillarRow[], id: string): PillarRow => {
  const used = new Set(rows.map((r) => r.color));
  const color = CLIENT_COLORS.find((c) => !used.has(c)) ?? CLIENT_COLORS[rows.length % CLIENT_COLORS.length]!;
  const left = Math.max(0, 100 - pillarTotal(rows));
  return { id, name: '', color, target: String(left) };
};

/** A whole percent 0–100 as typed, or NaN (the schema then refuses it). */
const wholePercent = (text: string): number => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN);

/** The running total of the targets typed so far, counting what is not a number as 0. */
export const pillarTotal = (rows: readonly PillarRow[]): number =>
  rows.reduce((sum, r) => {
    const n = wholePercent(r.target);
    return Number.isFinite(n) ? sum + n : sum;
  }, 0);

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: PlanErrors };

/** Error keys: `pillars.<i>.name`, `pillars.<i>.target`, `pillars.total`, `pillars.list`. */
export const checkPillars = (rows: readonly PillarRow[]): Checked<Pillar[]> => {
  const pillars = rows.map((r) => ({ id: r.id, name: r.name, color: r.color, target: wholePercent(r.target) / 100 }));
  const parsed = PillarsSchema.safeParse(pillars);
  if (parsed.success) return { ok: true, value: parsed.data };
  // zod checks the list as a whole (duplicates, the total) only once every pillar parses: check it
  // again with the faulty fields stood in for, so every error shows at once, not one save at a time.
  const standIns = pillars.map((p, i) => ({
    ...p,
    name: PillarSchema.shape.name.safeParse(p.name).success ? p.name : `\u0000${i}`,
    target: PillarSchema.shape.target.safeParse(p.target).success ? p.target : 0,
  }));
  const whole = PillarsSchema.safeParse(standIns);
  const errors: PlanErrors = {};
  for (const issue of [...parsed.error.issues, ...(whole.success ? [] : whole.error.issues)]) {
    const [first, second] = issue.path;
    let field: string;
    if (typeof first === 'number') field = `pillars.${first}.${second === 'target' ? 'target' : 'name'}`;
    else if (first === 'targets') field = 'pillars.total';
    else field = 'pillars.list';
    const values = field === 'pillars.total' ? { total: pillarTotal(rows) } : undefined;
    errors[field] ??= { key: issue.message, ...(values ? { values } : {}) };
  }
  return { ok: false, errors };
};

/** "9:30", "0930" and "9h30" read as 09:30; anything else is left for the schema to refuse. */
const normaliseTime = (raw: string): string => {
  const value = raw.trim();
  const short = /^(\d{1,2})[:h.]?(\d{2})$/i.exec(value);
  return short ? `${short[1]!.padStart(2, '0')}:${short[2]}` : value;
};

const perWeekOf = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : text.trim() === '' ? 0 : Number.NaN);

/** A row the user has started filling in (days or a time), whatever its posts a week. */
const started = (row: RhythmRow) => row.days.length > 0 || row.times.some((t) => t.trim() !== '');

const entryOf = (channel: Channel, row: RhythmRow) => ({
  channel,
  perWeek: perWeekOf(row.perWeek),
  days: [...row.days].sort((a, b) => a - b),
  times: row.times.map(normaliseTime).filter((t) => t !== ''),
});

/**
 * The rhythm to store for the client's channels: a channel with 0 posts a week is simply left out.
 * When every channel is at 0 but some row has days or times, the user meant a rhythm: "A rhythm
 * needs at least one post a week". Error keys: `rhythm.<channel>.perWeek|days|times|times.<j>`, `rhythm.all`.
 */
export const checkRhythm = (channels: readonly Channel[], rows: RhythmRows): Checked<Rhythm> => {
  const typed = channels.map((channel) => ({ channel, row: rows[channel] ?? emptyRhythmRow() }));
  const counted = typed.filter(({ row }) => perWeekOf(row.perWeek) !== 0);
  if (counted.length === 0) {
    const begun = typed.filter(({ row }) => started(row));
    if (begun.length === 0) return { ok: true, value: [] };
    const parsed = RhythmSchema.safeParse(begun.map(({ channel, row }) => entryOf(channel, row)));
    const empty = parsed.success ? undefined : parsed.error.issues.find((i) => i.message === 'errors.rhythmEmpty');
    const errors: PlanErrors = { 'rhythm.all': { key: empty?.message ?? 'errors.rhythmEmpty' } };
    for (const { channel } of begun) errors[`rhythm.${channel}.perWeek`] = { key: 'errors.rhythmEmpty' };
    return { ok: false, errors };
  }
  const entries = counted.map(({ channel, row }) => entryOf(channel, row));
  const parsed = RhythmSchema.safeParse(entries);
  // Times are sorted once valid (before, an error's index must match the input it is about).
  if (parsed.success) return { ok: true, value: parsed.data.map((e) => ({ ...e, times: [...e.times].sort() })) };
  const errors: PlanErrors = {};
  for (const issue of parsed.error.issues) {
    const [index, field, sub] = issue.path;
    const entry = typeof index === 'number' ? entries[index] : undefined;
    if (!entry) {
      errors['rhythm.all'] ??= { key: issue.message };
      continue;
    }
    // A time's own error names the input it is about: its index among the typed times.
    const key =
      field === 'times' && typeof sub === 'number'
        ? `rhythm.${entry.channel}.times.${typedIndex(rows[entry.channel]!, sub)}`
        : `rhythm.${entry.channel}.${field === 'days' || field === 'times' ? field : 'perWeek'}`;
    const values = issue.message === 'errors.rhythmTooMany' ? { count: entry.perWeek, slots: entry.days.length * entry.times.length } : undefined;
    errors[key] ??= { key: issue.message, ...(values ? { values } : {}) };
  }
  return { ok: false, errors };
};

/** The position among the row's inputs of the `n`-th non-empty time. */
const typedIndex = (row: RhythmRow, n: number): number => {
  let seen = -1;
  for (let i = 0; i < row.times.length; i++) {
    if (row.times[i]!.trim() !== '') seen++;
    if (seen === n) return i;
  }
  return n;
};
