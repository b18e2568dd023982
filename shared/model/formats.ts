import type { Tone } from './enums';

/**
 * The format catalogue. Each format carries the tone it usually has and whether it invites the
 * audience to take part by its very nature (a poll always does; a carousel only if its caption asks).
 * The editor uses `defaultTone` when a format is chosen; the guard (later) uses `invitesByNature`.
 */
export const FORMAT_IDS = [
  'text',
  'image',
  'carousel',
  'video',
  'short_video',
  'story',
  'live',
  'infographic',
  'article',
  'tutorial',
  'testimonial',
  'behind_the_scenes',
  'quiz',
  'poll',
  'contest',
  'challenge',
  'question',
  'ugc_repost',
  'meme',
] as const;

export type FormatId = (typeof FORMAT_IDS)[number];

export type FormatInfo = {
  id: FormatId;
  defaultTone: Tone;
  invitesByNature: boolean;
};

const entry = (id: FormatId, defaultTone: Tone, invitesByNature: boolean): FormatInfo => ({
  id,
  defaultTone,
  invitesByNature,
});

export const FORMATS: Readonly<Record<FormatId, FormatInfo>> = {
  text: entry('text', 'serious', false),
  image: entry('image', 'serious', false),
  carousel: entry('carousel', 'serious', false),
  video: entry('video', 'serious', false),
  short_video: entry('short_video', 'playful', false),
  story: entry('story', 'playful', false),
  live: entry('live', 'serious', true),
  infographic: entry('infographic', 'serious', false),
  article: entry('article', 'serious', false),
  tutorial: entry('tutorial', 'serious', false),
  testimonial: entry('testimonial', 'serious', false),
  behind_the_scenes: entry('behind_the_scenes', 'playful', false),
  quiz: entry('quiz', 'playful', true),
  poll: entry('poll', 'playful', true),
  contest: entry('contest', 'playful', true),
  challenge: entry('challenge', 'playful', true),
  question: entry('question', 'playful', true),
  ugc_repost: entry('ugc_repost', 'playful', true),
  meme: entry('meme', 'playful', false),
};

export const formatInfo = (id: FormatId): FormatInfo => FORMATS[id];
