/**
 * Reading enum values and booleans written by people: ids ('short_video'), English or French labels
 * ('Short video', 'Vidéo courte'), any case or accents. Shared by the CSV and ICS importers.
 */
import { CHANNELS, INTENTS, STATUSES, TONES } from '../model/enums';
import { FORMAT_IDS } from '../model/formats';

/** 'Vidéo courte ' → 'video_courte': lower case, no accents, runs of other characters → '_'. */
export const normaliseKey = (raw: string): string =>
  raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const table = <T extends string>(ids: readonly T[], extra: Record<string, T>): ReadonlyMap<string, T> =>
  new Map<string, T>([...ids.map((id) => [normaliseKey(id), id] as const), ...Object.entries(extra)]);

export const CHANNEL_VALUES = table(CHANNELS, {
  ig: 'instagram',
  insta: 'instagram',
  fb: 'facebook',
  linked_in: 'linkedin',
  tik_tok: 'tiktok',
  twitter: 'x',
  x_twitter: 'x',
  twitter_x: 'x',
  yt: 'youtube',
  you_tube: 'youtube',
  bsky: 'bluesky',
  blue_sky: 'bluesky',
  email: 'newsletter',
  e_mail: 'newsletter',
  lettre_d_info: 'newsletter',
  lettre_d_information: 'newsletter',
});

export const FORMAT_VALUES = table(FORMAT_IDS, {
  texte: 'text',
  photo: 'image',
  carrousel: 'carousel',
  short: 'short_video',
  video_courte: 'short_video',
  stories: 'story',
  infographie: 'infographic',
  tutoriel: 'tutorial',
  temoignage: 'testimonial',
  coulisses: 'behind_the_scenes',
  sondage: 'poll',
  concours: 'contest',
  defi: 'challenge',
  ugc: 'ugc_repost',
  reprise_de_contenu_d_utilisateur: 'ugc_repost',
  repost_de_contenu_client: 'ugc_repost', // the earlier French label, in files written before
  direct: 'live',
  en_direct: 'live',
});

export const TONE_VALUES = table(TONES, { serieux: 'serious', ludique: 'playful' });

export const INTENT_VALUES = table(INTENTS, {
  informatif: 'informative',
  informative: 'informative',
  promotionnel: 'promotional',
  promotionnelle: 'promotional',
  conversationnel: 'conversational',
  conversationnelle: 'conversational',
});

export const STATUS_VALUES = table(STATUSES, {
  idee: 'idea',
  brouillon: 'draft',
  pret: 'ready',
  prete: 'ready',
  programme: 'scheduled',
  programmee: 'scheduled',
  planifie: 'scheduled',
  planifiee: 'scheduled',
  publie: 'published',
  publiee: 'published',
});

export const SOURCE_VALUES = table(['auto', 'user'] as const, {});

const TRUE = new Set(['true', 'yes', 'y', 'oui', 'o', 'vrai', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', 'non', 'faux', '0']);

/** true / false for yes-no words in English and French, null when it is neither. */
export const parseBoolean = (raw: string): boolean | null => {
  const key = normaliseKey(raw);
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  return null;
};
