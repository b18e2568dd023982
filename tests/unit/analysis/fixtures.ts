import type { Day } from '../../../shared/dates';
import { CHANNELS, type Channel, type Intent, type Status, type Tone } from '../../../shared/model/enums';
import { FORMAT_IDS, FORMATS, type FormatId } from '../../../shared/model/formats';
import type { AnalysisPost } from '../../../shared/analysis/types';

let counter = 0;

/** A post with neutral defaults: informative, serious text on Instagram, not inviting, scheduled. */
export const post = (date: Day | null, over: Partial<AnalysisPost> = {}): AnalysisPost => {
  counter += 1;
  return {
    id: over.id ?? `p${String(counter).padStart(5, '0')}`,
    date,
    time: null,
    channel: 'instagram',
    format: 'text',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    title: `Post ${counter}`,
    status: 'scheduled',
    ...over,
  };
};

export const promo = (date: Day, over: Partial<AnalysisPost> = {}): AnalysisPost =>
  post(date, { intent: 'promotional', ...over });

/** A small seeded PRNG (mulberry32): the same seed gives the same posts on every machine. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days from a start, computed in UTC so no zone can shift them (test-side oracle, not the product's). */
export const utcDay = (start: Day, offset: number): Day => {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + offset));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

/**
 * Realistic posts: `perDay` on average over `days` days from `start`, a few channels, about a
 * quarter promotional, a third playful, a fifth inviting, most timed.
 */
export const randomPosts = (
  seed: number,
  count: number,
  days: number,
  options: { start?: Day; channels?: readonly Channel[]; idPrefix?: string } = {},
): AnalysisPost[] => {
  const rand = prng(seed);
  const start = options.start ?? '2026-01-01';
  const channels = options.channels ?? CHANNELS;
  const prefix = options.idPrefix ?? 'r';
  const out: AnalysisPost[] = [];
  for (let i = 0; i < count; i++) {
    const format: FormatId = pick(rand, FORMAT_IDS);
    const intent: Intent = rand() < 0.25 ? 'promotional' : rand() < 0.7 ? 'informative' : 'conversational';
    const tone: Tone = rand() < 0.8 ? FORMATS[format].defaultTone : FORMATS[format].defaultTone === 'serious' ? 'playful' : 'serious';
    const status: Status = rand() < 0.15 ? 'published' : rand() < 0.5 ? 'scheduled' : 'draft';
    out.push({
      id: `${prefix}${i}`,
      date: rand() < 0.02 ? null : utcDay(start, Math.floor(rand() * days)),
      time: rand() < 0.2 ? null : `${pad(7 + Math.floor(rand() * 14))}:${pick(rand, ['00', '15', '30', '45'])}`,
      channel: pick(rand, channels),
      format,
      tone,
      intent,
      invitesParticipation: rand() < 0.1,
      title: `Post ${i}`,
      status,
    });
  }
  return out;
};

const SERIOUS_FORMATS = FORMAT_IDS.filter((f) => FORMATS[f].defaultTone === 'serious');
const PLAYFUL_FORMATS = FORMAT_IDS.filter((f) => FORMATS[f].defaultTone === 'playful');

/** Weekly posting slots per channel (posts a week), roughly what agencies plan. */
const CADENCE: Partial<Record<Channel, number>> = {
  instagram: 5,
  facebook: 4,
  linkedin: 3,
  tiktok: 4,
  x: 7,
  pinterest: 5,
  newsletter: 1,
  blog: 1,
  youtube: 1,
  threads: 3,
  bluesky: 3,
};

/**
 * A planned calendar, as a client's would look: each channel posts on its usual weekdays (a few
 * extra or skipped), about 15% promotional, formats chosen per post, most posts timed, the past
 * published. Produces the occasional warning, not one per day.
 */
export const plannedPosts = (
  seed: number,
  count: number,
  options: { start?: Day; idPrefix?: string } = {},
): AnalysisPost[] => {
  const rand = prng(seed);
  const start = options.start ?? '2026-01-01';
  const prefix = options.idPrefix ?? 'c';
  const channels = [...CHANNELS].sort(() => rand() - 0.5).slice(0, 4 + Math.floor(rand() * 3));
  // Each channel's weekdays: `cadence` distinct days out of 7.
  const slots = channels.map((channel) => {
    const perWeek = CADENCE[channel] ?? 3;
    const days = [0, 1, 2, 3, 4, 5, 6].sort(() => rand() - 0.5).slice(0, perWeek);
    return { channel, days: new Set(days), hour: 8 + Math.floor(rand() * 10) };
  });
  const out: AnalysisPost[] = [];
  for (let day = 0; out.length < count; day++) {
    const date = utcDay(start, day);
    for (const slot of slots) {
      const planned = slot.days.has(day % 7) ? rand() < 0.93 : rand() < 0.04;
      if (!planned || out.length >= count) continue;
      // Mostly serious formats, as most calendars are: about 40% of posts end up playful.
      const format: FormatId = pick(rand, rand() < 0.6 ? SERIOUS_FORMATS : PLAYFUL_FORMATS);
      const r = rand();
      const intent: Intent = r < 0.15 ? 'promotional' : r < 0.38 ? 'conversational' : 'informative';
      const defaultTone = FORMATS[format].defaultTone;
      out.push({
        id: `${prefix}${out.length}`,
        date,
        time: rand() < 0.1 ? null : `${pad(slot.hour + Math.floor(rand() * 3))}:${pick(rand, ['00', '15', '30', '45'])}`,
        channel: slot.channel,
        format,
        tone: rand() < 0.85 ? defaultTone : defaultTone === 'serious' ? 'playful' : 'serious',
        intent,
        invitesParticipation: rand() < 0.15,
        title: `Post ${out.length}`,
        status: day < 365 ? 'published' : rand() < 0.5 ? 'scheduled' : 'draft',
      });
    }
  }
  return out;
};
