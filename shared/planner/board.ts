/**
 * The planner's working calendar: existing posts and the proposals' slots as one list in the
 * guard's order, with the sequences, weeks and months the rules read (internal to shared/planner).
 *
 * TRAP (order): the guard orders posts by date, then time (untimed first), then id; proposals carry
 * the ids they will keep as posts (PlanInput.newId), so the order reasoned with here is the order
 * the guard sees after the user accepts. Posts the guard ignores (no date, a day that is not a
 * day, an unknown channel, format or intent) are left out here too.
 */
import type { AnalysisPost } from '../analysis/types';
import { dayIndex } from '../analysis/prepare';
import { weekStartIdx } from '../analysis/periods';
import { CHANNELS, INTENTS, type Channel, type WeekStart } from '../model/enums';
import { FORMATS, type FormatId } from '../model/formats';
import { minuteOfTime, type PlannedSlot } from './slots';

export type Item = {
  id: string;
  day: number;
  minute: number;
  channel: Channel;
  /** Index in the proposals, or -1 for an existing post. */
  proposal: number;
  promo: boolean;
  playful: boolean;
  inviting: boolean;
  /** null: not chosen yet (a proposal). */
  format: FormatId | null;
  /** A pillar the client has, else null (the guard counts other ids as untagged). */
  pillar: string | null;
  week: number;
  /** year × 12 + month (0-based). */
  month: number;
  /** Position in the whole sequence and in its channel's. */
  pos: number;
  chPos: number;
};

export type Board = {
  items: Item[];
  /** The proposals' items, chronological (proposal index order). */
  props: Item[];
  byChannel: Map<Channel, Item[]>;
};

const KNOWN_CHANNELS = new Set<string>(CHANNELS);
const KNOWN_INTENTS = new Set<string>(INTENTS);

export const monthKey = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

const compare = (a: Item, b: Item): number =>
  a.day - b.day || a.minute - b.minute || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const buildBoard = (
  posts: readonly (AnalysisPost & { pillar?: string | null })[],
  slots: readonly PlannedSlot[],
  ids: readonly string[],
  pillarIds: ReadonlySet<string>,
  weekStartsOn: WeekStart,
): Board => {
  const items: Item[] = [];
  for (const p of posts) {
    if (p.date === null || !KNOWN_CHANNELS.has(p.channel) || !KNOWN_INTENTS.has(p.intent)) continue;
    const info = FORMATS[p.format];
    if (info === undefined) continue;
    const day = dayIndex(p.date);
    if (day === null) continue;
    items.push({
      id: p.id,
      day,
      minute: minuteOfTime(p.time),
      channel: p.channel,
      proposal: -1,
      promo: p.intent === 'promotional',
      playful: p.tone === 'playful',
      inviting: p.invitesParticipation || info.invitesByNature,
      format: p.format,
      pillar: p.pillar != null && pillarIds.has(p.pillar) ? p.pillar : null,
      week: weekStartIdx(day, weekStartsOn),
      month: monthKey(p.date),
      pos: 0,
      chPos: 0,
    });
  }
  const props: Item[] = slots.map((s, i) => ({
    id: ids[i] as string,
    day: s.dayIdx,
    minute: s.minute,
    channel: s.channel,
    proposal: i,
    promo: false,
    playful: false,
    inviting: false,
    format: null,
    pillar: null,
    week: weekStartIdx(s.dayIdx, weekStartsOn),
    month: monthKey(s.date),
    pos: 0,
    chPos: 0,
  }));
  items.push(...props);
  items.sort(compare);
  const byChannel = new Map<Channel, Item[]>();
  items.forEach((item, i) => {
    item.pos = i;
    let list = byChannel.get(item.channel);
    if (list === undefined) byChannel.set(item.channel, (list = []));
    item.chPos = list.length;
    list.push(item);
  });
  return { items, props, byChannel };
};

/** The sequence a scoped rule reads for an item, and the item's place in it. */
export const sequenceOf = (board: Board, item: Item, scope: 'all' | 'channel'): { seq: Item[]; at: number } =>
  scope === 'all' ? { seq: board.items, at: item.pos } : { seq: board.byChannel.get(item.channel) as Item[], at: item.chPos };

/** Items grouped by a key, in calendar order within each group. */
export const groupBy = (items: readonly Item[], key: (item: Item) => number): Map<number, Item[]> => {
  const out = new Map<number, Item[]>();
  for (const item of items) {
    const k = key(item);
    let list = out.get(k);
    if (list === undefined) out.set(k, (list = []));
    list.push(item);
  }
  return out;
};
