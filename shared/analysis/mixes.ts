/**
 * The mix of each week and month (internal to shared/analysis).
 *
 * Weeks and months are both runs of whole days, so both are ranges of calendar positions. Each week
 * is counted once, post by post; a month adds up the weeks that lie inside it and counts only the
 * posts of the weeks that straddle its edges. A week or a month counts ALL its posts, even outside
 * `from`/`to` (see periods.ts).
 */
import { monthOf, type Day } from '../dates';
import { CHANNELS, INTENTS, type WeekStart } from '../model/enums';
import { FORMAT_IDS } from '../model/formats';
import { ctxDayIdx, monthEnd, monthInfo, monthSpans, weekStartIdx, type Span } from './periods';
import { INVITING as INVITING_BIT, PLAYFUL as PLAYFUL_BIT, PROMO as PROMO_BIT, dayAt, type Context } from './prepare';
import { channelRecord, formatRecord } from './records';
import type { PeriodMix } from './types';

// Flag bits copied into module constants (see sequences.ts).
const INVITING = INVITING_BIT;
const PLAYFUL = PLAYFUL_BIT;
const PROMO = PROMO_BIT;

// One row of counts per period: formats, then intents, then channels, then playful, promotional
// and inviting posts.
const INTENT_AT = FORMAT_IDS.length;
const CHANNEL_AT = INTENT_AT + INTENTS.length;
const PLAYFUL_AT = CHANNEL_AT + CHANNELS.length;
const PROMO_AT = PLAYFUL_AT + 1;
const INVITING_AT = PLAYFUL_AT + 2;
const STRIDE = PLAYFUL_AT + 3;
const INFORMATIVE = INTENTS.indexOf('informative');
const PROMOTIONAL = INTENTS.indexOf('promotional');
const CONVERSATIONAL = INTENTS.indexOf('conversational');

/** Adds the posts at positions [from, to) to the row at `at`. */
const countInto = (ctx: Context, from: number, to: number, rows: Int32Array, at: number): void => {
  const { format, intent, channel, flags } = ctx;
  let playful = 0;
  let promotional = 0;
  let inviting = 0;
  for (let x = from; x < to; x++) {
    const f = at + (format[x] as number);
    const t = at + INTENT_AT + (intent[x] as number);
    const c = at + CHANNEL_AT + (channel[x] as number);
    rows[f] = (rows[f] as number) + 1;
    rows[t] = (rows[t] as number) + 1;
    rows[c] = (rows[c] as number) + 1;
    const bits = flags[x] as number;
    playful += bits & PLAYFUL ? 1 : 0;
    promotional += bits & PROMO ? 1 : 0;
    inviting += bits & INVITING ? 1 : 0;
  }
  rows[at + PLAYFUL_AT] = (rows[at + PLAYFUL_AT] as number) + playful;
  rows[at + PROMO_AT] = (rows[at + PROMO_AT] as number) + promotional;
  rows[at + INVITING_AT] = (rows[at + INVITING_AT] as number) + inviting;
};

const EMPTY_ROW = new Int32Array(STRIDE);

const mixOf = (start: Day, end: Day, total: number, rows: Int32Array, at: number): PeriodMix => {
  const playful = rows[at + PLAYFUL_AT] as number;
  const promotional = rows[at + PROMO_AT] as number;
  const inviting = rows[at + INVITING_AT] as number;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return {
    start,
    end,
    total,
    serious: total - playful,
    playful,
    playfulShare: share(playful),
    promotional,
    promotionalShare: share(promotional),
    inviting,
    invitingShare: share(inviting),
    byFormat: formatRecord(rows, at),
    byIntent: {
      informative: rows[at + INTENT_AT + INFORMATIVE] as number,
      promotional: rows[at + INTENT_AT + PROMOTIONAL] as number,
      conversational: rows[at + INTENT_AT + CONVERSATIONAL] as number,
    },
    byChannel: channelRecord(rows, at + CHANNEL_AT),
  };
};

/**
 * Every week and every month that meets [from, to], empty ones included; without bounds, from the
 * first post's period to the last one's.
 */
export const periodMixes = (
  ctx: Context,
  weekStartsOn: WeekStart,
  weeks: readonly Span[],
  from: Day | undefined,
  to: Day | undefined,
): { weeks: PeriodMix[]; months: PeriodMix[] } => {
  // Week rows are counted on first use: the months may need weeks the report does not show.
  const weekRows = new Int32Array(weeks.length * STRIDE);
  const counted = new Uint8Array(weeks.length);
  const weekRow = (i: number): number => {
    if (counted[i] === 0) {
      const span = weeks[i] as Span;
      countInto(ctx, span.startPos, span.endPos, weekRows, i * STRIDE);
      counted[i] = 1;
    }
    return i * STRIDE;
  };

  const weekOut: PeriodMix[] = [];
  const firstWeek = from ?? weeks[0]?.start;
  const lastWeek = to ?? weeks[weeks.length - 1]?.end;
  if (firstWeek !== undefined && lastWeek !== undefined && firstWeek <= lastWeek) {
    const byStart = new Map(weeks.map((s, i) => [s.first, i]));
    const lastIdx = weekStartIdx(ctxDayIdx(lastWeek), weekStartsOn);
    for (let w = weekStartIdx(ctxDayIdx(firstWeek), weekStartsOn); w <= lastIdx; w += 7) {
      const i = byStart.get(w);
      if (i === undefined) weekOut.push(mixOf(dayAt(w), dayAt(w + 6), 0, EMPTY_ROW, 0));
      else {
        const span = weeks[i] as Span;
        weekOut.push(mixOf(span.start, span.end, span.endPos - span.startPos, weekRows, weekRow(i)));
      }
    }
  }

  const months = monthSpans(ctx);
  const monthOut: PeriodMix[] = [];
  const firstMonth = from ?? months[0]?.start;
  const lastMonth = to ?? months[months.length - 1]?.end;
  if (firstMonth !== undefined && lastMonth !== undefined && firstMonth <= lastMonth) {
    const byStart = new Map(months.map((s) => [s.start, s]));
    const row = new Int32Array(STRIDE);
    let w = 0; // the first week that may meet the month (both lists ascend)
    for (let m = monthOf(firstMonth); m <= monthOf(lastMonth); m = monthInfo(m).next) {
      const span = byStart.get(`${m}-01`);
      if (span === undefined) {
        monthOut.push(mixOf(`${m}-01`, monthEnd(m), 0, EMPTY_ROW, 0));
        continue;
      }
      row.fill(0);
      const { startPos, endPos } = span;
      while (w < weeks.length && (weeks[w] as Span).endPos <= startPos) w++;
      for (let i = w; i < weeks.length && (weeks[i] as Span).startPos < endPos; i++) {
        const week = weeks[i] as Span;
        if (week.startPos >= startPos && week.endPos <= endPos) {
          const at = weekRow(i);
          for (let k = 0; k < STRIDE; k++) row[k] = (row[k] as number) + (weekRows[at + k] as number);
        } else {
          countInto(ctx, Math.max(week.startPos, startPos), Math.min(week.endPos, endPos), row, 0);
        }
      }
      monthOut.push(mixOf(`${m}-01`, monthEnd(m), endPos - startPos, row, 0));
    }
  }
  return { weeks: weekOut, months: monthOut };
};
