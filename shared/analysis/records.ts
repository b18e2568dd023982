/**
 * Count records with a fixed shape (internal to shared/analysis). Every key is always present, in
 * catalogue order: objects built from one literal share a hidden class, which makes building
 * thousands of period mixes ~5× cheaper than adding only the keys that occur.
 * The literals must list every format and channel; the types make a missing one a compile error.
 */
import { CHANNELS, type Channel } from '../model/enums';
import { FORMAT_IDS, type FormatId } from '../model/formats';

const indexes = <K extends string>(list: readonly K[]): Record<K, number> =>
  Object.fromEntries(list.map((k, i) => [k, i])) as Record<K, number>;
const F = indexes(FORMAT_IDS);
const C = indexes(CHANNELS);
const at = (counts: Int32Array, i: number): number => counts[i] ?? 0;


/** The counts at `offset + index in the catalogue` of `n`. */
export const formatRecord = (n: Int32Array, offset = 0): Record<FormatId, number> => ({
  text: at(n, offset + F.text),
  image: at(n, offset + F.image),
  carousel: at(n, offset + F.carousel),
  video: at(n, offset + F.video),
  short_video: at(n, offset + F.short_video),
  story: at(n, offset + F.story),
  live: at(n, offset + F.live),
  infographic: at(n, offset + F.infographic),
  article: at(n, offset + F.article),
  tutorial: at(n, offset + F.tutorial),
  testimonial: at(n, offset + F.testimonial),
  behind_the_scenes: at(n, offset + F.behind_the_scenes),
  quiz: at(n, offset + F.quiz),
  poll: at(n, offset + F.poll),
  contest: at(n, offset + F.contest),
  challenge: at(n, offset + F.challenge),
  question: at(n, offset + F.question),
  ugc_repost: at(n, offset + F.ugc_repost),
  meme: at(n, offset + F.meme),
});

export const channelRecord = (n: Int32Array, offset = 0): Record<Channel, number> => ({
  instagram: at(n, offset + C.instagram),
  facebook: at(n, offset + C.facebook),
  linkedin: at(n, offset + C.linkedin),
  tiktok: at(n, offset + C.tiktok),
  x: at(n, offset + C.x),
  youtube: at(n, offset + C.youtube),
  pinterest: at(n, offset + C.pinterest),
  threads: at(n, offset + C.threads),
  bluesky: at(n, offset + C.bluesky),
  blog: at(n, offset + C.blog),
  newsletter: at(n, offset + C.newsletter),
});
