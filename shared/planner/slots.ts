/**
 * The rhythm's empty slots in a range: which days and times the planner fills, channel by channel.
 *
 * For each week (the client's week start) overlapping [from, to] and each rhythm entry, the week
 * wants `perWeek` posts on that channel, minus the posts already there. A week cut by the range's
 * edge wants its share: perWeek scaled by the part of the entry's weekdays inside the range,
 * rounded. Candidates are the entry's weekdays × times inside the range and not before today. The
 * wanted number is picked one at a time: a day still under the channel's guide (when the rules are
 * given), then a slot that breaks an existing promotional streak or format repeat (gaps.ts), then
 * the least loaded day (posts of that channel that day, existing or picked: one a day before
 * doubling up), then a weekday results favour, then the day furthest from the week's other posts on
 * that channel (spread), then the earliest; within the day, a favoured time, else the earliest.
 *
 * Existing posts are never moved: a slot is only ever an empty (day, time, channel).
 */
import { CHANNELS, type Channel, type WeekStart } from '../model/enums';
import type { GuardRules } from '../analysis/rules';
import { dayAt, dayIndex, weekdayOf } from '../analysis/prepare';
import type { Day } from '../dates';
import type { Rhythm } from '../model/rhythm';
import { breaks, runGaps, type Gap, type GapPost } from './gaps';
import type { Slot } from './types';

/** Results-based preferences, best first; anything not listed ranks after. */
export type SlotPreferences = {
  weekdays?: readonly number[];
  hours?: readonly number[];
  /** Worse than the client's other posts: ranked after every other. */
  avoidWeekdays?: readonly number[];
  avoidHours?: readonly number[];
};

export type PlannedSlot = Slot & {
  dayIdx: number;
  /** Minutes since midnight. */
  minute: number;
  /** True when a favoured weekday decided this day over another with the same load. */
  preferredDay: boolean;
  /** True when a favoured hour decided this time over an earlier free one. */
  preferredTime: boolean;
};

export type SlotsInput = {
  posts: readonly GapPost[];
  from: Day;
  to: Day;
  rhythm: Rhythm;
  weekStartsOn: WeekStart;
  today?: Day;
  prefer?: SlotPreferences;
  /**
   * The guard's rules, when known: a day is then never doubled up past the channel's maxPerDay while
   * another has room, and a slot that breaks an existing streak or format repeat (gaps.ts) wins.
   */
  rules?: GuardRules;
};

export const minuteOfTime = (time: string | null): number => {
  if (time === null || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return -1;
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
};

/** A listed value's place, else 99, else 199 when it is to be avoided. */
const rankIn = (list: readonly number[] | undefined, value: number, avoid?: readonly number[]): number => {
  const i = list === undefined ? -1 : list.indexOf(value);
  return i !== -1 ? i : avoid?.includes(value) === true ? 199 : 99;
};

const KNOWN = new Set<string>(CHANNELS);

/** The slots to fill, by date, then time, then channel (the rhythm's channel order). */
export const rhythmSlots = (input: SlotsInput): PlannedSlot[] => {
  const fromIdx = dayIndex(input.from);
  const toIdx = dayIndex(input.to);
  if (fromIdx === null || toIdx === null || fromIdx > toIdx) return [];
  const todayIdx = input.today === undefined ? null : dayIndex(input.today);
  const firstOpen = Math.max(fromIdx, todayIdx ?? fromIdx);
  // Posts per (channel, day), and the (channel, day, time) already taken.
  const load = new Map<string, number>();
  const taken = new Set<string>();
  for (const p of input.posts) {
    if (p.date === null || !KNOWN.has(p.channel)) continue;
    const d = dayIndex(p.date);
    if (d === null) continue;
    const key = `${p.channel}:${d}`;
    load.set(key, (load.get(key) ?? 0) + 1);
    taken.add(`${key}:${minuteOfTime(p.time)}`);
  }
  const loadOf = (channel: Channel, d: number) => load.get(`${channel}:${d}`) ?? 0;
  const hourRank = (minute: number) => rankIn(input.prefer?.hours, Math.floor(minute / 60), input.prefer?.avoidHours);
  const dayRank = (d: number) => rankIn(input.prefer?.weekdays, weekdayOf(d), input.prefer?.avoidWeekdays);
  const gaps: Gap[] = input.rules === undefined ? [] : runGaps(input.posts, input.rules);
  const out: PlannedSlot[] = [];
  const shift = (((weekdayOf(fromIdx) - input.weekStartsOn) % 7) + 7) % 7;
  for (let week = fromIdx - shift; week <= toIdx; week += 7) {
    const inRange = (d: number) => d >= fromIdx && d <= toIdx;
    for (const entry of input.rhythm) {
      if (entry.perWeek <= 0) continue;
      const entryDays: number[] = [];
      for (let d = week; d < week + 7; d++) if (entry.days.includes(weekdayOf(d))) entryDays.push(d);
      const inside = entryDays.filter(inRange);
      if (inside.length === 0) continue;
      const wanted = Math.round((entry.perWeek * inside.length) / entryDays.length);
      let existing = 0;
      for (let d = week; d < week + 7; d++) if (inRange(d)) existing += loadOf(entry.channel, d);
      let want = wanted - existing;
      const open = inside.filter((d) => d >= firstOpen);
      const times = [...entry.times]
        .map((t) => ({ t, m: minuteOfTime(t) }))
        .sort((a, b) => hourRank(a.m) - hourRank(b.m) || a.m - b.m);
      // The week's days with a post on this channel (existing or picked), for spreading.
      const busy: number[] = [];
      for (let d = week; d < week + 7; d++) if (loadOf(entry.channel, d) > 0) busy.push(d);
      const maxPerDay = input.rules?.['channel-frequency'].enabled === true ? input.rules['channel-frequency'].maxPerDay[entry.channel] : Infinity;
      while (want > 0) {
        let best: { d: number; t: { t: string; m: number }; key: number[]; gaps: Gap[] } | undefined;
        for (const d of open) {
          const load = loadOf(entry.channel, d);
          const distance = busy.length === 0 ? 7 : Math.min(...busy.map((b) => Math.abs(b - d)));
          const pref = dayRank(d);
          times.forEach((t, rank) => {
            if (taken.has(`${entry.channel}:${d}:${t.m}`)) return;
            const broken = gaps.filter((g) => breaks(g, entry.channel, d, t.m));
            // Over the guide, then runs broken, then load, favoured weekday, spread, earliest; the time by preference.
            const key = [load >= maxPerDay ? 1 : 0, -broken.length, load, pref, -distance, d, rank];
            if (best === undefined || less(key, best.key)) best = { d, t, key, gaps: broken };
          });
        }
        if (best === undefined) break;
        for (const g of best.gaps) gaps.splice(gaps.indexOf(g), 1);
        // Did the weekday preference decide it? Only if another day had the same load and rank after it.
        const prefDecided =
          (best.key[3] as number) < 99 &&
          open.some((d) => d !== best!.d && loadOf(entry.channel, d) === best!.key[2] && dayRank(d) > (best!.key[3] as number));
        const chosen = best;
        const prefTime = hourRank(chosen.t.m) < 99 && times.some((x) => x.m < chosen.t.m && !taken.has(`${entry.channel}:${chosen.d}:${x.m}`));
        const k = `${entry.channel}:${best.d}`;
        load.set(k, (load.get(k) ?? 0) + 1);
        taken.add(`${k}:${best.t.m}`);
        busy.push(best.d);
        out.push({ date: dayAt(best.d), time: best.t.t, channel: entry.channel, dayIdx: best.d, minute: best.t.m, preferredDay: prefDecided, preferredTime: prefTime });
        want--;
      }
    }
  }
  const order = (c: Channel) => input.rhythm.findIndex((e) => e.channel === c);
  return out.sort((a, b) => a.dayIdx - b.dayIdx || a.minute - b.minute || order(a.channel) - order(b.channel));
};

const less = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) < (b[i] as number);
  }
  return false;
};

/** The empty slots of a range, for a caller that shows them (the planning panel). */
export const planSlots = (input: SlotsInput): Slot[] =>
  rhythmSlots(input).map(({ date, time, channel }) => ({ date, time, channel }));
