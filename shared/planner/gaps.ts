/**
 * Runs of existing posts that a new post could break (internal to shared/planner): a promotional
 * streak longer than the rule allows, or a format repeated `repeatCount` times, in the rule's
 * sequence (all channels or one). A slot strictly inside such a run, in the guard's order, splits it;
 * the slot picker prefers such slots, so a streak the rhythm CAN break is broken.
 */
import type { AnalysisPost } from '../analysis/types';
import { dayIndex } from '../analysis/prepare';
import type { GuardRules } from '../analysis/rules';
import { CHANNELS, type Channel } from '../model/enums';
import { FORMATS } from '../model/formats';

/** A run's first and last post as (day, minute); `channel` null: any channel's post breaks it. */
export type Gap = { channel: Channel | null; from: [number, number]; to: [number, number] };

export type GapPost = Pick<AnalysisPost, 'date' | 'time' | 'channel'> & Partial<Pick<AnalysisPost, 'id' | 'format' | 'intent'>>;

type Row = { day: number; minute: number; id: string; channel: Channel; promo: boolean; format: string };

const KNOWN = new Set<string>(CHANNELS);

const minuteOf = (time: string | null): number =>
  time !== null && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : -1;

/** Runs of at least `min` consecutive rows with the same non-empty key. */
const runsOf = (rows: readonly Row[], min: number, keyOf: (row: Row) => string, channel: Channel | null, out: Gap[]): void => {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const key = keyOf(rows[start] as Row);
    const cur = rows[i];
    if (cur !== undefined && key !== '' && keyOf(cur) === key) continue;
    if (key !== '' && i - start >= min) {
      const a = rows[start] as Row;
      const b = rows[i - 1] as Row;
      out.push({ channel, from: [a.day, a.minute], to: [b.day, b.minute] });
    }
    start = i;
  }
};

export const runGaps = (posts: readonly GapPost[], rules: GuardRules): Gap[] => {
  const streak = rules['promo-streak'];
  const repeat = rules['format-repeat'];
  if (!streak.enabled && !repeat.enabled) return [];
  const rows: Row[] = [];
  for (const p of posts) {
    if (p.date === null || !KNOWN.has(p.channel) || p.format === undefined || p.intent === undefined || FORMATS[p.format] === undefined) continue;
    const day = dayIndex(p.date);
    if (day === null) continue;
    rows.push({ day, minute: minuteOf(p.time), id: p.id ?? '', channel: p.channel, promo: p.intent === 'promotional', format: p.format });
  }
  rows.sort((a, b) => a.day - b.day || a.minute - b.minute || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Gap[] = [];
  const scan = (scope: 'all' | 'channel', min: number, keyOf: (row: Row) => string) => {
    if (scope === 'all') runsOf(rows, min, keyOf, null, out);
    else for (const c of CHANNELS) runsOf(rows.filter((r) => r.channel === c), min, keyOf, c, out);
  };
  if (streak.enabled) scan(streak.scope, streak.maxInARow + 1, (r) => (r.promo ? 'promo' : ''));
  if (repeat.enabled) scan(repeat.scope, repeat.repeatCount, (r) => r.format);
  return out;
};

/** Whether a post at (day, minute) on `channel` falls strictly inside the run. */
export const breaks = (gap: Gap, channel: Channel, day: number, minute: number): boolean => {
  if (gap.channel !== null && gap.channel !== channel) return false;
  const after = day > gap.from[0] || (day === gap.from[0] && minute > gap.from[1]);
  const before = day < gap.to[0] || (day === gap.to[0] && minute < gap.to[1]);
  return after && before;
};
