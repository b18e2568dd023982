export const TONES = ['serious', 'playful'] as const;
export type Tone = (typeof TONES)[number];

export const INTENTS = ['informative', 'promotional', 'conversational'] as const;
export type Intent = (typeof INTENTS)[number];

/** Ordered as a post moves through its life: an idea becomes a draft, then ready, scheduled, published. */
export const STATUSES = ['idea', 'draft', 'ready', 'scheduled', 'published'] as const;
export type Status = (typeof STATUSES)[number];

export const CHANNELS = [
  'instagram',
  'facebook',
  'linkedin',
  'tiktok',
  'x',
  'youtube',
  'pinterest',
  'threads',
  'bluesky',
  'blog',
  'newsletter',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** 0 = Sunday, 1 = Monday, 6 = Saturday, as date-fns counts them. */
export const WEEK_STARTS = [1, 0, 6] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];
