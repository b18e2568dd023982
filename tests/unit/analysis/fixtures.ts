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
